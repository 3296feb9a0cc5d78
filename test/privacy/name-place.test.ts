import { describe, expect, it } from 'vitest';
import { PrivacyRefusal } from '../../src/domain/errors.ts';
import { wholeNameEnd, wholeNameStart } from '../../src/privacy/name-place.ts';
import { testGuard } from './helpers.ts';

const guard = testGuard();

/** The words the refusal names for the one field "tekst", as a person reads them. */
function placeSaid(text: string): string {
  try {
    guard.check({ tekst: text });
  } catch (error) {
    if (!(error instanceof PrivacyRefusal)) throw error;
    const message = error.problems[0]!.message;
    return /een naam \(([^)]*)\)/.exec(message)?.[1] ?? message;
  }
  return 'niet geweigerd';
}

/** The words from `first` to `last` (1-based), to compare with what a person would leave out. */
function wordsOf(text: string, place: string): string {
  const m = /het (\d+)e(?: (?:en|t\/m) (\d+)e)? woord/.exec(place);
  if (!m) return place;
  const first = Number(m[1]);
  const last = Number(m[2] ?? m[1]);
  return text
    .split(/\s+/)
    .slice(first - 1, last)
    .join(' ');
}

describe('a refusal of a name with a health detail names the place of the whole name', () => {
  it.each([
    ['mevrouw Fatima el Amrani heeft een psychose', 'mevrouw Fatima el Amrani'],
    ['Sanne de Boer heeft een psychose', 'Sanne de Boer'],
    ['dhr. P. van der Linden heeft een psychose', 'dhr. P. van der Linden'],
    ['Fatima el Amrani heeft een psychose', 'Fatima el Amrani'],
    ['mevrouw Yilmaz heeft een psychose', 'mevrouw Yilmaz'],
    ['J. de Vries heeft een depressie', 'J. de Vries'],
    ['Overleg over Sanne de Boer: zij heeft een psychose', 'Sanne de Boer:'],
    ['Gesprek met mevrouw Fatima el Amrani, zij heeft een psychose', 'Fatima el Amrani,'],
    ['Klant: mw. Fatima El Amrani-Bakker is opgenomen', 'Fatima El Amrani-Bakker'],
  ])('%s', (text, name) => {
    expect(wordsOf(text, placeSaid(text))).toBe(name);
  });

  it('goes no further than the name: not past a mark, a lower-case word or the line', () => {
    expect(placeSaid('mevrouw Yilmaz heeft een psychose')).toBe('in het 1e en 2e woord');
    expect(placeSaid('Sanne de Boer. Heeft een psychose')).toBe('in het 1e t/m 3e woord');
    const lines = 'mevrouw Fatima\nel Amrani';
    expect(wholeNameEnd(lines, lines.indexOf('\n'))).toBe(lines.indexOf('\n'));
    expect(wholeNameStart(lines, lines.indexOf('Amrani'))).toBe(lines.indexOf('Amrani'));
    const one = 'mevrouw Fatima El Amrani';
    expect(wholeNameStart(one, one.indexOf('Amrani'))).toBe(one.indexOf('Fatima'));
  });

  it('looks a bounded way: a long run of name-like words is said only up to a few words on', () => {
    const text = `mevrouw Fatima ${'el Amrani '.repeat(20_000)}heeft een psychose`;
    expect(wordsOf(text, placeSaid(text)).split(' ').length).toBeLessThanOrEqual(7);
  });
});

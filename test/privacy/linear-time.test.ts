import { describe, expect, it } from 'vitest';
import { PrivacyRefusal } from '../../src/domain/errors.ts';
import { found, testGuard } from './helpers.ts';

/** The guard sits in the request path, so hostile or unlucky input must not blow up. */
const SIZE = 100_000;

function line(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const ADVERSARIAL: Readonly<Record<string, string>> = {
  'spaced ones': line('1 '),
  'at signs': line('a@'),
  'meneer meneer': line('meneer '),
  'digit run': line('1234567890'),
  'zero run': line('0'),
  'street names': line('Kerkstraat '),
  'streets with numbers': line('Kerkstraat 12 '),
  'phone starts': line('06 '),
  brackets: line('(0'),
  'country codes': line('+31 '),
  'iban starts': line('NL12 '),
  dates: line('12-03-1985 '),
  dashes: line('1-'),
  'names and diagnoses': line('Sanne Visser psychose '),
  'names and weak care words': line('Sanne zijn opname over '),
  initials: line('B. '),
  letters: line('a'),
  'long local part': `${line('a', SIZE - 6)}@x.nl`,
  emoji: line('😀'),
  'postcode lists': line('1234 ab, '),
  'postcodes before places': line('5211 de den bosch, '),
  'place words': line('capelle aan den '),
  // A tester's 99,000 characters of mobile numbers took 5 s: each number's vacancy check walked back to the
  // start of its line (phone-staff-contacts.ts), and saying where each finding was looked at every word.
  'mobile numbers': line('0612345678 '),
  // Read folded (fold.ts): one look per character, whatever it folds to.
  'full-width digits': line('１２３４５６７８２ '),
  'soft hyphens between digits': line('1\u00ad'),
  'Cyrillic look-alikes': line('Bram s\u0441hizofrenie '),
  'mathematical digits': line('𝟏'),
  // Read through their disguises (disguise-view.ts): each run once, then on after it.
  'hyphen-joined names': line('Jan-de-Vries-'),
  'spaced letters': line('a '),
  'hyphen-spaced letters': line('a-'),
  'spelled words': line('J a n  '),
  'zeros written as o': line('o6-1234o '),
  'digit groups with o': line('o1 '),
  // Read decoded (encoded-view.ts): each encoding within a bounded window, a base64 run once whole and once per part.
  'character references': line('&#49;'),
  'hex references without ";"': line('&#x3'),
  'named references': line('&nbsp;'),
  'empty tags between digits': line('1<b></b>'),
  'unclosed tags': line('<span class=x '),
  'percent-encoded digits': line('%31'),
  'percent-encoded lead bytes': line('%C3'),
  'one base64 run': line('QlNOIDExMTIyMjMzMw'),
  'base64 parts between slashes': line('QlNOIDExMTIyMjMzMw/'),
  'base64 segments': line('QlNOIDExMTIyMjMzMw== '),
  'long capitalised words': line('Arbeidsparticipatie '),
};

describe('the guard survives hostile input', () => {
  const guard = testGuard();

  // No time is asserted here (shared machines are noisy): bench/privacy-guard.bench.ts measures the
  // speed and how it grows. A detector that backtracked catastrophically would hang past the test
  // timeout and fail this test.
  it.each(Object.entries(ADVERSARIAL))('scans 100 KB of %s to the end', (_name, text) => {
    const findings = guard.scan(text);
    expect(Array.isArray(findings)).toBe(true);
    for (const f of findings) expect(f.end).toBeLessThanOrEqual(text.length);
  });

  // The refusal says where each finding is: by halving, not by looking at every word per finding.
  it('refuses 100 KB of mobile numbers, saying where', () => {
    expect(() => guard.check({ tekst: ADVERSARIAL['mobile numbers']! })).toThrow(PrivacyRefusal);
  });

  // Names are read only in a text with a word that may start a care term, wherever it stands. The
  // guard asks each word as its walk passes it (one pass, no second pass over a megabyte of tokens
  // first), and the words still ahead when a sentence ends before any was seen.
  it('reads a name whose care term comes 100 KB of initials later', () => {
    const text = `Sanne Visser belde gisteren.\n${line('B. ')}\nZe heeft weer een psychose.`;
    expect(found(text)).toEqual([['name_health', 'Sanne Visser']]);
  });

  it('finds no name with a care detail in 100 KB of initials alone', () => {
    expect(found(line('B. '))).toEqual([]);
  });
});

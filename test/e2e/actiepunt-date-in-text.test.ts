import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { slashInOost } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-datum-in-tekst';
const clock = manualClock('2026-03-16T09:00:00Z');

/**
 * An actiepunt whose text ends in words that read as a date but come without "tot" ("…
 * voorbereiden over twee weken") is noted as typed, without a deadline; the confirmation asks
 * whether a deadline was meant and how to set one with `deadline`. Words that only look like figures or a
 * word of two letters ("zo") bring no such question.
 */
describe('actiepunt: a date at the end of the text, without "tot"', () => {
  let h: WerkgroepHarness;
  const say = (text: string) => slashInOost(h, SECRET, 'U0RUBEN', text);
  const stored = async (description: string) =>
    (
      await h.tdb.db.pool.query('SELECT description, due_date FROM actiepunten WHERE description = $1', [
        description,
      ])
    ).rows;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
  });
  afterAll(async () => h?.stop());

  it('"over twee weken" at the end: noted as typed, no deadline, and the hint how to give one', async () => {
    const answer = await say('actiepunt Evaluatie pilot voorbereiden over twee weken');
    expect(answer).toContain('Actiepunt genoteerd');
    expect(answer).toContain('geen datum afgesproken');
    expect(answer).toContain('Bedoelde je een deadline? Typ dan /schakel deadline 1 over twee weken.');
    expect(await stored('Evaluatie pilot voorbereiden over twee weken')).toEqual([
      { description: 'Evaluatie pilot voorbereiden over twee weken', due_date: null },
    ]);
    // Typed as the hint says: the deadline is set, the text stays as it was.
    expect(await say('deadline 1 over twee weken')).toContain(
      'De deadline van actiepunt #1 Evaluatie pilot voorbereiden over twee weken is nu maandag 30 maart 2026.',
    );
  });

  it('a weekday with a date, and "volgende week dinsdag": the whole date in the hint', async () => {
    expect(await say('actiepunt Verslag rondsturen vrijdag 20 maart')).toContain(
      'Bedoelde je een deadline? Typ dan /schakel deadline 2 vrijdag 20 maart.',
    );
    expect(await say('actiepunt Zaal reserveren volgende week dinsdag')).toContain(
      'Bedoelde je een deadline? Typ dan /schakel deadline 3 volgende week dinsdag.',
    );
  });

  it('with "tot" the deadline is read, and no hint', async () => {
    const answer = await say('actiepunt Folder rondsturen tot over twee weken');
    expect(answer).toContain('maandag 30 maart 2026');
    expect(answer).not.toContain('Bedoelde je een deadline');
  });

  it('a date already past at the end: no hint, since deadline would refuse that date', async () => {
    for (const text of [
      'Verslag overleg 2025-11-03 rondsturen na 2025-11-03',
      'Notulen bespreken van 2 maart',
    ]) {
      const answer = await say(`actiepunt ${text}`);
      expect(answer, text).toContain('Actiepunt genoteerd');
      expect(answer, text).toContain('geen datum afgesproken');
      expect(answer, text).not.toContain('Bedoelde je een deadline');
    }
    // What the hint used to offer: refused as past.
    expect(await say('deadline 1 2025-11-03')).toContain('ligt in het verleden');
  });

  it('no date at the end, a version number, "zo" or a day past: no hint', async () => {
    for (const text of [
      'Notulen van gisteren uitwerken na gisteren',
      'Convenant delen met de FG',
      'Folder versie 1.2',
      'Dat regelen we zo',
      'Overzicht voor de stuurgroep',
    ]) {
      const answer = await say(`actiepunt ${text}`);
      expect(answer, text).toContain('Actiepunt genoteerd');
      expect(answer, text).not.toContain('Bedoelde je een deadline');
    }
  });
});

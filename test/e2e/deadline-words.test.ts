import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

/**
 * A deadline typed as Dutch people write one is read, or refused with how to write it: never
 * noted silently without a deadline, and never as a date a year off. Ruben types in his Teams chat.
 */
describe('an actiepunt’s deadline as people type it', () => {
  let h: WerkgroepHarness;
  const clock = manualClock('2026-12-06T10:00:00Z');
  const say = (text: string) => sayInPersonalChat(h, '29:ruben', text, 'nl-NL');
  const stored = async (like: string) =>
    (
      await h.tdb.db.pool.query(
        `SELECT to_char(due_date, 'YYYY-MM-DD') AS due FROM actiepunten WHERE description LIKE $1`,
        [`${like}%`],
      )
    ).rows as { due: string | null }[];

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: 'geheim-deadline', clock });
  });
  afterAll(async () => h?.stop());

  it('on Sunday 6 December 2026, "tot vrijdag 3 december" is Friday 3 December 2027', async () => {
    const answer = await say('actiepunt Verslag sturen tot vrijdag 3 december');
    expect(answer).toContain('Actiepunt genoteerd');
    expect(answer).toContain('vrijdag 3 december 2027');
    expect(await stored('Verslag sturen')).toEqual([{ due: '2027-12-03' }]);
  });

  it('a two-digit year after a curly apostrophe, and eight figures, are read as dates', async () => {
    expect(await say('actiepunt Offerte opvragen tot 5 jan ’27')).toContain('dinsdag 5 januari 2027');
    expect(await say('actiepunt Zaal boeken tot 5 feb ‘27')).toContain('vrijdag 5 februari 2027');
    expect(await say('actiepunt Flyers drukken tot 03012027')).toContain('zondag 3 januari 2027');
  });

  it('words after "tot" that look like a date but are none: refused, saying how to write it', async () => {
    for (const typed of ['3 decembr', 'donderdag 4 december', 'december 2027', '0312202']) {
      const answer = await say(`actiepunt Notulen delen tot ${typed}`);
      expect(answer).toContain('De datum na ‘tot’ kan ik niet lezen.');
      expect(answer).not.toContain(typed);
      expect(answer).not.toContain('Actiepunt genoteerd');
    }
    expect(await stored('Notulen delen')).toEqual([]);
  });

  it('a weekday that fits only a day eleven months ago: refused as unreadable, no year named', async () => {
    for (const typed of ['vrijdag 2 januari', 'maandag 5 januari', 'zaterdag 10 oktober']) {
      const answer = await say(`actiepunt Offerte nabellen tot ${typed}`);
      expect(answer).toContain('De datum na ‘tot’ kan ik niet lezen.');
      expect(answer).not.toMatch(/verleden|2026|typ dan/);
    }
    expect(await stored('Offerte nabellen')).toEqual([]);
  });

  it('what only looks like a count or a time stays part of the text', async () => {
    expect(await say('actiepunt Lunch bestellen voor 20 personen')).toContain('Actiepunt genoteerd');
    expect(await say('actiepunt Huisarts bellen voor 12.30')).toContain('Actiepunt genoteerd');
    expect(await stored('Lunch bestellen voor 20 personen')).toEqual([{ due: null }]);
  });

  it('a bare year, an ordinal, a weekday before a count, a month in a sentence: all text', async () => {
    const texts = [
      'Begroting voor 2027',
      'Tekst voor 3e nieuwsbrief',
      'Reservering voor zaterdag 15 personen',
      'Planning maken voor december',
      'Terugbellen voor maandag Kees van de gemeente',
    ];
    for (const text of texts) {
      expect(await say(`actiepunt ${text}`), text).toContain('Actiepunt genoteerd');
      expect(await stored(text), text).toEqual([{ due: null }]);
    }
  });

  it('on 2 January 2027, "30 december" and "30-12" passed days ago: refused as past, naming next year’s', async () => {
    clock.set('2027-01-02T10:00:00Z');
    for (const typed of ['30 december', '30-12', 'eind december', 'woensdag 30 december']) {
      const answer = await say(`actiepunt Jaarverslag afronden tot ${typed}`);
      expect(answer).toContain('ligt in het verleden');
      expect(answer).not.toContain('Actiepunt genoteerd');
    }
    expect(await say('actiepunt Jaarverslag afronden tot 30 december')).toContain('30 december 2027');
    // Next year's 30 December is a Thursday: the hint leaves the typed weekday out.
    const hint = await say('actiepunt Jaarverslag afronden tot woensdag 30 december');
    expect(hint).toContain('typ dan 30 december 2027');
    expect(hint).not.toMatch(/dag 30 december 2027/);
    expect(await stored('Jaarverslag afronden')).toEqual([]);
  });

  it('on 10 March 2028, "29 februari" is the leap day just passed, refused as past', async () => {
    clock.set('2028-03-10T10:00:00Z');
    const answer = await say('actiepunt Schrikkeldag vieren tot 29 februari');
    expect(answer).toContain('dinsdag 29 februari 2028 ligt in het verleden.');
  });

  it('on 10 March 2029, "29 februari" is this year’s, just passed, which does not exist: said so, not 2030’s', async () => {
    clock.set('2029-03-10T10:00:00Z');
    const answer = await say('actiepunt Schrikkeldag vieren tot 29 februari');
    expect(answer).toContain('29 februari 2029 bestaat niet.');
    expect(answer).not.toContain('2030');
  });
});

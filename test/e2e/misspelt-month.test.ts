import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { slashInOost } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-maand-verschreven';
const clock = manualClock('2026-12-07T09:00:00Z'); // Monday

/**
 * A projectleider types a month with a slip ("annuleer 22 decmber"): asked whether the date meant
 * was meant, as a command word with a slip is, and nothing is done until it is typed right.
 */
describe('a month misspelt in annuleer or verplaats', () => {
  let h: WerkgroepHarness;
  const slash = (text: string) => slashInOost(h, SECRET, 'U0HANNEKE', text);
  const audit = async () =>
    (await h.tdb.db.pool.query('SELECT action FROM audit_log ORDER BY at')).rows.map((r) => r.action);

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock, platforms: ['slack'] });
    // Every four weeks from Tuesday 22 December: 19 January, 16 February, …
    expect(await slash('nieuwe-reeks 2026-12-22 14:00')).toContain('De reeks staat');
  });
  afterAll(async () => h?.stop());

  it('asks "Bedoel je 22 december?", shows the command to type, and cancels nothing; typed so, it is cancelled', async () => {
    const answer = await slash('annuleer 22 decmber');
    expect(answer).toContain(
      'Die datum lees ik niet. Bedoel je 22 december? Typ dan: /schakel annuleer 22 december.',
    );
    expect(answer).toContain('Er is nog niets veranderd');
    expect(await audit()).toEqual(['reeks_aangemaakt']);
    expect(await slash('annuleer 22 december')).toContain('gaat niet door');
  });

  it('verplaats with the first date misspelt: the date meant, nothing moved', async () => {
    const before = await audit();
    expect(await slash('verplaats 16 febuari naar 17 februari')).toContain(
      'Bedoel je 16 februari? Typ dan: /schakel verplaats 16 februari naar 17 februari.',
    );
    expect(await audit()).toEqual(before);
  });

  it('a month one slip from two (juni or juli?) gets how the command is typed, no guess', async () => {
    const answer = await slash('annuleer 15 juti');
    expect(answer).toContain('Zo begrijp ik het niet. Gebruik: /schakel annuleer &lt;datum&gt;');
    expect(answer).not.toContain('Bedoel je');
  });

  it('a deadline or an actiepunt with a month misspelt: the date meant, nothing noted or changed', async () => {
    expect(await slash('actiepunt Zaal boeken tot 15 decmber')).toContain(
      'De datum na ‘tot’ kan ik niet lezen. Bedoel je 15 december?',
    );
    const { rows } = await h.tdb.db.pool.query(`SELECT 1 FROM actiepunten WHERE description LIKE 'Zaal%'`);
    expect(rows).toEqual([]);
    expect(await slash('actiepunt Zaal boeken')).toContain('#1');
    expect(await slash('deadline 1 15 decembr')).toContain(
      'de deadline van #1 is niet gewijzigd. Bedoel je 15 december? Typ dan /schakel deadline 1 15 december.',
    );
    expect(await slash('deadline 1 15 december')).toContain('15 december 2026');
  });
});

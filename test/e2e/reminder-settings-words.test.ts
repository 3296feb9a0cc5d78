import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { slashInOost } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-herinneringen';
const clock = manualClock('2026-12-07T09:00:00Z'); // Monday

/**
 * What the projectleider types after `herinneringen`: a value out of range gets a Dutch sentence
 * with the allowed range and an example, never a developer's text; nothing is changed.
 */
describe('herinneringen with a value that cannot be', () => {
  let h: WerkgroepHarness;
  const slash = (text: string) => slashInOost(h, SECRET, 'U0HANNEKE', text);
  const stored = async () =>
    JSON.stringify((await h.tdb.db.pool.query('SELECT settings FROM reminder_settings')).rows);

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock, platforms: ['slack'] });
    // Every four weeks: an agenda call more than 27 days ahead would be for the meeting after next.
    expect(await slash('nieuwe-reeks 2026-12-22 14:00')).toContain('De reeks staat');
  });
  afterAll(async () => h?.stop());

  it('an hour, a reminder or an agenda call out of range: the range and an example in Dutch', async () => {
    const before = await stored();
    const cases: Array<[string, string]> = [
      ['herinneringen uur 25', 'Kies een heel uur van 0 t/m 23'],
      ['herinneringen uur 24', 'Kies een heel uur van 0 t/m 23'],
      ['herinneringen herinnering 40', 'De herinnering gaat 0 t/m 27 dagen voor de bijeenkomst'],
      ['herinneringen agenda 999', 'De oproep voor agendapunten gaat 0 t/m 27 dagen voor de bijeenkomst'],
    ];
    for (const [typed, expected] of cases) {
      const answer = await slash(typed);
      expect(answer, typed).toContain(expected);
      expect(answer, typed).toContain('Bijvoorbeeld: /schakel herinneringen');
      expect(answer, typed).not.toMatch(/Too big|Too small|expected|Invalid|Zo begrijp ik het niet/);
    }
    expect(await stored()).toBe(before);
  });

  it('the settings as shown say how to change each, check-in after the meeting too', async () => {
    // Slack's mrkdwn writes < and > as entities; the member sees them as typed.
    const answer = (await slash('herinneringen')).replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    expect(answer).toContain('Herinneringen van deze werkgroep');
    expect(answer).toContain(
      'Wijzigen: /schakel herinneringen agenda <dagen> | herinnering <dagen> | uur <0-23> | weekend ja/nee | checkin ja/nee. Bijvoorbeeld: /schakel herinneringen uur 10.',
    );
  });

  it('checkin-dagen out of range: the same kind of sentence, from the catalogue', async () => {
    expect(await slash('checkin-dagen 99')).toContain('Een check-in staat 1 t/m 28 dagen open');
  });

  it('an hour inside the quiet hours: says which hours are quiet', async () => {
    const answer = await slash('herinneringen uur 20');
    expect(answer).toContain('stille uren (18:00–08:00)');
    expect(answer).toContain('Bijvoorbeeld: /schakel herinneringen uur 9');
  });

  it('agenda 60 for a werkgroep meeting every 4 weeks: refused, naming this werkgroep’s maximum', async () => {
    const answer = await slash('herinneringen agenda 60');
    expect(answer).toContain('0 t/m 27 dagen');
    expect(answer).toContain('elke 4 weken');
    expect(await slash('herinneringen agenda 27')).toContain('27 dagen vooraf om 9:00');
  });

  it('a reminder on the day itself or one day ahead: said as people say it, never "0 dagen vooraf"', async () => {
    const sameDay = await slash('herinneringen herinnering 0');
    expect(sameDay).toContain('op de dag zelf om 9:00');
    expect(sameDay).not.toContain('0 dagen vooraf');
    const oneDay = await slash('herinneringen agenda 1');
    expect(oneDay).toContain('1 dag vooraf om 9:00');
    expect(oneDay).not.toContain('1 dagen');
    expect(await slash('herinneringen herinnering 2')).toContain('2 dagen vooraf om 9:00');
  });
});

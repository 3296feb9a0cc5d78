import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { saveReminderSettings } from '../../src/store/rhythm-repo.ts';
import { slashInOost } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-oproep';
// Wednesday 13 January 2027, 10:00 in Amsterdam.
const clock = manualClock('2027-01-13T09:00:00Z');

/**
 * A werkgroep meeting every 4 weeks whose agenda call was set to 60 days before (stored before
 * the limit existed): the call that goes out is for the meeting that comes first, with what is
 * already on its agenda, never for the one after it.
 */
describe('the agenda call names the meeting it is for', () => {
  let h: WerkgroepHarness;
  const slash = (text: string) => slashInOost(h, SECRET, 'U0HANNEKE', text);
  const calls = () =>
    h.slack
      .callsTo('chat.postMessage')
      .map((c) => JSON.stringify(c.body.blocks))
      .filter((b) => b.includes('Agendapunten voor'));

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock, platforms: ['slack'] });
    await saveReminderSettings(h.tdb.db.pool, h.w.overlegId, { agendaCallDaysBefore: 60 });
    // Tuesday 16 February, then 16 March.
    expect(await slash('nieuwe-reeks 2027-02-16 14:00')).toContain('De reeks staat');
    expect(await slash('agendapunt Terugkoppeling leerbijeenkomst IPS')).toContain('16 februari 2027');
  });
  afterAll(async () => h?.stop());

  it('on 15 January (60 days before 16 March) no call for 16 March goes out', async () => {
    clock.set('2027-01-15T08:00:30Z');
    await h.app.running.tick();
    expect(calls()).toEqual([]);
  });

  it('the call that does go out (27 days ahead at most) is for 16 February, with its agenda', async () => {
    expect(await slash('herinneringen')).toContain('27 dagen vooraf om 9:00');
    clock.set('2027-01-20T08:00:30Z'); // Wednesday 20 January, 09:00:30: 27 days before 16 February
    await h.app.running.tick();
    const [call] = calls();
    expect(call).toContain('De volgende bijeenkomst is op dinsdag 16 februari 2027');
    expect(call).toContain('Terugkoppeling leerbijeenkomst IPS');
    expect(calls()).toHaveLength(1);
  });
});

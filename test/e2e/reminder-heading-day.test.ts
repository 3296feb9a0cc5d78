import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { slashInOost } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-herinnering-dag';
// Monday 7 December 2026, 10:00 in Amsterdam (winter time, UTC+1).
const clock = manualClock('2026-12-07T09:00:00Z');

/**
 * The reminder's heading says how far off the meeting is on the day it goes out, in the
 * werkgroep's zone (Europe/Amsterdam): "Vandaag" on the day itself, "Over 3 dagen" three days ahead.
 */
describe('the reminder’s heading follows the day it is sent', () => {
  let h: WerkgroepHarness;
  const slash = (text: string) => slashInOost(h, SECRET, 'U0HANNEKE', text);
  const reminderPosts = () =>
    h.slack
      .callsTo('chat.postMessage')
      .map((c) => JSON.stringify(c.body.blocks))
      .filter((b) => b.includes('Wanneer'));

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock, platforms: ['slack'] });
    // Tuesday 15 December 14:00, then every 4 weeks: 12 January 2027.
    expect(await slash('nieuwe-reeks 2026-12-15 14:00')).toContain('De reeks staat');
  });
  afterAll(async () => h?.stop());

  it('"herinnering 0": sent at 09:00 on the meeting day itself, headed "Vandaag"', async () => {
    expect(await slash('herinneringen herinnering 0')).toContain('op de dag zelf om 9:00');
    clock.set('2026-12-15T08:00:30Z'); // 09:00:30 in Amsterdam on the day of the meeting
    await h.app.running.tick();
    const [post] = reminderPosts();
    expect(post).toContain('Vandaag: Werkgroep Oost');
    expect(post).toContain('dinsdag 15 december 2026, 14:00–15:30');
    expect(post).not.toContain('Morgen');
  });

  it('"herinnering 3" pulled out of the weekend to Friday: four days ahead, headed "Over 4 dagen"', async () => {
    expect(await slash('herinneringen herinnering 3')).toContain('3 dagen vooraf om 9:00');
    // Three days before Tuesday 12 January is a Saturday: it goes on Friday 8 January, 09:00:30.
    clock.set('2027-01-08T08:00:30Z');
    await h.app.running.tick();
    const post = reminderPosts().at(-1);
    expect(post).toContain('dinsdag 12 januari 2027');
    expect(post).toContain('Over 4 dagen: Werkgroep Oost');
  });
});

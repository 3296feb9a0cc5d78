import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { slackSurfaceProblems } from '../checkin/slack-surface-limits.ts';
import { slashInOost } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'lange-lijst-geheim';
const clock = manualClock('2026-09-29T06:00:00Z');

/**
 * A werkgroep with a long agenda: each agendapunt within its 500 characters, together more than
 * one Slack section holds (3,000). The agenda and the reminder still go out, whole.
 */
describe('Slack: an agenda longer than one section', () => {
  let h: WerkgroepHarness;
  const items = Array.from(
    { length: 8 },
    (_, i) => `Punt ${i + 1}: ${'overleg over de werkwijze '.repeat(18)}`,
  );

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock, platforms: ['slack'] });
    const pl = await findMember(h.tdb.db.pool, h.w.projectleiderId);
    await h.app.running.core.rhythm.createSeries(pl, h.w.overlegId, {
      firstStart: '2026-10-06T14:00',
      durationMinutes: 90,
    });
    for (const item of items) {
      expect(await slashInOost(h, SECRET, 'U0RUBEN', `agendapunt ${item}`)).toContain('Genoteerd');
    }
  });
  afterAll(async () => h?.stop());

  it('the agenda answer keeps within Slack’s limits and holds every agendapunt', async () => {
    const answer = JSON.parse(await slashInOost(h, SECRET, 'U0RUBEN', 'agenda'));
    expect(slackSurfaceProblems({ blocks: answer.blocks })).toEqual([]);
    for (const item of items) expect(JSON.stringify(answer.blocks)).toContain(item.trim());
  });

  it('the reminder the day before does too', async () => {
    clock.set('2026-10-05T07:00:30Z'); // Monday 09:00:30 in Amsterdam
    await h.app.running.tick();
    const reminder = h.slack
      .callsTo('chat.postMessage')
      .find((c) => JSON.stringify(c.body).includes('Punt 8'));
    expect(reminder).toBeDefined();
    expect(slackSurfaceProblems({ blocks: reminder?.body.blocks })).toEqual([]);
  });
});

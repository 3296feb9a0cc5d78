import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { deadlineOf } from '../support/actiepunt-deadline.ts';
import { TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { slashInOost } from '../support/slash-command.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

// Monday 5 October 2026, 08:00 in Amsterdam; the meeting is on Tuesday 6 October at 14:00.
const SECRET = 'geheim-deadline-herhaald';
const clock = manualClock('2026-10-05T06:00:00Z');

/**
 * A `deadline` request the platform delivers twice changes the deadline once and answers the same;
 * the reminder the day before shows the deadline as it was last changed, on Slack and on Teams.
 */
describe('deadline: replayed requests, and the reminder with the new deadline', () => {
  let h: WerkgroepHarness;
  const slack = (text: string) => slashInOost(h, SECRET, 'U0RUBEN', text);
  const due = (n: number) => deadlineOf(h, n);

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    const pl = await findMember(h.tdb.db.pool, h.w.projectleiderId);
    await h.app.running.core.rhythm.createSeries(pl, h.w.overlegId, {
      firstStart: '2026-10-06T14:00',
      everyWeeks: 4,
      durationMinutes: 90,
    });
    await slack('actiepunt Werkafspraken AVG rondsturen tot 20 oktober');
    await slack('actiepunt Verslag vorige bijeenkomst delen tot 30 oktober');
  });
  afterAll(async () => h?.stop());

  it('Slack: the same signed slash command sent again answers the same and changes nothing more', async () => {
    const body = slashCommandBody({
      text: 'deadline 1 23 oktober',
      userId: 'U0RUBEN',
      teamId: STAND_IN_TEAM,
      responseUrl: h.slack.responseUrl,
      channelId: 'C0OOST',
    });
    const stamp = Math.floor(Date.now() / 1000);
    const send = async () =>
      JSON.stringify(
        await (
          await postToSlack(`${h.app.baseUrl}/slack/events`, SECRET, body, { timestampSeconds: stamp })
        ).json(),
      );
    const first = await send();
    expect(first).toContain(
      'De deadline van actiepunt #1 Werkafspraken AVG rondsturen is nu vrijdag 23 oktober 2026.',
    );
    // Changed again in between: the late replay must not put 23 October back.
    await slack('deadline 1 geen');
    expect(await send()).toBe(first);
    expect(await due(1)).toBeNull();
  });

  it('Teams: the same activity delivered twice is answered and carried out once', async () => {
    const conversationId = 'a:personal-29:ruben';
    const activity = messageActivity({
      text: 'deadline 1 vrijdag 16 oktober',
      serviceUrl: h.teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId,
    });
    const answers = () =>
      h.teams.calls.filter((c) => JSON.stringify(c.body).includes('is nu vrijdag 16 oktober 2026')).length;
    expect((await postActivity(h.app.baseUrl, activity)).status).toBe(200);
    await h.teams.waitFor(() => answers() === 1);
    await slack('deadline 1 geen');
    expect((await postActivity(h.app.baseUrl, activity)).status).toBe(200);
    // A later message is answered; the replay before it was not.
    const after = h.teams.calls.length;
    await postActivity(
      h.app.baseUrl,
      messageActivity({
        text: 'actiepunten',
        serviceUrl: h.teams.serviceUrl,
        userId: '29:ruben',
        tenantId: TEAMS_TENANT,
        conversationId,
      }),
    );
    await h.teams.waitFor((c) => c.path.startsWith(`/v3/conversations/${conversationId}`), { after });
    expect(answers()).toBe(1);
    expect(await due(1)).toBeNull();
  });

  it('the reminder the day before shows each actiepunt with its deadline as last changed', async () => {
    await slack('deadline 1 vrijdag 16 oktober');
    await slack('deadline 2 geen');
    clock.set('2026-10-05T07:00:30Z'); // 09:00:30 in Amsterdam
    await h.app.running.tick();
    const slackText = JSON.stringify(h.slack.callsTo('chat.postMessage')[0]?.body.blocks);
    expect(slackText).toContain(
      '#1 Werkafspraken AVG rondsturen (uiterlijk vrijdag 16 oktober 2026) — <@U0RUBEN>',
    );
    expect(slackText).toContain('#2 Verslag vorige bijeenkomst delen — <@U0RUBEN>');
    expect(slackText).not.toContain('20 oktober');
    expect(slackText).not.toContain('30 oktober');
    const teamsText = JSON.stringify(h.teams.sentTo(TEAMS_CHANNEL)[0]?.body);
    expect(teamsText).toContain('#1 Werkafspraken AVG rondsturen (uiterlijk vrijdag 16 oktober 2026)');
    expect(teamsText).not.toContain('30 oktober');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { postToSlack } from '../support/slack-requests.ts';
import { pressBody, pressInOost, slashInOost } from '../support/slash-command.ts';
import { invokeActivity, postActivity } from '../support/teams-activities.ts';
import { linkHannekeOnTeams, typeInTeamsChannel } from '../support/teams-chat.ts';
import { buttonsOf, channelPosts, countSaying } from '../support/werkgroep-channel-posts.ts';
import {
  startWerkgroepHarness,
  type WerkgroepHarness,
  withTuesdaySeries,
} from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-twee-op-een-dag';
// Monday 5 October 2026, 08:00 in Amsterdam; meetings every four weeks on Tuesday from 6 October, 14:00.
const clock = manualClock('2026-10-05T06:00:00Z');

/**
 * Two cancelled meetings on one day (the one planned there, and one moved there since and
 * cancelled too): `herstel <datum>` asks which, a button each on Slack and Teams, and puts back
 * the one chosen; the werkgroep, told of both cancellations, hears once that that one goes ahead.
 */
describe('herstel of a day with two cancelled meetings', () => {
  let h: WerkgroepHarness;
  const slash = (text: string) => slashInOost(h, SECRET, 'U0HANNEKE', text);
  const slackPosts = () => channelPosts(h).slack();
  const teamsPosts = () => channelPosts(h).teams();
  const count = countSaying;
  const audited = async () =>
    (await h.tdb.db.pool.query(`SELECT 1 FROM audit_log WHERE action = 'bijeenkomst_hersteld'`)).rows.length;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    await withTuesdaySeries(h);
    await linkHannekeOnTeams(h.tdb.db.pool, h.w.projectleiderId);
    expect(await slash('annuleer 2026-11-03')).toContain('gaat niet door');
    // Its day free again, the meeting of 1 December moves there (at 15:00) and is cancelled too.
    expect(await slash('verplaats 2026-12-01 naar 2026-11-03 15:00')).toContain('verplaatst');
    expect(await slash('annuleer 2026-11-03')).toContain('gaat niet door');
  });
  afterAll(async () => h?.stop());

  it('both cancellations are told once, however often the cron runs', async () => {
    clock.set('2026-11-02T08:00:30Z'); // Monday 09:00:30, the reminder moment of 3 November
    await h.app.running.tick();
    await h.app.running.tick();
    expect(count(slackPosts(), 'dinsdag 3 november 2026, 14:00–15:30 gaat niet door')).toBe(1);
    expect(count(slackPosts(), 'dinsdag 3 november 2026, 15:00–16:30 gaat niet door')).toBe(1);
    expect(count(teamsPosts(), 'gaat niet door')).toBe(2);
  });

  it('Slack: herstel asks which one, puts back the one pressed, and nothing on a second press', async () => {
    const before = await audited();
    const answer = await slash('herstel 2026-11-03');
    expect(answer).toContain(
      'Op dinsdag 3 november 2026 zijn 2 bijeenkomsten afgezegd. Welke moet toch doorgaan?',
    );
    expect(answer).toContain('Er is nog niets veranderd.');
    const buttons = buttonsOf(answer);
    expect(buttons.map((b) => b.text.text)).toEqual([
      '14:00, zoals gepland',
      '15:00, verplaatst van dinsdag 1 december 2026 om 14:00',
    ]);
    expect(buttons.map((b) => b.value)).toEqual([
      `${h.w.overlegId}|herstel 2026-11-03 van 2026-11-03`,
      `${h.w.overlegId}|herstel 2026-11-03 van 2026-12-01`,
    ]);
    expect(await audited()).toBe(before);

    const press = { action_id: 'werkgroep_kies', value: buttons[1]?.value ?? '' };
    const { body, path } = pressBody(h, 'U0HANNEKE', press);
    const after = h.slack.calls.length;
    expect((await postToSlack(`${h.app.baseUrl}/slack/events`, SECRET, body)).status).toBe(200);
    const put = JSON.stringify((await h.slack.waitFor((c) => c.path === path, { after })).body);
    expect(put).toContain(
      'De bijeenkomst van dinsdag 3 november 2026 om 15:00 gaat toch door; ze blijft verplaatst',
    );
    expect(put).toContain('De werkgroep krijgt één bericht dat ze toch doorgaat.');
    // A Slack retry of that press: carried out once.
    await postToSlack(`${h.app.baseUrl}/slack/events`, SECRET, body, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    // Pressed again later on the same card: that one is not cancelled any more.
    const again = JSON.stringify(await pressInOost(h, SECRET, 'U0HANNEKE', press));
    expect(again).toContain(
      'Op dinsdag 3 november 2026 staat geen afgezegde bijeenkomst die oorspronkelijk op dinsdag 1 december 2026 stond.',
    );
    expect(await audited()).toBe(before + 1);

    await h.app.running.tick();
    await h.app.running.tick();
    expect(count(slackPosts(), 'dinsdag 3 november 2026, 15:00–16:30 gaat toch door')).toBe(1);
    expect(count(slackPosts(), '14:00–15:30 gaat toch door')).toBe(0);
    expect(count(teamsPosts(), 'gaat toch door')).toBe(1);
  });

  it('with one cancelled left there, herstel of the day is about that one (its day taken: said so)', async () => {
    const answer = await slash('herstel 2026-11-03');
    expect(answer).not.toContain('Welke moet toch doorgaan?');
    expect(answer).toContain('Er is niets veranderd.');
  });

  it('Teams: the same question, as a card with a button each', async () => {
    // Another day with two cancelled: 29 December planned there, 26 January moved there.
    expect(await slash('annuleer 2026-12-29')).toContain('gaat niet door');
    expect(await slash('verplaats 2027-01-26 naar 2026-12-29 10:00')).toContain('verplaatst');
    expect(await slash('annuleer 2026-12-29')).toContain('gaat niet door');
    const card = (await typeInTeamsChannel(h, 'herstel 2026-12-29')).join('\n');
    expect(card).toContain('Op dinsdag 29 december 2026 zijn 2 bijeenkomsten afgezegd.');
    const early = /"title":"10:00, verplaatst van [^"]*","verb":"werkgroep_kies","data":(\{[^}]*\})/.exec(
      card,
    )?.[1];
    expect(JSON.parse(early ?? '{}').value).toBe(`${h.w.overlegId}|herstel 2026-12-29 van 2027-01-26`);
    const pressed = await postActivity(
      h.app.baseUrl,
      invokeActivity({
        verb: 'werkgroep_kies',
        data: JSON.parse(early ?? '{}'),
        serviceUrl: h.teams.serviceUrl,
        userId: '29:hanneke',
        tenantId: TEAMS_TENANT,
        conversationId: TEAMS_CHANNEL,
      }),
    );
    const answer = JSON.stringify(await pressed.json());
    expect(answer).toContain(
      'De bijeenkomst van dinsdag 29 december 2026 om 10:00 gaat toch door; ze blijft verplaatst',
    );
    // Neither cancellation was told yet (their notices come the day before): nothing to take back.
    expect(answer).not.toContain('De werkgroep krijgt één bericht');
  });
});

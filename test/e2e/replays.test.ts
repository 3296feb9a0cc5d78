import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { eventCallbackBody, postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { startWerkgroepWithSeries, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-herhaling';
const clock = manualClock('2026-09-29T06:00:00Z');

describe('every request is carried out once (Slack and Teams)', () => {
  let h: WerkgroepHarness;
  let events: string;

  beforeAll(async () => {
    // Teams tokens are validated as in production, against a stand-in identity that signs them;
    // Schakel serves the werkgroep's tenant (activities from any other are refused).
    h = await startWerkgroepWithSeries({ secret: SECRET, clock, tenant: TEAMS_TENANT });
    events = `${h.app.baseUrl}/slack/events`;
  });
  afterAll(async () => h?.stop());

  /** The Authorization header Teams sends with this activity, claims changed as given. */
  const signed = (activity: unknown, changes: Record<string, unknown> = {}) => {
    if (!h.identity) throw new Error('de harness draait zonder Teams-identiteit');
    return h.identity.authorization(activity, changes);
  };
  const agendapunten = async (text: string) =>
    (await h.tdb.db.pool.query('SELECT 1 FROM agenda_items WHERE text = $1', [text])).rowCount;
  const command = (text: string) =>
    slashCommandBody({
      text,
      userId: 'U0RUBEN',
      teamId: STAND_IN_TEAM,
      responseUrl: h.slack.responseUrl,
      channelId: 'C0OOST',
    });

  it('Slack: the same signed slash command sent five times makes one agendapunt', async () => {
    const body = command('agendapunt Wachtlijst jobcoaching bespreken');
    const stamp = Math.floor(Date.now() / 1000);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await postToSlack(events, SECRET, body, { timestampSeconds: stamp });
      await res.arrayBuffer();
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(await agendapunten('Wachtlijst jobcoaching bespreken')).toBe(1);
    expect(h.app.logs.lines.filter((l) => l.includes('herhaald verzoek beantwoord'))).toHaveLength(4);
  });

  it('Slack: a retried event (same event id, new signature and retry header) is handled once', async () => {
    const body = eventCallbackBody(STAND_IN_TEAM, {
      type: 'app_home_opened',
      user: 'U0RUBEN',
      tab: 'home',
      channel: 'D0RUBEN',
    });
    const before = h.slack.callsTo('views.publish').length;
    expect((await postToSlack(events, SECRET, body, { contentType: 'application/json' })).status).toBe(200);
    await h.slack.waitFor(() => h.slack.callsTo('views.publish').length > before);
    const retry = await postToSlack(events, SECRET, body, {
      contentType: 'application/json',
      timestampSeconds: Math.floor(Date.now() / 1000) + 1,
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    // The next request is handled normally, and the retry published nothing in between.
    const help = await postToSlack(events, SECRET, command('help'));
    expect(help.status).toBe(200);
    expect(h.slack.callsTo('views.publish').length).toBe(before + 1);
  });

  it('Slack: a request stamped more than five minutes ahead or behind is refused (401) and not carried out', async () => {
    const now = Math.floor(Date.now() / 1000);
    const ahead = await postToSlack(events, SECRET, command('agendapunt Uit de toekomst'), {
      timestampSeconds: now + 6 * 60,
    });
    expect(ahead.status).toBe(401);
    const aDayAhead = await postToSlack(events, SECRET, command('agendapunt Morgen pas'), {
      timestampSeconds: now + 86_400,
    });
    expect(aDayAhead.status).toBe(401);
    const behind = await postToSlack(events, SECRET, command('agendapunt Uit het verleden'), {
      timestampSeconds: now - 6 * 60,
    });
    expect(behind.status).toBe(401);
    expect(await agendapunten('Uit de toekomst')).toBe(0);
    expect(await agendapunten('Morgen pas')).toBe(0);
    expect(await agendapunten('Uit het verleden')).toBe(0);
    // Within the window (a clock a little off) it is accepted.
    const near = await postToSlack(events, SECRET, command('agendapunt Bijna op tijd'), {
      timestampSeconds: now + 4 * 60,
    });
    expect(near.status).toBe(200);
    expect(await agendapunten('Bijna op tijd')).toBe(1);
  });

  it('Teams: a message or button press without an activity id, replayed, is refused (400) and not carried out', async () => {
    const { id: _id, ...withoutId } = messageActivity({
      text: 'agendapunt Zonder kenmerk',
      serviceUrl: h.teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId: TEAMS_CHANNEL,
      conversationType: 'channel',
    });
    const token = signed(withoutId);
    for (let i = 0; i < 2; i++) {
      const res = await postActivity(h.app.baseUrl, withoutId, token);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'Dit is geen activiteit die Schakel begrijpt' });
    }
    expect(await agendapunten('Zonder kenmerk')).toBe(0);
  });

  it('Teams: the same activity sent five times makes one agendapunt; the same id in another conversation is its own', async () => {
    const activity = messageActivity({
      text: 'agendapunt Samenwerking met het UWV-team',
      serviceUrl: h.teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId: TEAMS_CHANNEL,
      conversationType: 'channel',
    });
    // One delivery, signed once, sent five times: a replay carries the same valid token.
    const token = signed(activity);
    for (let i = 0; i < 5; i++) expect((await postActivity(h.app.baseUrl, activity, token)).status).toBe(200);
    await h.teams.waitFor(() => h.teams.sentTo(TEAMS_CHANNEL).length > 0);
    expect(await agendapunten('Samenwerking met het UWV-team')).toBe(1);
    expect(h.app.logs.lines.filter((l) => l.includes('herhaalde Teams-activiteit'))).toHaveLength(4);
    // The answer went out with the bot's own token.
    expect(
      h.teams.sentTo(TEAMS_CHANNEL).filter((c) => !h.identity?.isBotToken(c.headers.authorization)),
    ).toEqual([]);

    const elsewhere = {
      ...activity,
      text: 'help',
      conversation: { ...activity.conversation, id: 'a:personal-ruben' },
    };
    const before = h.teams.sentTo('a:personal-ruben').length;
    expect((await postActivity(h.app.baseUrl, elsewhere, signed(elsewhere))).status).toBe(200);
    await h.teams.waitFor(() => h.teams.sentTo('a:personal-ruben').length > before);
  });

  it('Teams: the same activity sent again after ten minutes, its token still valid, is not carried out again', async () => {
    // A tester's finding (attack37): a Teams key was kept ten minutes (Slack's window), while the
    // token sent with the activity is accepted for up to an hour; the same activity with the same
    // token, sent again after those ten minutes, was answered a second time.
    const conversationId = 'a:personal-ruben-later';
    const say = (text: string) =>
      messageActivity({
        text,
        serviceUrl: h.teams.serviceUrl,
        userId: '29:ruben',
        tenantId: TEAMS_TENANT,
        conversationId,
      });
    const activity = say('help');
    const token = signed(activity);
    expect((await postActivity(h.app.baseUrl, activity, token)).status).toBe(200);
    await h.teams.waitFor(() => h.teams.sentTo(conversationId).length === 1);
    // Eleven minutes pass for the keys (the request clock is the machine's): every expiry moves back.
    await h.tdb.db.pool.query(
      "UPDATE handled_requests SET expires_at = expires_at - interval '11 minutes' WHERE platform = 'teams'",
    );
    expect((await postActivity(h.app.baseUrl, activity, token)).status).toBe(200);
    // A new message in the same chat is answered after it: only that answer arrives.
    const next = say('help');
    expect((await postActivity(h.app.baseUrl, next, signed(next))).status).toBe(200);
    await h.teams.waitFor(() => h.teams.sentTo(conversationId).length >= 2);
    expect(h.teams.sentTo(conversationId)).toHaveLength(2);
  });

  it('Teams: a token valid only from more than five minutes ahead, or expired more than five minutes ago, is refused (401) and not carried out', async () => {
    const now = Math.floor(Date.now() / 1000);
    /** Posts `agendapunt <text>` in the werkgroep's channel with a token valid from `nbf` until `exp`. */
    const post = async (text: string, nbf: number, exp: number) => {
      const activity = messageActivity({
        text: `agendapunt ${text}`,
        serviceUrl: h.teams.serviceUrl,
        userId: '29:ruben',
        tenantId: TEAMS_TENANT,
        conversationId: TEAMS_CHANNEL,
        conversationType: 'channel',
      });
      const res = await postActivity(h.app.baseUrl, activity, signed(activity, { nbf, exp }));
      await res.arrayBuffer();
      return res.status;
    };
    expect(await post('Teams uit de toekomst', now + 6 * 60, now + 3600)).toBe(401);
    expect(await post('Teams morgen pas', now + 86_400, now + 90_000)).toBe(401);
    expect(await post('Teams verlopen', now - 3600, now - 6 * 60)).toBe(401);
    expect(await agendapunten('Teams uit de toekomst')).toBe(0);
    expect(await agendapunten('Teams morgen pas')).toBe(0);
    expect(await agendapunten('Teams verlopen')).toBe(0);
    // Within the window (a clock a little off) it is accepted.
    expect(await post('Teams bijna op tijd', now + 4 * 60, now + 3600)).toBe(200);
    expect(await agendapunten('Teams bijna op tijd')).toBe(1);
  });
});

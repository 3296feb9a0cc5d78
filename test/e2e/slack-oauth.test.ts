import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { SLACK_BOT_SCOPES } from '../../src/doctor/checks.ts';
import { linkChannel } from '../../src/store/channels-repo.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { databaseText } from '../support/database-text.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { eventCallbackBody, postToSlack } from '../support/slack-requests.ts';
import { GEMEENTE, GGZ, startSlackStandIn } from '../support/slack-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

// One werkgroep across two organisations, each in its own Slack workspace: the gemeente and the GGZ.
const SECRET = 'onderteken-geheim';
const COOKIE = 'slack-app-oauth-state';
// Monday 5 October 2026, 08:00 in Amsterdam; the werkgroep meets Tuesdays at 14:00, every four weeks.
const clock = manualClock('2026-10-05T06:00:00Z');

describe('Slack in many workspaces: install, send with the right token, uninstall', () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let app: TestApp;
  let w: Awaited<ReturnType<typeof seedWerkgroep>>;

  const installations = async () =>
    (await tdb.db.pool.query(`SELECT row_to_json(t)::text AS j FROM slack_installations t`)).rows.map(
      (r) => r.j as string,
    );
  const postsTo = (channel: string) =>
    slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);
  const begin = async () => {
    const res = await fetch(`${app.baseUrl}/slack/install`, { redirect: 'manual' });
    const location = new URL(res.headers.get('location') ?? '');
    return { res, location, state: location.searchParams.get('state') ?? '' };
  };
  const redirect = (query: string, cookie?: string) =>
    fetch(`${app.baseUrl}/slack/oauth_redirect?${query}`, { headers: cookie ? { cookie } : {} });
  const install = async (code: string) => {
    const { state } = await begin();
    return redirect(`code=${code}&state=${encodeURIComponent(state)}`, `${COOKIE}=${state}`);
  };
  const event = (teamId: string, e: Record<string, unknown>) =>
    postToSlack(`${app.baseUrl}/slack/events`, SECRET, eventCallbackBody(teamId, e), {
      contentType: 'application/json',
    });
  /**
   * A member opens the app's home in a workspace: a marker whose answer (views.publish, after
   * `before` calls) shows that Schakel handled what was sent before it.
   */
  const marker = async (teamId: string, user: string, before: number) => {
    const home = { type: 'app_home_opened', user, tab: 'home', channel: `D${user}`, event_ts: '9' };
    expect((await event(teamId, home)).status).toBe(200);
    return slack.waitFor((c) => c.path === '/api/views.publish' && c.body.user_id === user, {
      after: before,
    });
  };

  beforeAll(async () => {
    tdb = await createTestDatabase();
    slack = await startSlackStandIn({
      installs: { 'code-gemeente': GEMEENTE, 'code-ggz': GGZ },
      scopes: SLACK_BOT_SCOPES,
    });
    w = await seedWerkgroep(tdb.db, { slackTeam: GEMEENTE.teamId, slackChannel: 'C0OOST' });
    await linkChannel(tdb.db.pool, w.overlegId, {
      platform: 'slack',
      workspace: GGZ.teamId,
      channelId: 'C0GGZOOST',
      serviceUrl: null,
    });
    app = await startTestApp(
      {
        SLACK_CLIENT_ID: '1234.5678',
        SLACK_CLIENT_SECRET: 'client-geheim',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_STATE_SECRET: 'status-geheim-van-de-test',
        SCHAKEL_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        SLACK_API_URL: slack.apiUrl,
      },
      tdb.db,
      clock,
    );
    const pl = await findMember(tdb.db.pool, w.projectleiderId);
    await app.running.core.rhythm.createSeries(pl, w.overlegId, {
      firstStart: '2026-10-06T14:00',
      everyWeeks: 4,
      durationMinutes: 90,
      location: 'Gemeentehuis, zaal 2',
    });
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
    await tdb?.drop();
  });

  it("GET /slack/install sends the beheerder to Slack's consent page with a state, kept in a cookie", async () => {
    const { res, location, state } = await begin();
    expect(res.status).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe(`${slack.url}/oauth/v2/authorize`);
    expect(location.searchParams.get('client_id')).toBe('1234.5678');
    expect(location.searchParams.get('scope')?.split(',').sort()).toEqual([...SLACK_BOT_SCOPES].sort());
    expect(state.length).toBeGreaterThan(20);
    expect(res.headers.get('set-cookie')).toContain(`${COOKIE}=${state};`);
  });

  describe('a redirect that cannot be trusted stores nothing', () => {
    it.each([
      ['without a state', async () => redirect('code=code-gemeente')],
      ['with a forged state', async () => redirect('code=code-gemeente&state=vals', `${COOKIE}=vals`)],
      [
        'with a real state from another browser (no cookie)',
        async () => redirect(`code=code-gemeente&state=${encodeURIComponent((await begin()).state)}`),
      ],
    ])('%s: a Dutch page saying to start again', async (_why, go) => {
      const res = await go();
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('Installatie niet gelukt');
      expect(html).toContain('Er is niets opgeslagen');
      expect(html).toContain('href="/slack/install"');
      expect(slack.callsTo('oauth.v2.access')).toHaveLength(0);
      expect(await installations()).toEqual([]);
    });

    it('a HEAD of the redirect (a link checker) is not found, and its code is logged nowhere', async () => {
      const { state } = await begin();
      const res = await fetch(`${app.baseUrl}/slack/oauth_redirect?code=code-gemeente&state=${state}`, {
        method: 'HEAD',
        headers: { cookie: `${COOKIE}=${state}` },
      });
      expect(res.status).toBe(404);
      expect((await fetch(`${app.baseUrl}/slack/install`, { method: 'HEAD' })).status).toBe(404);
      expect(app.logs.text).not.toContain('code-gemeente');
      expect(slack.callsTo('oauth.v2.access')).toHaveLength(0);
    });

    it('when the beheerder cancels at Slack: says so', async () => {
      const { state } = await begin();
      const res = await redirect(`error=access_denied&state=${state}`, `${COOKIE}=${state}`);
      expect(await res.text()).toContain('Je hebt de installatie van Schakel in Slack afgebroken');
      expect(await installations()).toEqual([]);
    });
  });

  it('installs the gemeente: the code is traded at Slack, the token stored only encrypted', async () => {
    const res = await install('code-gemeente');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Schakel is geïnstalleerd in <strong>Gemeente Oostrand</strong>');
    expect(html).toContain('versleuteld opgeslagen');
    expect(res.headers.get('set-cookie')).toContain(`${COOKIE}=deleted`);

    const [exchange] = slack.callsTo('oauth.v2.access');
    expect(exchange?.body).toMatchObject({ code: 'code-gemeente', client_id: '1234.5678' });
    const rows = await installations();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('"team_id":"T0GEMEENTE"');
    expect(rows[0]).toContain('"installer_user_id":"U0HANNEKE"');
    expect(rows[0]).not.toContain('xoxb-');
    expect(await databaseText(tdb.db)).not.toContain(GEMEENTE.botToken);
    expect(app.logs.text).not.toContain(GEMEENTE.botToken);
  });

  it("answers the gemeente's members with the gemeente's token; a workspace without Schakel gets nothing", async () => {
    const home = {
      type: 'app_home_opened',
      user: 'U0HANNEKE',
      tab: 'home',
      channel: 'D0HANNEKE',
      event_ts: '3',
    };
    expect((await event(GEMEENTE.teamId, home)).status).toBe(200);
    const published = await slack.waitFor((c) => c.path === '/api/views.publish');
    expect(published.headers.authorization).toBe(`Bearer ${GEMEENTE.botToken}`);
    expect(JSON.stringify(published.body.view)).toContain('Werkgroep Oost');

    const before = slack.calls.length;
    // Bolt finds no installation for it: refused, and no listener runs.
    expect((await event('T0ONBEKEND', { ...home, user: 'U0ANDER' })).status).toBe(401);
    const later = await marker(GEMEENTE.teamId, 'U0RUBEN', before);
    expect(slack.calls.slice(before)).toEqual([later]);
  });

  it("the reminder goes out with the gemeente's token; the GGZ, not installed yet, gets nothing", async () => {
    clock.set('2026-10-05T07:00:30Z'); // 09:00:30 the day before the meeting
    await app.running.tick();
    const posts = postsTo('C0OOST');
    expect(posts.length).toBeGreaterThan(0);
    expect(JSON.stringify(posts[0]?.body.blocks)).toContain('Morgen: Werkgroep Oost');
    expect(posts.map((p) => p.headers.authorization)).toEqual(posts.map(() => `Bearer ${GEMEENTE.botToken}`));
    expect(postsTo('C0GGZOOST')).toHaveLength(0);
    const { rows } = await tdb.db.pool.query(
      `SELECT status, last_error FROM deliveries WHERE workspace = 'T0GGZ' AND kind = 'reminder' AND occurrence = '2026-10-06T14:00'`,
    );
    expect(rows).toEqual([
      { status: 'failed', last_error: 'Schakel is niet (meer) geïnstalleerd in Slack-werkruimte T0GGZ' },
    ]);
  });

  it("once the GGZ installs too, its channel gets the next reminder with the GGZ's own token", async () => {
    expect((await install('code-ggz')).status).toBe(200);
    expect(await installations()).toHaveLength(2);
    clock.set('2026-11-02T08:00:30Z'); // Monday 09:00:30, winter time
    await app.running.tick();
    const ggz = postsTo('C0GGZOOST');
    expect(ggz.length).toBeGreaterThan(0);
    expect(new Set(ggz.map((p) => p.headers.authorization))).toEqual(new Set([`Bearer ${GGZ.botToken}`]));
    const gemeente = postsTo('C0OOST');
    expect(new Set(gemeente.map((p) => p.headers.authorization))).toEqual(
      new Set([`Bearer ${GEMEENTE.botToken}`]),
    );
  });

  it('app_uninstalled in the gemeente: installation, channel link and pending deliveries gone', async () => {
    const pending = `SELECT count(*)::int AS n FROM deliveries WHERE workspace = 'T0GEMEENTE' AND status = 'pending'`;
    expect((await tdb.db.pool.query(pending)).rows[0].n).toBeGreaterThan(0);

    const res = await event(GEMEENTE.teamId, { type: 'app_uninstalled', event_ts: '1790000000.000100' });
    expect(res.status).toBe(200);
    await waitFor(
      'the gemeente to be forgotten',
      async () => !(await installations()).some((r) => r.includes('T0GEMEENTE')),
    );

    const rows = await installations();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('T0GGZ');
    const links = await tdb.db.pool.query(`SELECT workspace FROM overleg_channels WHERE platform = 'slack'`);
    expect(links.rows).toEqual([{ workspace: 'T0GGZ' }]);
    expect((await tdb.db.pool.query(pending)).rows[0].n).toBe(0);
    const audit = await tdb.db.pool.query(
      `SELECT action, subject FROM audit_log WHERE subject = 'T0GEMEENTE'`,
    );
    expect(audit.rows).toEqual([{ action: 'slack_workspace_removed', subject: 'T0GEMEENTE' }]);
  });

  it('a later tick sends nothing to the gemeente, and still reaches the GGZ', async () => {
    const before = slack.calls.length;
    clock.set('2026-11-30T08:00:30Z');
    await app.running.tick();
    const after = slack.calls.slice(before);
    expect(after.filter((c) => c.headers.authorization === `Bearer ${GEMEENTE.botToken}`)).toEqual([]);
    expect(after.some((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'C0GGZOOST')).toBe(
      true,
    );
  });

  it('tokens_revoked: user tokens alone change nothing; the bot token revoked removes the GGZ', async () => {
    const before = slack.calls.length;
    await event(GGZ.teamId, { type: 'tokens_revoked', tokens: { oauth: ['U0GGZBEHEER'] }, event_ts: '1' });
    // Still installed: the marker after it is answered with the GGZ's own token.
    const later = await marker(GGZ.teamId, 'U0GGZBEHEER', before);
    expect(later.headers.authorization).toBe(`Bearer ${GGZ.botToken}`);
    expect(await installations()).toHaveLength(1);

    await event(GGZ.teamId, { type: 'tokens_revoked', tokens: { bot: [GGZ.botUserId] }, event_ts: '2' });
    await waitFor('the GGZ to be forgotten', async () => (await installations()).length === 0);
    expect(await installations()).toEqual([]);
    const links = await tdb.db.pool.query(`SELECT count(*)::int AS n FROM overleg_channels`);
    expect(links.rows[0].n).toBe(0);
  });

  // Last: the first install above finds the gemeente's code as Slack's first exchange.
  it.each([
    ['a made-up code', 'code=verzonnen'],
    ['a made-up code first, a real one repeated after it', 'code=verzonnen&code=code-gemeente'],
  ])('with a real state but %s, which Slack refuses: a 400 page, nothing stored', async (_why, query) => {
    const { state } = await begin();
    const res = await redirect(`${query}&state=${encodeURIComponent(state)}`, `${COOKIE}=${state}`);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Slack heeft deze installatiecode niet aangenomen');
    expect(html).toContain('Er is niets opgeslagen');
    expect(html).toContain('href="/slack/install"');
    expect(slack.callsTo('oauth.v2.access').map((c) => c.body.code)).toContain('verzonnen');
    expect(await installations()).toEqual([]);
  });

  it('each failed attempt (anyone can make one) is one warning, without a stack, code or state', async () => {
    const before = app.logs.lines.length;
    const states: string[] = [];
    const fresh = async () => {
      const { state } = await begin();
      states.push(state);
      return { state, cookie: `${COOKIE}=${state}` };
    };
    const cancelled = await fresh();
    const madeUp = await fresh();
    const answers = [
      await redirect(''),
      await redirect(`error=access_denied&state=${cancelled.state}`, cancelled.cookie),
      await redirect('code=code-verzonnen-1'),
      await redirect('code=code-verzonnen-2&state=vals', `${COOKIE}=vals`),
      await redirect(`code=code-verzonnen-3&state=${encodeURIComponent(madeUp.state)}`, madeUp.cookie),
    ];
    expect(answers.map((r) => r.status)).toEqual([400, 400, 400, 400, 400]);
    const lines = app.logs.lines.slice(before);
    const loud = lines.filter((l) => (JSON.parse(l) as { level: number }).level >= 40);
    expect(loud.map((l) => (JSON.parse(l) as { level: number }).level)).toEqual([40, 40, 40, 40, 40]);
    for (const line of loud) expect(line).not.toMatch(/stack|\\n\s+at /);
    const text = lines.join('\n');
    expect(text).not.toContain('verzonnen');
    for (const state of states) expect(text).not.toContain(state);
  });
});

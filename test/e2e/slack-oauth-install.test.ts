import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { SLACK_BOT_SCOPES } from '../../src/doctor/checks.ts';
import { databaseText } from '../support/database-text.ts';
import { COOKIE, type SlackOAuthHarness, startSlackOAuthHarness } from '../support/slack-oauth-harness.ts';
import { GEMEENTE } from '../support/slack-stand-in.ts';

const clock = manualClock('2026-10-05T06:00:00Z');

/** The beheerder installs Schakel in their Slack workspace: only a trusted redirect stores a token. */
describe('Slack install: consent page, redirect, token stored encrypted', () => {
  let h: SlackOAuthHarness;
  beforeAll(async () => {
    h = await startSlackOAuthHarness(clock);
  });
  afterAll(async () => h?.stop());
  const begin = () => h.begin();
  const redirect = (query: string, cookie?: string) => h.redirect(query, cookie);

  it("GET /slack/install sends the beheerder to Slack's consent page with a state, kept in a cookie", async () => {
    const { res, location, state } = await begin();
    expect(res.status).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe(`${h.slack.url}/oauth/v2/authorize`);
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
      expect(h.slack.callsTo('oauth.v2.access')).toHaveLength(0);
      expect(await h.installations()).toEqual([]);
    });

    it('a HEAD of the redirect (a link checker) is refused as a method these pages do not take, and its code is logged nowhere', async () => {
      const { state } = await begin();
      const res = await fetch(`${h.app.baseUrl}/slack/oauth_redirect?code=code-gemeente&state=${state}`, {
        method: 'HEAD',
        headers: { cookie: `${COOKIE}=${state}` },
      });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET');
      expect((await fetch(`${h.app.baseUrl}/slack/install`, { method: 'HEAD' })).status).toBe(405);
      expect(h.app.logs.text).not.toContain('code-gemeente');
      expect(h.slack.callsTo('oauth.v2.access')).toHaveLength(0);
    });

    it('when the beheerder cancels at Slack: says so', async () => {
      const { state } = await begin();
      const res = await redirect(`error=access_denied&state=${state}`, `${COOKIE}=${state}`);
      expect(await res.text()).toContain('Je hebt de installatie van Schakel in Slack afgebroken');
      expect(await h.installations()).toEqual([]);
    });
  });

  // Before anything is installed: a refused code stores nothing.
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
    expect(h.slack.callsTo('oauth.v2.access').map((c) => c.body.code)).toContain('verzonnen');
    expect(await h.installations()).toEqual([]);
  });

  it('installs the gemeente: the code is traded at Slack, the token stored only encrypted', async () => {
    const res = await h.install('code-gemeente');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Schakel is geïnstalleerd in <strong>Gemeente Oostrand</strong>');
    expect(html).toContain('versleuteld opgeslagen');
    expect(res.headers.get('set-cookie')).toContain(`${COOKIE}=deleted`);

    const exchange = h.slack.callsTo('oauth.v2.access').at(-1);
    expect(exchange?.body).toMatchObject({ code: 'code-gemeente', client_id: '1234.5678' });
    const rows = await h.installations();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('"team_id":"T0GEMEENTE"');
    expect(rows[0]).toContain('"installer_user_id":"U0HANNEKE"');
    expect(rows[0]).not.toContain('xoxb-');
    expect(await databaseText(h.tdb.db)).not.toContain(GEMEENTE.botToken);
    expect(h.app.logs.text).not.toContain(GEMEENTE.botToken);
  });

  it('each failed attempt (anyone can make one) is one warning, without a stack, code or state', async () => {
    const before = h.app.logs.lines.length;
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
    const lines = h.app.logs.lines.slice(before);
    const loud = lines.filter((l) => (JSON.parse(l) as { level: number }).level >= 40);
    expect(loud.map((l) => (JSON.parse(l) as { level: number }).level)).toEqual([40, 40, 40, 40, 40]);
    for (const line of loud) expect(line).not.toMatch(/stack|\\n\s+at /);
    const text = lines.join('\n');
    expect(text).not.toContain('verzonnen');
    for (const state of states) expect(text).not.toContain(state);
  });
});

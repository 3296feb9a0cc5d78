import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { type SlackOAuthHarness, startSlackOAuthHarness } from '../support/slack-oauth-harness.ts';
import { GEMEENTE, GGZ } from '../support/slack-stand-in.ts';
import { waitFor } from '../support/wait-for.ts';

// Monday 5 October 2026, 08:00 in Amsterdam; the werkgroep meets Tuesdays at 14:00, every four weeks.
const clock = manualClock('2026-10-05T06:00:00Z');

/**
 * One werkgroep across two organisations, each in its own Slack workspace (the gemeente and the
 * GGZ): each is sent to with its own token, and an uninstall or revoked token forgets just that one.
 */
describe('Slack in many workspaces: send with the right token, uninstall', () => {
  let h: SlackOAuthHarness;
  beforeAll(async () => {
    h = await startSlackOAuthHarness(clock);
    expect((await h.install('code-gemeente')).status).toBe(200);
  });
  afterAll(async () => h?.stop());
  const event = (teamId: string, e: Record<string, unknown>) => h.event(teamId, e);
  const marker = (teamId: string, user: string, before: number) => h.marker(teamId, user, before);
  const postsTo = (channel: string) => h.postsTo(channel);

  it("answers the gemeente's members with the gemeente's token; a workspace without Schakel gets nothing", async () => {
    const home = {
      type: 'app_home_opened',
      user: 'U0HANNEKE',
      tab: 'home',
      channel: 'D0HANNEKE',
      event_ts: '3',
    };
    expect((await event(GEMEENTE.teamId, home)).status).toBe(200);
    const published = await h.slack.waitFor((c) => c.path === '/api/views.publish');
    expect(published.headers.authorization).toBe(`Bearer ${GEMEENTE.botToken}`);
    expect(JSON.stringify(published.body.view)).toContain('Werkgroep Oost');

    const before = h.slack.calls.length;
    // Bolt finds no installation for it: refused, and no listener runs.
    expect((await event('T0ONBEKEND', { ...home, user: 'U0ANDER' })).status).toBe(401);
    const later = await marker(GEMEENTE.teamId, 'U0RUBEN', before);
    expect(h.slack.calls.slice(before)).toEqual([later]);
  });

  it("the reminder goes out with the gemeente's token; the GGZ, not installed yet, gets nothing", async () => {
    clock.set('2026-10-05T07:00:30Z'); // 09:00:30 the day before the meeting
    await h.app.running.tick();
    const posts = postsTo('C0OOST');
    expect(posts.length).toBeGreaterThan(0);
    expect(JSON.stringify(posts[0]?.body.blocks)).toContain('Morgen: Werkgroep Oost');
    expect(posts.map((p) => p.headers.authorization)).toEqual(posts.map(() => `Bearer ${GEMEENTE.botToken}`));
    expect(postsTo('C0GGZOOST')).toHaveLength(0);
    const { rows } = await h.tdb.db.pool.query(
      `SELECT status, last_error FROM deliveries WHERE workspace = 'T0GGZ' AND kind = 'reminder' AND occurrence = '2026-10-06T14:00'`,
    );
    expect(rows).toEqual([
      { status: 'failed', last_error: 'Schakel is niet (meer) geïnstalleerd in Slack-werkruimte T0GGZ' },
    ]);
  });

  it("once the GGZ installs too, its channel gets the next reminder with the GGZ's own token", async () => {
    expect((await h.install('code-ggz')).status).toBe(200);
    expect(await h.installations()).toHaveLength(2);
    clock.set('2026-11-02T08:00:30Z'); // Monday 09:00:30, winter time
    await h.app.running.tick();
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
    expect((await h.tdb.db.pool.query(pending)).rows[0].n).toBeGreaterThan(0);

    const res = await event(GEMEENTE.teamId, { type: 'app_uninstalled', event_ts: '1790000000.000100' });
    expect(res.status).toBe(200);
    await waitFor(
      'the gemeente to be forgotten',
      async () => !(await h.installations()).some((r) => r.includes('T0GEMEENTE')),
    );

    const rows = await h.installations();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('T0GGZ');
    const links = await h.tdb.db.pool.query(
      `SELECT workspace FROM overleg_channels WHERE platform = 'slack'`,
    );
    expect(links.rows).toEqual([{ workspace: 'T0GGZ' }]);
    expect((await h.tdb.db.pool.query(pending)).rows[0].n).toBe(0);
    const audit = await h.tdb.db.pool.query(
      `SELECT action, subject FROM audit_log WHERE subject = 'T0GEMEENTE'`,
    );
    expect(audit.rows).toEqual([{ action: 'slack_workspace_removed', subject: 'T0GEMEENTE' }]);
  });

  it('a later tick sends nothing to the gemeente, and still reaches the GGZ', async () => {
    const before = h.slack.calls.length;
    clock.set('2026-11-30T08:00:30Z');
    await h.app.running.tick();
    const after = h.slack.calls.slice(before);
    expect(after.filter((c) => c.headers.authorization === `Bearer ${GEMEENTE.botToken}`)).toEqual([]);
    expect(after.some((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'C0GGZOOST')).toBe(
      true,
    );
  });

  it('tokens_revoked: user tokens alone change nothing; the bot token revoked removes the GGZ', async () => {
    const before = h.slack.calls.length;
    await event(GGZ.teamId, { type: 'tokens_revoked', tokens: { oauth: ['U0GGZBEHEER'] }, event_ts: '1' });
    // Still installed: the marker after it is answered with the GGZ's own token.
    const later = await marker(GGZ.teamId, 'U0GGZBEHEER', before);
    expect(later.headers.authorization).toBe(`Bearer ${GGZ.botToken}`);
    expect(await h.installations()).toHaveLength(1);

    await event(GGZ.teamId, { type: 'tokens_revoked', tokens: { bot: [GGZ.botUserId] }, event_ts: '2' });
    await waitFor('the GGZ to be forgotten', async () => (await h.installations()).length === 0);
    expect(await h.installations()).toEqual([]);
    const links = await h.tdb.db.pool.query(`SELECT count(*)::int AS n FROM overleg_channels`);
    expect(links.rows[0].n).toBe(0);
  });
});

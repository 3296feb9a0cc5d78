import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Clock } from '../../src/clock.ts';
import { SLACK_BOT_SCOPES } from '../../src/doctor/checks.ts';
import { linkChannel } from '../../src/store/channels-repo.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { createSlackInstallations } from '../../src/store/slack-installations-store.ts';
import { seedWerkgroep } from './rhythm-fixture.ts';
import { eventCallbackBody, postToSlack } from './slack-requests.ts';
import { GEMEENTE, GGZ, startSlackStandIn } from './slack-stand-in.ts';
import { startTestApp } from './test-app.ts';
import { createTestDatabase } from './test-database.ts';

export const SIGNING_SECRET = 'onderteken-geheim';
export const COOKIE = 'slack-app-oauth-state';

/**
 * Slack installable in many workspaces, before Schakel starts: a fresh database with one werkgroep
 * across two organisations, each in its own workspace: the gemeente (channel C0OOST) and the GGZ
 * (C0GGZOOST); the Slack stand-in (with `standIn` as its options) takes each one's install code.
 * `env` is what Schakel, or its command line, runs with (SLACK_CLIENT_ID set). Nothing is
 * installed yet.
 */
export async function startTwoWorkspaces(standIn: Parameters<typeof startSlackStandIn>[0] = {}) {
  const tdb = await createTestDatabase();
  const slack = await startSlackStandIn({
    ...standIn,
    installs: { 'code-gemeente': GEMEENTE, 'code-ggz': GGZ },
  });
  const w = await seedWerkgroep(tdb.db, { slackTeam: GEMEENTE.teamId, slackChannel: 'C0OOST' });
  await linkChannel(tdb.db.pool, w.overlegId, {
    platform: 'slack',
    workspace: GGZ.teamId,
    channelId: 'C0GGZOOST',
    serviceUrl: null,
  });
  const encryptionKey = randomBytes(32).toString('base64');
  const env: Record<string, string> = {
    SLACK_CLIENT_ID: '1234.5678',
    SLACK_CLIENT_SECRET: 'client-geheim',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_STATE_SECRET: 'status-geheim-van-de-test',
    SCHAKEL_ENCRYPTION_KEY: encryptionKey,
    SLACK_API_URL: slack.apiUrl,
  };
  /** Both workspaces installed with these bot scopes, stored (sealed) as an install stores them. */
  const installBoth = async (clock: Clock, botScopes: string[]) => {
    const installations = createSlackInstallations({ db: tdb.db, clock, encryptionKey });
    for (const i of [GEMEENTE, GGZ]) {
      await installations.save({
        teamId: i.teamId,
        botToken: i.botToken,
        botUserId: i.botUserId,
        botScopes,
        installerUserId: i.installerUserId,
        record: { team: { id: i.teamId, name: i.teamName }, bot: { token: i.botToken } },
      });
    }
  };
  const stop = async () => {
    await slack.close();
    await tdb.drop();
  };
  return { tdb, slack, w, env, installBoth, stop };
}

/**
 * Schakel running with the two workspaces of startTwoWorkspaces, nothing installed yet. The
 * werkgroep meets Tuesdays at 14:00 from 6 October 2026, every four weeks.
 */
export async function startSlackOAuthHarness(clock: Clock) {
  const { tdb, slack, w, env, stop: stopWorkspaces } = await startTwoWorkspaces({ scopes: SLACK_BOT_SCOPES });
  const app = await startTestApp(env, tdb.db, clock);
  const pl = await findMember(tdb.db.pool, w.projectleiderId);
  await app.running.core.rhythm.createSeries(pl, w.overlegId, {
    firstStart: '2026-10-06T14:00',
    everyWeeks: 4,
    durationMinutes: 90,
    location: 'Gemeentehuis, zaal 2',
  });

  const installations = async () =>
    (await tdb.db.pool.query(`SELECT row_to_json(t)::text AS j FROM slack_installations t`)).rows.map(
      (r) => r.j as string,
    );
  const postsTo = (channel: string) =>
    slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);
  /** GET /slack/install, as the beheerder's browser: where it sends them, and the state. */
  const begin = async () => {
    const res = await fetch(`${app.baseUrl}/slack/install`, { redirect: 'manual' });
    const location = new URL(res.headers.get('location') ?? '');
    return { res, location, state: location.searchParams.get('state') ?? '' };
  };
  const redirect = (query: string, cookie?: string) =>
    fetch(`${app.baseUrl}/slack/oauth_redirect?${query}`, { headers: cookie ? { cookie } : {} });
  /** The whole install, in one browser: begun, and back from Slack with this code. */
  const install = async (code: string) => {
    const { state } = await begin();
    return redirect(`code=${code}&state=${encodeURIComponent(state)}`, `${COOKIE}=${state}`);
  };
  const event = (teamId: string, e: Record<string, unknown>) =>
    postToSlack(`${app.baseUrl}/slack/events`, SIGNING_SECRET, eventCallbackBody(teamId, e), {
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
  const stop = async () => {
    await app.stop();
    await stopWorkspaces();
  };
  return { tdb, slack, app, w, installations, postsTo, begin, redirect, install, event, marker, stop };
}

export type SlackOAuthHarness = Awaited<ReturnType<typeof startSlackOAuthHarness>>;

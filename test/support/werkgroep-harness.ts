import type { Clock } from '../../src/clock.ts';
import type { Database } from '../../src/store/database.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { seedWerkgroep } from './rhythm-fixture.ts';
import { STAND_IN_TEAM, startSlackStandIn } from './slack-stand-in.ts';
import { startTeamsConnectorStandIn } from './teams-connector-stand-in.ts';
import { startTeamsIdentityStandIn } from './teams-identity-stand-in.ts';
import { startTestApp, type TestApp } from './test-app.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export type Platform = 'slack' | 'teams';

export interface HarnessOptions {
  /** The Slack signing secret the test signs its requests with. */
  readonly secret?: string;
  readonly clock?: Clock;
  readonly env?: Record<string, string>;
  /** The platforms Schakel is configured for (both when left out); both stand-ins always run. */
  readonly platforms?: readonly Platform[];
  /** The scopes the Slack stand-in says the bot token has (everything when left out). */
  readonly slackScopes?: readonly string[];
  /** Slack users' locales as users.info tells them ("en-US"); "nl-NL" for the others. */
  readonly slackLocales?: Readonly<Record<string, string>>;
  /** Slack users' display names as users.info gives them. */
  readonly slackNames?: Readonly<Record<string, string>>;
  /**
   * Teams tokens checked as in production, against a stand-in identity (`identity` signs them);
   * otherwise Schakel runs with TEAMS_SKIP_AUTH.
   */
  readonly teamsAuth?: boolean;
}

type StandIns = {
  readonly slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  readonly teams: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
};

/**
 * A fresh database, both platform stand-ins, whatever `seed` puts in the database, and the real
 * Schakel running with the chosen platforms configured against the stand-ins.
 */
export async function startHarness<Seeded>(
  opts: HarnessOptions,
  seed: (db: Database, standIns: StandIns) => Promise<Seeded>,
) {
  const platforms = opts.platforms ?? ['slack', 'teams'];
  const tdb: TestDatabase = await createTestDatabase();
  const slack = await startSlackStandIn({
    ...(opts.slackScopes ? { scopes: opts.slackScopes } : {}),
    ...(opts.slackLocales ? { locales: opts.slackLocales } : {}),
    ...(opts.slackNames ? { names: opts.slackNames } : {}),
  });
  const teams = await startTeamsConnectorStandIn();
  const identity = opts.teamsAuth ? await startTeamsIdentityStandIn() : undefined;
  const seeded = await seed(tdb.db, { slack, teams });
  const app: TestApp = await startTestApp(
    {
      ...(platforms.includes('slack')
        ? {
            SLACK_BOT_TOKEN: 'xoxb-test-token',
            SLACK_SIGNING_SECRET: opts.secret ?? 'harness-signing-secret',
            SLACK_API_URL: slack.apiUrl,
          }
        : {}),
      ...(platforms.includes('teams') ? (identity?.env ?? { TEAMS_SKIP_AUTH: 'true' }) : {}),
      ...opts.env,
    },
    tdb.db,
    opts.clock,
    { teamsIdentity: identity?.identity },
  );
  return {
    tdb,
    slack,
    teams,
    identity,
    app,
    seeded,
    async stop() {
      await app.stop();
      await slack.close();
      await teams.close();
      await identity?.close();
      await tdb.drop();
    },
  };
}

/**
 * The usual end-to-end set-up: the fictional Werkgroep Oost linked to a Slack channel (C0OOST)
 * and a Teams channel, each only when Schakel is configured for that platform.
 */
export async function startWerkgroepHarness(opts: HarnessOptions) {
  const platforms = opts.platforms ?? ['slack', 'teams'];
  const h = await startHarness(opts, (db, { teams }) =>
    seedWerkgroep(db, {
      slackTeam: STAND_IN_TEAM,
      ...(platforms.includes('slack') ? { slackChannel: 'C0OOST' } : {}),
      ...(platforms.includes('teams') ? { teamsServiceUrl: teams.serviceUrl } : {}),
    }),
  );
  return { ...h, w: h.seeded };
}

export type WerkgroepHarness = Awaited<ReturnType<typeof startWerkgroepHarness>>;

/**
 * Werkgroep Oost as in production on both platforms: Teams tokens validated against a stand-in identity,
 * only `tenant` served, and a four-weekly series from Tuesday 6 October 2026, 14:00, so a command has a
 * meeting to work on.
 */
export async function startWerkgroepWithSeries(opts: { secret: string; clock: Clock; tenant: string }) {
  const h = await startWerkgroepHarness({
    secret: opts.secret,
    clock: opts.clock,
    teamsAuth: true,
    env: { TEAMS_TENANT_ID: opts.tenant },
  });
  await withTuesdaySeries(h);
  return h;
}

/** The werkgroep's projectleider makes its four-weekly series from Tuesday 6 October 2026, 14:00-15:30. */
export async function withTuesdaySeries(h: WerkgroepHarness): Promise<void> {
  const pl = await findMember(h.tdb.db.pool, h.w.projectleiderId);
  await h.app.running.core.rhythm.createSeries(pl, h.w.overlegId, {
    firstStart: '2026-10-06T14:00',
    durationMinutes: 90,
  });
}

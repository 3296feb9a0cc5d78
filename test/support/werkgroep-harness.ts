import type { Clock } from '../../src/clock.ts';
import { seedWerkgroep } from './rhythm-fixture.ts';
import { STAND_IN_TEAM, startSlackStandIn } from './slack-stand-in.ts';
import { startTeamsConnectorStandIn } from './teams-connector-stand-in.ts';
import { startTestApp, type TestApp } from './test-app.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/**
 * The usual end-to-end set-up: a fresh database, both platform stand-ins, the fictional
 * Werkgroep Oost linked to a Slack channel (C0OOST) and a Teams channel, and the real
 * Schakel running with Slack and Teams configured against the stand-ins.
 */
export async function startWerkgroepHarness(opts: {
  secret: string;
  clock?: Clock;
  env?: Record<string, string>;
}) {
  const tdb: TestDatabase = await createTestDatabase();
  const slack = await startSlackStandIn();
  const teams = await startTeamsConnectorStandIn();
  const w = await seedWerkgroep(tdb.db, {
    slackTeam: STAND_IN_TEAM,
    slackChannel: 'C0OOST',
    teamsServiceUrl: teams.serviceUrl,
  });
  const app: TestApp = await startTestApp(
    {
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: opts.secret,
      SLACK_API_URL: slack.apiUrl,
      TEAMS_SKIP_AUTH: 'true',
      ...opts.env,
    },
    tdb.db,
    opts.clock,
  );
  return {
    tdb,
    slack,
    teams,
    app,
    w,
    async stop() {
      await app.stop();
      await slack.close();
      await teams.close();
      await tdb.drop();
    },
  };
}

export type WerkgroepHarness = Awaited<ReturnType<typeof startWerkgroepHarness>>;

import { addMember } from './fixtures.ts';
import type { RecordedCall } from './recording-server.ts';
import { postActivity } from './teams-activities.ts';
import { startTeamsConnectorStandIn } from './teams-connector-stand-in.ts';
import { startTeamsIdentityStandIn, type TeamsIdentityStandIn } from './teams-identity-stand-in.ts';
import { startTestApp, type TestApp } from './test-app.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export type TeamsConnectorStandIn = Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;

export interface TeamsOverHttp {
  readonly tdb: TestDatabase;
  readonly connector: TeamsConnectorStandIn;
  readonly app: TestApp;
  /** What Schakel sent (already or still to come) to the conversation `activity` came from. */
  replyTo(activity: { conversation: { id: string } }): Promise<RecordedCall>;
  /** Stops Schakel and the connector, and drops the database (not the identity it was given). */
  stop(): Promise<void>;
}

/**
 * Schakel started with `env` on its own test database, Teams over real HTTP, with the Bot
 * Framework connector stand-in to answer on. With `lotteIn` (a tenant), Lotte Brummelman of
 * Werkgroep Oost is a member there as 29:lotte. With `identity`, Teams tokens are checked against
 * that stand-in (start Schakel with its `env`).
 */
export async function startTeamsOverHttp(
  env: Record<string, string>,
  opts: { lotteIn?: string; identity?: TeamsIdentityStandIn } = {},
): Promise<TeamsOverHttp> {
  const tdb = await createTestDatabase();
  let connector: TeamsConnectorStandIn | undefined;
  try {
    connector = await startTeamsConnectorStandIn();
    if (opts.lotteIn)
      await addMember(tdb.db, {
        name: 'Lotte Brummelman',
        identities: [{ platform: 'teams', workspace: opts.lotteIn, userId: '29:lotte' }],
        overleg: 'Werkgroep Oost',
      });
    const app = await startTestApp(env, tdb.db, undefined, { teamsIdentity: opts.identity?.identity });
    const started = connector;
    return {
      tdb,
      connector,
      app,
      replyTo: (activity) =>
        started.waitFor((c) => c.path.startsWith(`/v3/conversations/${activity.conversation.id}/`)),
      async stop() {
        await app.stop();
        await started.close();
        await tdb.drop();
      },
    };
  } catch (err) {
    await connector?.close();
    await tdb.drop();
    throw err;
  }
}

export interface SignedTeamsOverHttp extends TeamsOverHttp {
  readonly identity: TeamsIdentityStandIn;
  /** Posts `activity` to Schakel with the token the Bot Framework signs for it. */
  post(activity: unknown): Promise<Response>;
}

/**
 * Schakel checking Teams tokens as in production, against its own identity stand-in
 * (teams-identity-stand-in.ts), over real HTTP with the connector stand-in; `lotteIn` as for
 * startTeamsOverHttp, `env` added to Schakel's. `stop` stops the identity too.
 */
export async function startSignedTeamsOverHttp(
  opts: { lotteIn?: string; env?: Record<string, string> } = {},
): Promise<SignedTeamsOverHttp> {
  const identity = await startTeamsIdentityStandIn();
  try {
    const teams = await startTeamsOverHttp(
      { ...identity.env, ...opts.env },
      { lotteIn: opts.lotteIn, identity },
    );
    return {
      ...teams,
      identity,
      post: (activity) => postActivity(teams.app.baseUrl, activity, identity.authorization(activity)),
      async stop() {
        await teams.stop();
        await identity.close();
      },
    };
  } catch (err) {
    await identity.close();
    throw err;
  }
}

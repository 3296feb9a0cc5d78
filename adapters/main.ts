import { type Clock, systemClock } from '../src/clock.ts';
import type { Config } from '../src/config.ts';
import { createCore } from '../src/core.ts';
import type { Logger } from '../src/logger.ts';
import { createMetrics } from '../src/metrics.ts';
import { type Database, openDatabase } from '../src/store/database.ts';
import { migrate } from '../src/store/migrate.ts';
import { seedDemo } from '../src/store/seed-demo.ts';
import { healthRoutes } from './http/health-routes.ts';
import { type HttpServer, startHttpServer } from './http/server.ts';
import { createSlackAdapter } from './slack/slack-app.ts';
import { createTeamsAdapter } from './teams/teams-app.ts';

export interface RunningSchakel {
  readonly port: number;
  readonly url: string;
  readonly localChatUrl: string | undefined;
  readonly db: Database;
  stop(): Promise<void>;
}

/**
 * The composition root: configuration in, a running Schakel out. Everything is
 * built here once and passed down; nothing below reads the environment.
 */
export async function startSchakel(
  config: Config,
  deps: { logger: Logger; clock?: Clock; database?: Database },
): Promise<RunningSchakel> {
  const { logger } = deps;
  const clock = deps.clock ?? systemClock;
  const db = deps.database ?? (await openDatabase(config.database, logger));
  let http: HttpServer | undefined;
  const stoppers: Array<() => Promise<void>> = [];
  let stopping = false;

  try {
    const applied = await migrate(db);
    if (applied.length > 0) logger.info({ applied }, 'migraties toegepast');
    if (config.seedDemo && (await seedDemo(db))) logger.info('demoregio met fictieve leden aangemaakt');

    const metrics = createMetrics();
    const core = createCore({ db, clock, logger });
    const routes = healthRoutes(db, metrics, () => stopping);
    const slack = config.slack ? createSlackAdapter(config.slack, { core, logger, metrics }) : undefined;
    const teams = config.teams
      ? createTeamsAdapter(config.teams, config.localChat, { core, logger, metrics })
      : undefined;
    if (slack) routes.push(...slack.routes);
    if (teams) routes.push(...teams.routes);

    http = await startHttpServer({ port: config.port, host: config.host, routes, metrics, logger });
    if (slack) {
      await slack.start();
      stoppers.push(() => slack.stop());
    }
    if (teams) {
      await teams.start(http.port);
      stoppers.push(() => teams.stop());
    }
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${http.port}`;
    const server = http;
    return {
      port: http.port,
      url,
      localChatUrl: teams?.localChatUrl,
      db,
      async stop() {
        if (stopping) return;
        stopping = true;
        await server.close();
        for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
        if (!deps.database) await db.close();
      },
    };
  } catch (err) {
    await http?.close(0);
    if (!deps.database) await db.close().catch(() => undefined);
    throw err;
  }
}

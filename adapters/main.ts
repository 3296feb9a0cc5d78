import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { type DirectNotifier, routeDirect } from '../src/checkin/direct-notifier.ts';
import { type Clock, movableClock, systemClock } from '../src/clock.ts';
import type { Config } from '../src/config.ts';
import { type Core, createCore } from '../src/core.ts';
import { publishDemoDigest } from '../src/demo-digest.ts';
import { seedDemoOnStart } from '../src/demo-on-start.ts';
import { routeReplies } from '../src/jobs/command-replier.ts';
import { LATE_AFTER_MS } from '../src/jobs/deliver-due.ts';
import { routeByPlatform } from '../src/jobs/notifier.ts';
import { type Retention, startRetention } from '../src/jobs/retention.ts';
import { startTicker, tickAndSettle } from '../src/jobs/ticker.ts';
import type { Logger } from '../src/logger.ts';
import { words } from '../src/messages/catalogue/words.ts';
import { privacyStatementUrl } from '../src/messages/legal-page.ts';
import { createMetrics, type Metrics } from '../src/metrics.ts';
import { createGuard, type Guard } from '../src/privacy/guard.ts';
import { loadPhoneLibrary } from '../src/privacy/phone.ts';
import { type Database, openDatabase } from '../src/store/database.ts';
import { deliveryBacklog, firstDueUntil } from '../src/store/deliveries-repo.ts';
import { handledRequests } from '../src/store/handled-requests-repo.ts';
import { migrate } from '../src/store/migrate.ts';
import { retentionStore } from '../src/store/retention-repo.ts';
import { schedulerStore } from '../src/store/scheduler-store.ts';
import { pointDemoTenantAt } from '../src/store/seed-demo.ts';
import { createSlackInstallations } from '../src/store/slack-installations-store.ts';
import { unknownMigrations } from '../src/store/unknown-migrations.ts';
import { digestFilesRoute } from './http/digest-files-route.ts';
import { healthRoutes } from './http/health-routes.ts';
import { icsRoute } from './http/ics-route.ts';
import { legalRoutes } from './http/legal-pages.ts';
import { localUrl } from './http/local-url.ts';
import { type HttpServer, startHttpServer } from './http/server.ts';
import { thisMachineOnly } from './http/this-machine-only.ts';
import { startLocalChat } from './local-chat/local-chat.ts';
import { watchProcessFaults } from './process-faults.ts';
import { createLocalChatGate } from './teams/local-chat-gate.ts';
import type { TeamsIdentity } from './teams/teams-app.ts';

export interface RunningSchakel {
  readonly port: number;
  /** Runs one scheduler tick now and waits for the planning it started (tests drive it with their own clock). */
  tick(): Promise<void>;
  readonly url: string;
  readonly localChatUrl: string | undefined;
  readonly db: Database;
  readonly core: Core;
  stop(): Promise<void>;
}

/**
 * The composition root: configuration in, a running Schakel out. Everything is
 * built here once and passed down; nothing below reads the environment.
 */
export async function startSchakel(
  config: Config,
  deps: {
    logger: Logger;
    clock?: Clock;
    database?: Database;
    cron?: boolean;
    /** Runs after an uncaught exception has been logged (see process-faults.ts). */
    onFatal?: (err: Error) => void;
    /** Teams' identity endpoints; the SDK's public cloud when left out (tests bring their own). */
    teamsIdentity?: TeamsIdentity;
    /** How long an upload to OneDrive may take; tests name a short one. */
    teamsUploadTimeoutMs?: number;
  },
): Promise<RunningSchakel> {
  const { logger } = deps;
  // In local mode the page can move time ahead ("Bijeenkomst afronden"); nowhere else.
  const localClock = config.localChat.enabled ? movableClock(deps.clock ?? systemClock) : undefined;
  const clock = localClock ?? deps.clock ?? systemClock;
  const db = deps.database ?? (await openDatabase(config.database, logger));
  let http: HttpServer | undefined;
  const stoppers: Array<() => Promise<void>> = [];
  let stopping = false;
  let unwatch: (() => void) | undefined;
  let retention: Retention | undefined;

  try {
    const applied = await migrate(db);
    if (applied.length > 0) logger.info({ applied }, 'migraties toegepast');
    // A newer Schakel made or updated this database (a downgrade, or an older replica during a rolling
    // upgrade): said once, loudly, and not refused, so the older replica keeps serving until it is replaced.
    const newer = await unknownMigrations(db);
    if (newer[0] !== undefined) {
      const said = words().cli.store;
      logger.warn(
        { migrations: newer },
        `${said.migrationNewerWhat(newer[0])}. ${said.migrationNewerAdvice}`,
      );
    }
    const seeded = await seedDemoOnStart(config, db, clock.now(), logger);

    const metrics = createMetrics({
      backlog: () => deliveryBacklog(db.pool, clock.now(), LATE_AFTER_MS),
    });
    unwatch = watchProcessFaults({ logger, metrics, onFatal: deps.onFatal });
    stoppers.push(async () => unwatch?.());
    const handled = handledRequests(db);
    // A slow command's answer is queued for now: this replica's scheduler (if it runs one) starts on it at once.
    let wake = (): void => undefined;
    // The direct messages' platforms start after the core; vergeet-mij changes sent cards through them.
    let direct: DirectNotifier | undefined;
    const core = createCore({
      db,
      clock,
      logger,
      guard: countedGuard(createGuard({ ...config.privacy, now: () => clock.now() }), metrics),
      publicUrl: config.publicUrl,
      timeZone: config.timeZone,
      ai: config.ai,
      wake: () => wake(),
      sentCards: () => direct,
      onSeriesNotPlanned: () => metrics.seriesNotPlanned.inc({ when: 'change' }),
    });
    const ownRoutes = [
      ...healthRoutes(db, metrics, () => stopping),
      icsRoute(core.publicFiles),
      digestFilesRoute(core.publicFiles),
      ...legalRoutes(config),
    ];
    // Local mode: only this machine's own names get an answer (no DNS rebinding).
    const routes = config.localChat.enabled
      ? thisMachineOnly(ownRoutes, config.host, { logger, metrics })
      : ownRoutes;
    // Many Slack workspaces: their installations, tokens sealed with SCHAKEL_ENCRYPTION_KEY.
    const installations = config.slack?.oauth
      ? createSlackInstallations({ db, clock, encryptionKey: config.slack.oauth.encryptionKey })
      : undefined;
    // Slack and Teams stamp a request with real time; the business clock may be moved (local mode, tests).
    const edge = { core, logger, metrics, handled, requestClock: systemClock };
    const slackPlatform = config.slack ? await import('./slack/platform.ts') : undefined;
    const slack =
      config.slack && slackPlatform
        ? slackPlatform.createSlackAdapter(config.slack, { ...edge, installations, clock })
        : undefined;
    const slackSend =
      config.slack && slackPlatform
        ? { apiUrl: config.slack.apiUrl, tokenFor: slackPlatform.tokenResolver(config.slack, installations) }
        : undefined;
    const teamsPlatform = config.teams ? await import('./teams/platform.ts') : undefined;
    // Local mode: /api/messages checks no Bot Framework token, so only the local chat may post there.
    const localGate = config.teams?.localChatOnly ? createLocalChatGate(config.host) : undefined;
    const teams =
      config.teams && teamsPlatform
        ? teamsPlatform.createTeamsAdapter(config.teams, {
            ...edge,
            identity: deps.teamsIdentity,
            uploadTimeoutMs: deps.teamsUploadTimeoutMs,
            host: config.host,
            production: config.env === 'production',
            localChat: localGate,
          })
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
    const notifier = routeByPlatform({
      slack: slackSend && slackPlatform ? slackPlatform.slackNotifier(slackSend) : undefined,
      teams: teams && teamsPlatform ? teamsPlatform.teamsNotifier(teams.app) : undefined,
    });
    // The check-in's direct messages to one member, on the platform where they have an identity.
    direct = routeDirect({
      slack: slackSend && slackPlatform ? slackPlatform.slackDirectNotifier(slackSend) : undefined,
      teams: teams && teamsPlatform ? teamsPlatform.teamsDirectNotifier(teams.app) : undefined,
    });
    const ticker = startTicker({
      store: schedulerStore(db),
      notifier,
      direct,
      digest: core.deliveries.digest,
      commands: core.deliveries.commands,
      replies: routeReplies({
        slack: slackSend && slackPlatform ? slackPlatform.slackCommandReplier(slackSend) : undefined,
        teams: teams && teamsPlatform ? teamsPlatform.teamsCommandReplier(teams.app, logger) : undefined,
      }),
      clock,
      logger: logger.child({ component: 'planner' }),
      worker: `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`,
      timeZone: config.timeZone,
      cron: deps.cron === false || !config.scheduler.enabled ? false : config.scheduler.cron,
      leaseMs: config.scheduler.leaseMs,
      onOutcome: (kind, outcome) => metrics.deliveries.inc({ kind, outcome }),
      onSeriesNotPlanned: () => metrics.seriesNotPlanned.inc({ when: 'planning' }),
    });
    if (config.scheduler.enabled) wake = () => void ticker.wake();
    // The bewaartermijn holds with the scheduler switched off too (an HTTP-only replica).
    const bewaartermijn = startRetention({
      store: retentionStore(db),
      clock,
      months: config.retentionMonths,
      logger: logger.child({ component: 'bewaartermijn' }),
    });
    retention = bewaartermijn;
    stoppers.push(() => bewaartermijn.stop());
    // A tick asked for (tests, the local chat's moved clock) also runs the bewaartermijn when due.
    const tick = async () => {
      await tickAndSettle(ticker);
      await bewaartermijn.runIfDue();
    };
    const url = localUrl(config.host, http.port);
    const server = http;
    const localChat =
      localClock && teams
        ? await startLocalChat({
            port: config.localChat.port,
            host: config.host,
            messagesUrl: `${localUrl(config.host, http.port, '127.0.0.1')}/api/messages`,
            authorization: localGate?.authorization,
            core,
            clock: localClock,
            tick,
            firstDueUntil: (until) => firstDueUntil(db.pool, until),
            logger: logger.child({ component: 'lokale-chat' }),
            timeZone: config.timeZone,
            ownUrls: [url, ...(config.publicUrl ? [config.publicUrl] : [])],
            privacyUrl: privacyStatementUrl(url) ?? url,
          })
        : undefined;
    if (localChat) {
      stoppers.push(() => localChat.stop());
      localGate?.pinServiceUrl(localChat.connectorUrl);
      await pointDemoTenantAt(db.pool, localChat.connectorUrl);
      // The demo's published digest goes through the same review as any (until it is published once);
      // one it cannot publish (# Stuurgroep unlinked since) stops no start.
      if (seeded)
        await publishDemoDigest(core, clock.now()).then(
          () => logger.info(words('nl').cli.demo.digestPublished),
          (err: Error) => logger.warn({ reason: err.message }, 'demo-samenvatting niet gepubliceerd'),
        );
      await localChat.install();
    }
    // What start-up left for later (kept off the way to /healthz) loads once the server answers.
    setTimeout(loadPhoneLibrary, 1_000).unref();
    return {
      port: http.port,
      url,
      localChatUrl: localChat?.url,
      db,
      core,
      tick,
      async stop() {
        if (stopping) return;
        stopping = true;
        await ticker.stop();
        await server.close();
        for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
        if (!deps.database) await db.close();
      },
    };
  } catch (err) {
    unwatch?.();
    await retention?.stop();
    await http?.close(0);
    if (!deps.database) await db.close().catch(() => undefined);
    throw err;
  }
}

/** The guard, each text it reads counted on /metrics (schakel_guard_texts_read_total). */
function countedGuard(guard: Guard, metrics: Metrics): Guard {
  return {
    ...guard,
    check(fields) {
      let texts = 0;
      try {
        texts = Object.values(fields).filter((text) => typeof text === 'string').length;
      } catch {
        // Fields that cannot even be read: the guard itself refuses them (fail closed), not this count.
      }
      metrics.guardReads.inc(texts);
      guard.check(fields);
    },
  };
}

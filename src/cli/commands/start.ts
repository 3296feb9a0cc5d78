import type { Config } from '../../config.ts';
import { configSecrets } from '../../config-secrets.ts';
import { createLogger } from '../../logger.ts';
import { words } from '../../messages/catalogue/words.ts';
import { withLocale } from '../../messages/locale.ts';
import { sharesServerConnections } from '../../store/pooler-probe.ts';
import type { CliCommand } from '../command.ts';
import { openServerDatabase, reachDatabase, readConfig } from '../context.ts';
import { refuseArguments } from '../flags.ts';
import { parentGone } from '../parent-watch.ts';
import { stopSignals } from '../stop-signals.ts';

export const startCommand: CliCommand = {
  name: 'start',
  summary: {
    nl: 'start Schakel (server, chat-koppelingen, planner)',
    en: 'start Schakel (server, chat adapters, scheduler)',
  },
  async run(args, io) {
    const refused = refuseArguments(args, io);
    if (refused !== null) return refused;
    const config = readConfig(io);
    if (!config) return 78;
    const logger = createLogger(config.logLevel, undefined, configSecrets(config));
    // Listened for from the beginning: Ctrl-C or a stop during start-up lets the start finish and
    // then stops cleanly, instead of killing the embedded database half-way (the next start would
    // have to recover it). The one signal a process group got, arriving twice (from the shell and
    // from npm), counts once; a second later is told about and otherwise ignored; a
    // third ends Schakel at once (src/cli/stop-signals.ts).
    const stopSignal = Promise.race(
      [
        stopSignals(
          process,
          (signal, left) =>
            logger.warn({ signal }, `Schakel is al aan het stoppen; nog ${left} keer om meteen te stoppen`),
          (code) => process.exit(code),
        ),
        parentGone(io.env),
      ].filter((p): p is Promise<string> => p !== null),
    );
    // The database opens (the embedded one reads and compiles PGlite's WebAssembly) while the
    // server's modules load. The composition root lives with the adapters: src/ never imports a
    // platform SDK.
    const [root, opened] = await Promise.allSettled([
      import('../../../adapters/main.ts'),
      openServerDatabase(config, logger),
    ]);
    if (opened.status === 'rejected') throw opened.reason;
    const db = opened.value;
    await reachDatabase(db).catch(async (err: unknown) => {
      await db.close().catch(() => undefined);
      throw err;
    });
    // Behind a pooler in transaction pooling requests would fail now and then: said at once, in
    // one sentence; `schakel doctor` explains why (src/store/pooler-probe.ts).
    if (config.database.kind === 'postgres' && (await sharesServerConnections(db).catch(() => false)))
      logger.error(words(io.english ? 'en' : 'nl').cli.start.transactionPooler);
    if (root.status === 'rejected') {
      await db.close().catch(() => undefined);
      throw root.reason;
    }
    let stop: (() => Promise<void>) | undefined;
    const running = await root.value
      .startSchakel(config, {
        logger,
        database: db,
        // After an uncaught exception: finish what can be finished, then exit so the supervisor restarts.
        onFatal: () => {
          const bounded = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
          void Promise.race([stop?.(), bounded]).finally(() => process.exit(70));
        },
      })
      .catch(async (err: unknown) => {
        await db.close().catch(() => undefined);
        throw err;
      });
    stop = async () => {
      await running.stop();
      await db.close();
    };
    const listen = `${config.host.includes(':') ? `[${config.host}]` : config.host}:${running.port}`;
    logger.info(
      { url: running.url, listen, localChat: running.localChatUrl, database: running.db.kind },
      withLocale(io.english ? 'en' : 'nl', () => startLine(running, config, listen)),
    );
    const why = await stopSignal;
    // A signal's name, or why Schakel stops without one ("npm is gestopt": see parent-watch.ts).
    logger.info(
      why.startsWith('SIG') ? { signal: why } : { reason: why },
      'Schakel stopt: lopend werk wordt afgemaakt',
    );
    await stop();
    logger.info('Schakel is gestopt');
    return 0;
  },
};

/**
 * Where Schakel can be reached. The url names this machine (localhost for all addresses); when it
 * listens on every address, as in production without HOST, the line says so with that address.
 * Without Slack or Teams (a first trial) the line also says which database it uses and where the
 * guides to add a platform are: otherwise that start says nothing about what comes next.
 */
function startLine(
  running: { url: string; localChatUrl?: string },
  config: Pick<Config, 'host' | 'slack' | 'teams' | 'database'>,
  listen: string,
): string {
  const w = words().cli.start;
  const alone = !config.slack && !config.teams?.clientId;
  const database =
    config.database.kind === 'embedded' ? w.embeddedDatabase(config.database.dataDir) : w.ownDatabase;
  const line = running.localChatUrl
    ? alone
      ? w.aloneWithLocalChat(running.localChatUrl, running.url, database)
      : w.runningWithLocalChat(running.localChatUrl, running.url)
    : alone
      ? w.alone(w.running(running.url), database)
      : w.running(running.url);
  const everywhere = config.host === '0.0.0.0' || config.host === '::';
  if (!everywhere) return line;
  return line.endsWith('.')
    ? `${line} ${w.listensEverywhereSentence(listen)}`
    : `${line}; ${w.listensEverywhere(listen)}`;
}

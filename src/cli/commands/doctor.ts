import { resolve } from 'node:path';
import {
  type CheckResult,
  configurationChecks,
  missingSlackScopes,
  slackWorkspacesCheck,
} from '../../doctor/checks.ts';
import { createLogger } from '../../logger.ts';
import { words } from '../../messages/catalogue/words.ts';
import { DataDirLocked } from '../../store/data-dir-lock.ts';
import { openDatabase, ping } from '../../store/database.ts';
import { explicitSslMode } from '../../store/database-ssl.ts';
import { changedMigrations, pendingMigrations } from '../../store/migrate.ts';
import { sharesServerConnections } from '../../store/pooler-probe.ts';
import { countInstallations } from '../../store/slack-installations-repo.ts';
import { unknownMigrations } from '../../store/unknown-migrations.ts';
import type { CliCommand } from '../command.ts';
import { missingEmbeddedDatabase, readConfig } from '../context.ts';
import { databaseReason, refusalText } from '../database-reach.ts';
import { folderProblem } from '../file-problems.ts';
import { refuseArguments } from '../flags.ts';
import { networkReason } from '../network-problems.ts';

/**
 * `schakel doctor`: checks configuration, database, migrations, the Slack token and its scopes,
 * and the Teams settings, and says in plain words what is wrong and how to fix it. It changes
 * nothing (no migrations are applied).
 */
export const doctorCommand: CliCommand = {
  name: 'doctor',
  summary: {
    nl: 'controleer de installatie en zeg wat er mis is',
    en: 'check the installation and say what is wrong',
  },
  async run(args, io) {
    const refused = refuseArguments(args, io);
    if (refused !== null) return refused;
    const english = io.english === true;
    const said = words(english ? 'en' : 'nl').cli;
    const config = readConfig(io);
    if (!config) return 78;
    const results: CheckResult[] = [...configurationChecks(config, io.env, english ? 'en' : 'nl')];
    const ssl =
      config.database.kind === 'postgres' ? explicitSslMode(config.database.url, english) : undefined;
    if (ssl?.meaning) results.push({ ok: true, note: true, what: `Database: ${ssl.meaning}` });
    const logger = createLogger('silent');

    // Run in the wrong folder, doctor would otherwise make a new empty database and call it well.
    let heldByServer = false;
    const missing = missingEmbeddedDatabase(config);
    if (missing !== undefined)
      results.push({ ok: false, what: said.store.noDatabaseWhat(missing), fix: said.store.noDatabaseAdvice });
    else
      try {
        const db = await openDatabase(config.database, logger);
        try {
          await ping(db);
          results.push({
            ok: true,
            what:
              config.database.kind === 'postgres'
                ? said.doctor.databaseReachedKind(true)
                : said.doctor.databaseReachedIn(resolve(config.database.dataDir)),
          });
          if (config.database.kind === 'postgres' && (await sharesServerConnections(db)))
            results.push({
              ok: false,
              what: said.doctor.transactionPooler,
              fix: said.doctor.fixTransactionPooler,
            });
          // A migration applied by another version of Schakel (start and migrate refuse this
          // database), or one this version does not know (a newer Schakel made or updated it).
          const changed = await changedMigrations(db);
          const unknown = await unknownMigrations(db);
          const store = said.store;
          results.push(
            ...changed.map((name) => ({
              ok: false,
              what: store.migrationChangedWhat(name),
              fix: store.migrationChangedAdvice,
            })),
            ...unknown.map((name) => ({
              ok: false,
              what: store.migrationNewerWhat(name),
              fix: store.migrationNewerAdvice,
            })),
          );
          const pending = await pendingMigrations(db);
          if (pending.length > 0)
            results.push({
              ok: false,
              what: said.doctor.migrationsPending(pending.join(', ')),
              fix: said.doctor.fixMigrations,
            });
          else if (changed.length === 0 && unknown.length === 0)
            results.push({ ok: true, what: said.doctor.migrationsApplied });
          if (config.slack?.oauth) {
            const count = await countInstallations(db.pool).catch(() => undefined);
            results.push(slackWorkspacesCheck(count, config.publicUrl, english ? 'en' : 'nl'));
          }
        } finally {
          await db.close();
        }
      } catch (err) {
        // The running server holds the folder: nothing wrong with the database, only not checked now.
        if (err instanceof DataDirLocked) {
          heldByServer = true;
          results.push({
            ok: true,
            note: true,
            what: said.store.dataDirHeldWhat(err.dir, err.pid),
            fix: said.store.dataDirHeldCheck,
          });
        } else
          results.push({
            ok: false,
            what: said.doctor.databaseReached,
            fix:
              refusalText(
                err,
                english,
                config.database.kind === 'postgres' ? config.database.url : undefined,
              ) ??
              folderProblem(err, english) ??
              said.database.check(databaseReason(err, english)),
          });
      }

    // With many workspaces each brings its own token (counted above); else test the one token.
    if (config.slack && !config.slack.oauth) {
      // The Slack check uses the platform SDK, which lives with the adapters.
      const { slackProbes } = await import('../../../adapters/doctor-probes.ts');
      const answer = await slackProbes.slackScopes(config.slack);
      if ('error' in answer) {
        results.push({
          ok: false,
          what: said.doctor.slackToken,
          // No answer is a network problem, not a wrong token: the token is only blamed when Slack says so.
          fix:
            answer.cause === undefined
              ? said.doctor.slackRefusedToken(answer.error)
              : said.doctor.slackUnreachable(networkReason(answer.cause, english) ?? answer.error),
        });
      } else {
        const missing = missingSlackScopes(answer.scopes);
        results.push(
          missing.length === 0
            ? { ok: true, what: said.doctor.slackScopesAll }
            : {
                ok: false,
                what: said.doctor.slackScopesMissing(missing.join(', ')),
                fix: said.doctor.fixSlackScopes,
              },
        );
      }
    }

    for (const r of results)
      io.stdout.write(`${r.note ? 'ℹ' : r.ok ? '✔' : '✖'} ${r.what}${r.fix ? `\n    → ${r.fix}` : ''}\n`);
    const bad = results.filter((r) => !r.ok).length;
    const allWell = heldByServer ? said.store.allWellButDatabase : said.doctor.allWell;
    io.stdout.write(`\n${bad === 0 ? allWell : said.doctor.toFix(bad)}\n`);
    return bad === 0 ? 0 : 1;
  },
};

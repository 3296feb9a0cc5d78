import { systemClock } from '../../clock.ts';
import { decodeCsv, parseMembersCsv, type RowProblem } from '../../members/csv-import.ts';
import { importMembers } from '../../members/import-members.ts';
import { words } from '../../messages/catalogue/words.ts';
import { withLocale } from '../../messages/locale.ts';
import { createGuard } from '../../privacy/guard.ts';
import { channelsOf } from '../../store/channels-repo.ts';
import { findOverlegByName, memberImportStore, regionExists } from '../../store/member-import-repo.ts';
import { createSlackInstallations } from '../../store/slack-installations-store.ts';
import { type CliCommand, type CliIo, inLanguage } from '../command.ts';
import { withDatabaseToWrite } from '../context.ts';
import { readFlags, splitPositional } from '../flags.ts';
import { knownRegions } from '../known-regions.ts';
import { unreachable } from '../network-problems.ts';
import { readInputFile } from '../read-at-most.ts';

/**
 * The largest members file read, in MB: well over 10,000 rows, where a werkgroep has 5 to 14
 * members and a region a few hundred. A larger file is the wrong file (a whole CRM export), and is
 * refused before it is read.
 */
const LIMIT_MB = 1;

const USAGE = {
  nl: `Gebruik: schakel members import BESTAND.csv --region ID [--werkgroep "NAAM"] [--workspace T…]

Kolommen: naam, organisatie, domein, e-mail, rol (rol leeg = lid; meerdere met ;).
E-mail mag leeg zijn (dan wordt het lid niet opgezocht). Het scheidingsteken (komma,
puntkomma of tab) leest Schakel uit de kopregel; staat het in een cel, zet die cel dan
tussen aanhalingstekens (Excel doet dat zelf).
Domein: ggz, gemeente, uwv, re-integratie, werkgever, ervaringsdeskundige, overig.
Het hele bestand wordt eerst gecontroleerd; bij één fout wordt niets opgeslagen.
Een bestand groter dan 1 MB (ruim 10.000 leden) wordt geweigerd: splits het dan in delen.

Schakel zoekt elk e-mailadres op in Slack en in de Teams-kanalen van de werkgroep.
Is Schakel in meer Slack-werkruimtes geïnstalleerd, dan zoekt het in elke werkruimte
waar de werkgroep een kanaal heeft. Met --workspace T… (mag vaker, of T1,T2) kiest u
zelf in welke werkruimtes; zonder werkgroep is dat de manier om in Slack te zoeken.
`,
  en: `Usage: schakel members import FILE.csv --region ID [--werkgroep "NAME"] [--workspace T…]

Columns: naam, organisatie, domein, e-mail, rol (name, organisation, domain, e-mail, role; an empty
role = lid; several separated by ;). E-mail may be empty (the member is then not looked up).
Schakel reads the separator (comma, semicolon or tab) from the header row; when it occurs in a
cell, put that cell between quotes (Excel does so itself).
Domain: ggz, gemeente, uwv, re-integratie, werkgever, ervaringsdeskundige, overig.
The whole file is checked first; with one error nothing is stored.
A file larger than 1 MB (well over 10,000 members) is refused: split it into parts.

Schakel looks up each e-mail address in Slack and in the werkgroep's Teams channels.
When Schakel is installed in several Slack workspaces, it searches every workspace where the
werkgroep has a channel. With --workspace T… (may be repeated, or T1,T2) you choose the
workspaces yourself; without a werkgroep that is the way to search in Slack.
`,
};

/** "Rij 4, e-mail: …", or for the file as a whole its message as a sentence. */
function problemLine(p: RowProblem): string {
  if (p.row === null) return p.message.charAt(0).toUpperCase() + p.message.slice(1);
  return `${words().imports.csv.row(p.row)}${p.field === null ? '' : `, ${p.field}`}: ${p.message}`;
}

export const membersImportCommand: CliCommand = {
  name: 'members import',
  usage: USAGE,
  summary: {
    nl: 'leden in één keer toevoegen uit een CSV-bestand',
    en: 'add members in bulk from a CSV file',
  },
  async run(args, io) {
    const { positional: file, flags: flagArgs } = splitPositional(args);
    const flags = withLocale(io.english ? 'en' : 'nl', () =>
      readFlags(flagArgs, ['region', 'werkgroep', 'workspace'], { repeatable: ['workspace'] }),
    );
    if ('message' in flags) {
      io.stderr.write(`${flags.message}\n${inLanguage(USAGE, io)}`);
      return 2;
    }
    const { region, werkgroep = null } = flags.values;
    const chosenWorkspaces =
      flags.values.workspace === undefined ? [] : flags.values.workspace.split(',').map((w) => w.trim());
    if (!file || !region || chosenWorkspaces.some((w) => !/^[TE][A-Z0-9]+$/.test(w))) {
      const said = words(io.english ? 'en' : 'nl').cli.membersImport;
      const missing = !file ? said.missingFile : !region ? said.missingRegion : null;
      io.stderr.write(`${missing ? `${missing}\n` : ''}${inLanguage(USAGE, io)}`);
      return 2;
    }
    const bytes = await readInputFile(io, file, LIMIT_MB, 'membersImport');
    if (!bytes) return 1;
    // Every line about the file in the language asked for: the checks read their words as they find a problem.
    return withLocale(io.english ? 'en' : 'nl', () =>
      importCsv(io, bytes, { region, werkgroep, chosenWorkspaces }),
    );
  },
};

async function importCsv(
  io: CliIo,
  bytes: Uint8Array,
  {
    region,
    werkgroep,
    chosenWorkspaces,
  }: { region: string; werkgroep: string | null; chosenWorkspaces: string[] },
): Promise<number> {
  const w = words().cli.membersImport;
  const decoded = decodeCsv(bytes);
  // Names and organisations pass the client-data guard; one refusal and nothing is stored.
  const parsed = decoded.ok
    ? parseMembersCsv(decoded.text, createGuard({ now: () => systemClock.now() }))
    : decoded;
  if (!parsed.ok) {
    for (const p of parsed.problems) io.stderr.write(`${problemLine(p)}\n`);
    io.stderr.write(`${w.nothingStored}\n`);
    return 1;
  }
  return withDatabaseToWrite(io, async ({ config, db }) => {
    // Before any platform is asked: a new installation has no region yet, so say how one is made.
    if (!(await regionExists(db.pool, region))) {
      // The regions there are (a typo is seen at once); then how a new one is made.
      const known = await knownRegions(db.pool, io);
      const lines = [
        w.refused(w.noRegion(region)),
        ...(known ? [known] : []),
        w.firstRegion(smallestRegionFile(region)),
      ];
      io.stderr.write(`${lines.join('\n')}\n`);
      return 1;
    }
    if (chosenWorkspaces.length > 0 && !config.slack) {
      io.stderr.write(`${words().cli.arguments.workspaceWithoutSlack}\n`);
      return 2;
    }
    const overlegId = werkgroep ? await findOverlegByName(db.pool, region, werkgroep) : null;
    const channels = overlegId ? await channelsOf(db.pool, overlegId) : [];
    const oauth = config.slack?.oauth;
    const installations = oauth
      ? createSlackInstallations({ db, clock: systemClock, encryptionKey: oauth.encryptionKey })
      : undefined;
    const slackWorkspaces =
      chosenWorkspaces.length > 0
        ? chosenWorkspaces
        : channels.filter((c) => c.platform === 'slack').map((c) => c.workspace);
    // Matching needs the platform SDKs, which live with the adapters.
    const { platformMatcher } = await import('../../../adapters/member-matcher.ts');
    // Local mode: the "Teams" of the werkgroep's channel is the local chat, a page on this machine
    // with fictional people (and only there while the server runs): nobody to look up in it.
    const local = config.localChat.enabled;
    const sources = {
      teamsChannels: local ? [] : channels.filter((c) => c.platform === 'teams'),
      slackWorkspaces,
      installations,
    };
    const lookupFailed = (err: unknown): null => {
      io.stderr.write(`${lookupProblem(err, io.english === true)}\n`);
      return null;
    };
    const found = await platformMatcher(config, sources).catch(lookupFailed);
    if (!found) return 1;
    const { matcher, notInstalled, searched } = found;
    const missing = chosenWorkspaces.filter((w) => notInstalled.includes(w));
    if (missing.length > 0) {
      io.stderr.write(
        `${w.notInstalledChosen(missing.join(', '), `${config.publicUrl ?? 'https://HOST'}/slack/install`)}\n`,
      );
      return 2;
    }
    for (const workspace of notInstalled) io.stderr.write(`${w.notInstalled(workspace)}\n`);
    const slackNotSearched = oauth && slackWorkspaces.length === 0 && !config.slack?.botToken;
    if (slackNotSearched) io.stderr.write(`${w.slackNotSearched}\n`);
    const report = await importMembers(memberImportStore(db), {
      regionId: region,
      werkgroep,
      rows: parsed.rows,
      matcher,
      now: systemClock.now(),
    }).catch(lookupFailed);
    if (!report) return 1;
    if ('error' in report) {
      io.stderr.write(`${w.refused(report.error)}\n`);
      return 1;
    }
    io.stdout.write(`${w.done(report.added, report.updated)}\n`);
    if (report.renamed.length > 0) {
      io.stdout.write(`${w.renamed}\n`);
      for (const m of report.renamed) io.stdout.write(`  - ${m.from} → ${m.to} <${m.email}>\n`);
    }
    if (parsed.ignoredColumns.length > 0)
      io.stdout.write(`${w.ignoredColumns(parsed.ignoredColumns.map((c) => `"${c}"`).join(', '))}\n`);
    for (const m of report.matched) io.stdout.write(`${w.linked(m.name, m.platforms.join(', '))}\n`);
    // Nobody was looked up: one line on why and when linking happens, not "not found" per member
    // (unless the warning above already said why, and the list shows whom to link).
    const nothing = report.added + report.updated === 0;
    const nowhere =
      searched || slackNotSearched || nothing
        ? null
        : local && !config.slack
          ? w.localMode
          : config.slack || config.teams
            ? nowhereAdvice(w, werkgroep, overlegId !== null, Boolean(config.slack))
            : w.noPlatform;
    if (nowhere) io.stdout.write(`${nowhere}\n`);
    else if (report.unmatched.length > 0) {
      io.stdout.write(`${w.notFound}\n`);
      for (const m of report.unmatched) io.stdout.write(`  - ${m.name} <${m.email}>\n`);
    }
    if (!nowhere && report.withoutEmail.length > 0)
      io.stdout.write(`${w.withoutEmail(report.withoutEmail.join(', '))}\n`);
    return 0;
  });
}

/**
 * Nobody looked up with a platform set: a werkgroep given without a linked channel says to link
 * one (`koppel …` in that channel); no werkgroep says to give one. --workspace only with Slack.
 */
function nowhereAdvice(
  w: ReturnType<typeof words>['cli']['membersImport'],
  werkgroep: string | null,
  found: boolean,
  slack: boolean,
): string {
  const workspace = slack ? w.orWorkspace : '';
  if (werkgroep !== null && found) return w.werkgroepWithoutChannel(werkgroep, workspace);
  return w.nowhereSearched(workspace);
}

/**
 * Why Slack or Teams could not look the members up, in one line with what to do: offline (which
 * host), or the platform refusing (a revoked token: Slack's invalid_auth). Any other error is no
 * lookup problem and goes on to the command line's own handler.
 */
function lookupProblem(err: unknown, english: boolean): string {
  const w = words(english ? 'en' : 'nl').cli.membersImport;
  const offline = unreachable(err, english);
  if (offline) return w.lookupUnreachable(offline.where, offline.why);
  const refusal = (err as { data?: { error?: unknown } }).data?.error;
  if (typeof refusal === 'string' && /^[a-z_]{1,60}$/.test(refusal)) return w.lookupRefused(refusal);
  throw err;
}

/** The smallest schakel/v1 file that makes region `id` (`schakel import` takes it). */
function smallestRegionFile(id: string): string {
  return JSON.stringify({
    format: 'schakel/v1',
    regions: [{ id, name: id, startLevel: null, targetLevel: null }],
  });
}

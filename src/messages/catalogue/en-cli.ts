import { count, inKb, kb } from './counting.ts';
import { enCliArguments } from './en-cli-arguments.ts';
import { enCliExport, enCliImport, enCliStore } from './en-cli-data.ts';
import { enCliRegions } from './en-cli-regions.ts';
import { enConfig } from './en-config.ts';
import { enDoctor } from './en-doctor.ts';
import { enNationalReport } from './en-national-report.ts';
import type { Words } from './nl.ts';

/** What the `schakel` command line says about files and folders under `--en` (nl-cli.ts has the Dutch). */
export const enCli: Words['cli'] = {
  fileReasons: {
    ENOENT: 'the folder does not exist',
    ENOTDIR: 'part of the path is a file',
    EISDIR: 'that is a folder',
    EEXIST: 'a file of that name is already there',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'that place is read-only',
    ENOSPC: 'the disk is full',
    EFBIG: 'the file would be larger than allowed here',
    EDQUOT: 'your disk quota is used up',
    ELOOP: 'the path leads back to itself (symbolic links)',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many files are open at once; try again',
    ENFILE: 'too many files are open at once; try again',
    EBUSY: 'the file is in use by another program',
    ERR_ENCODING_INVALID_ENCODED_DATA: 'the text is not UTF-8; save the file as UTF-8',
    EIO: 'the disk reported a read or write error',
  },
  missingFile: 'the file does not exist',
  otherFileReason: (code) => (code ? `unexpected file error (${code})` : 'unexpected file error'),
  noFilesThere: 'no files can be made in it',
  cannotRead: (path, reason) => `Cannot read ${path}: ${reason}.`,
  cannotWrite: (path, reason) =>
    `Cannot write ${path}: ${reason}. Nothing was written; a file already there is unchanged.`,
  cannotReadInput: (reason) =>
    `Cannot read the input: ${reason}. Give a text file, as in: schakel privacy scan < text.txt`,
  outExists: (path) =>
    `${path} is already there; nothing was overwritten. Choose another name, or give --force to replace it.`,
  cannotMakeFolder: (path, reason) => `Cannot make the folder ${path}: ${reason}. Check SCHAKEL_DATA_DIR.`,
  notAFolder: 'that is a file, not a folder',
  cannotMakeOutFolder: (path, reason) =>
    `Cannot make the folder ${path}: ${reason}. Give --out a new or existing folder.`,
  periodRequired:
    '--period is required: a period as FROM..TO (dates YYYY-MM-DD or tertialen such as 2026-T2), or one tertiaal such as 2026-T2.',
  cannotUse: (path, reason) => `Cannot use ${path}: ${reason}.`,
  dataDirUnusable: (dir, reason) =>
    `Cannot make the embedded database in the folder ${dir}: ${reason}. Choose a folder Schakel may write in with SCHAKEL_DATA_DIR, or leave SCHAKEL_DATA_DIR out for the default folder ./.schakel/data.`,
  lockFileUnusable: (file, parent, reason) =>
    `Cannot make the lock file ${file}: ${reason}. Schakel puts it beside the data folder, in ${parent}: let Schakel write there, or choose with SCHAKEL_DATA_DIR a data folder inside a folder Schakel may write in (for example /data/schakel instead of /data).`,
  start: {
    running: (url) => `Schakel runs at ${url}`,
    runningWithLocalChat: (chatUrl, url) => `Local chat: open ${chatUrl} (Schakel runs at ${url})`,
    alone: (where, database) =>
      `${where}, with ${database}. Slack and Teams are not set up yet: see docs/install-slack.md or docs/install-teams.md.`,
    aloneWithLocalChat: (chatUrl, url, database) =>
      `Local chat: open ${chatUrl} (Schakel runs at ${url}, with ${database}). Slack and Teams are not set up yet: see docs/install-slack.md or docs/install-teams.md.`,
    embeddedDatabase: (dir) => `the embedded database in ${dir}`,
    ownDatabase: 'the PostgreSQL database of DATABASE_URL',
    listensEverywhere: (listen) => `listens on ${listen}: on every network address of this machine`,
    listensEverywhereSentence: (listen) =>
      `Schakel listens on ${listen}: on every network address of this machine.`,
    localModeOpen: (host) =>
      `Local mode on HOST=${host}: the local chat is open to anyone who reaches this machine over the network, and there anyone can send messages as any member. Set HOST=127.0.0.1, or set up Teams' credentials.`,
    teamsWithoutCredentials: 'Teams without credentials: /api/messages checks no tokens (TEAMS_SKIP_AUTH)',
    transactionPooler:
      'The database goes through a pooler in transaction pooling (such as PgBouncer), so requests fail: set pool_mode = session or connect straight to PostgreSQL (why: schakel doctor).',
  },
  demo: {
    created: (regions, names) =>
      `${count(regions, 'demo region', 'demo regions')} created with fictional members and their history: ${names}.`,
    digestPublished: 'The demo’s stuurgroep digest is published.',
    present: 'The demo regions were already there; nothing changed.',
    refused: (realRegions, ownDatabase) =>
      ownDatabase
        ? `No demo regions created: the database from DATABASE_URL already holds a real region (${realRegions}), and fictional members do not belong beside it. Nothing was created. For a demo: leave DATABASE_URL out (Schakel then uses the embedded database in SCHAKEL_DATA_DIR), or point DATABASE_URL at a new, empty database (such as createdb schakel_demo).`
        : `No demo regions created: the database already holds a real region (${realRegions}), and fictional members do not belong beside it. Nothing was created; for a demo: an empty database (another SCHAKEL_DATA_DIR).`,
    off: 'No demo regions: SCHAKEL_SEED_DEMO is off.',
  },
  migrate: {
    upToDate: 'The database is up to date: no migrations needed.',
    applied: (n, names) =>
      `The database has been brought up to date: ${count(n, 'migration', 'migrations')} applied (${names}).`,
  },
  import: enCliImport,
  arguments: enCliArguments,
  main: {
    needsWord: (first, names) =>
      `"schakel ${first}" needs one more word: ${names}. Run "schakel --help" for the list.`,
    unknownSecondWord: (first, second, names) =>
      `"${second}" is no command of "schakel ${first}": choose ${names}. Run "schakel --help" for the list.`,
    or: 'or',
    unknownCommand: (name) => `Unknown command "${name}". Run "schakel --help" for the list.`,
    unknownCommandNear: (name, meant) =>
      `Unknown command "${name}". Did you mean "schakel ${meant}"? Nothing was run. Run "schakel --help" for the list.`,
    portInUse: (port, variable) =>
      `Port ${port} is already in use. Stop the other program or choose another port with ${variable}.`,
    cannotContinue: (message) => `Schakel cannot continue: ${message}`,
    usageWord: 'Usage',
    usage: (commands) =>
      `Schakel keeps the rhythm of the regional GGZ and Work & Income collaboration.\n\nUsage:\n${commands}\n\nConfiguration comes from environment variables and from .env in this folder (see .env.example).\nschakel COMMAND --help shows a command's options; schakel --version the version.\nAdd --en for English.\n`,
  },
  networkReasons: {
    ECONNREFUSED: 'the connection was refused',
    ENOTFOUND: 'that name is unknown',
    EAI_AGAIN: 'the name could not be looked up',
    ETIMEDOUT: 'no answer came in time',
    ECONNRESET: 'the connection was broken off',
    EHOSTUNREACH: 'that computer is unreachable',
    ENETUNREACH: 'the network is unreachable',
  },
  someServer: 'a server',
  unreachableServer: (where, why) =>
    `Cannot reach ${where}: ${why}. Check the network connection and the addresses in the settings (schakel doctor).`,
  cardsWritten: (n, dir) => `${n} files written in ${dir} (teams/ and slack/).`,
  nationalReport: enNationalReport,
  unknownArgument: (arg) => `Unknown argument: ${arg}`,
  export: enCliExport,
  regions: enCliRegions,
  membersImport: {
    nothingStored: 'Nothing has been stored. Correct the file and try again.',
    missingFile: 'Give the CSV file with the members, for example leden.csv.',
    tooLarge: (file, bytes, limitMb) =>
      `${file} has not been imported: it is ${bytes === null ? `larger than ${limitMb} MB` : inKb(bytes) ? `${kb(bytes).toLocaleString('en-GB')} kB` : `${(bytes / 2 ** 20).toFixed(1)} MB`}, and members import reads at most ${limitMb} MB${bytes !== null && inKb(bytes) ? ` (${(limitMb * 1024).toLocaleString('en-GB')} kB)` : ''} (well over ${(limitMb * 10_000).toLocaleString('en-GB')} members). Nothing has been stored. Is this the right file? Then split a larger member list into parts under ${limitMb} MB, each with the header row on top, and import them one by one.`,
    missingRegion:
      '--region is missing: give the id of the region the members belong to (as in regio.json, for example --region zwaluwdorp).',
    notInstalledChosen: (workspaces, installUrl) =>
      `Schakel is not installed in Slack workspace ${workspaces}. Install it there through ${installUrl}, or choose another --workspace. Nothing has been stored.`,
    notInstalled: (workspace) =>
      `Note: Schakel is not installed in Slack workspace ${workspace}; it was not searched.`,
    slackNotSearched:
      'Note: Slack was not searched. Schakel is in several Slack workspaces: give --werkgroep (then the workspaces of its channels) or --workspace T….',
    lookupUnreachable: (where, why) =>
      `Schakel could not look the members up in Slack or Teams: ${where ?? 'the server'} cannot be reached (${why}). Nothing has been stored. Check that this computer is online and try again; schakel doctor shows which connection is missing.`,
    lookupRefused: (code) =>
      `Slack refused to look the members up (${code}). Nothing has been stored. Check the bot token (SLACK_BOT_TOKEN) or install Schakel in the workspace again; schakel doctor says what is missing.`,
    refused: (error) => `${error} Nothing has been stored.`,
    noRegion: (region) => `Region ${region} does not exist.`,
    firstRegion: (file) =>
      `A region is made with "schakel import regio.json", with in regio.json at least the line below (at "name" the name members see; see "Running it for real" in the README):\n  ${file}`,
    noWerkgroep: (werkgroep, region) => `Werkgroep "${werkgroep}" does not exist in region ${region}.`,
    done: (added, updated) => `Added: ${added}, updated: ${updated}.`,
    renamed: 'Another name for an e-mail address already in Schakel (the same person, name updated):',
    ignoredColumns: (columns) =>
      `Not read and not stored (no column of Schakel's): ${columns}. Schakel keeps only a member's name, organisation, domain, e-mail and role.`,
    linked: (name, platforms) => `Linked: ${name} (${platforms})`,
    notFound: 'Not found in Slack or Teams (stored all the same; check the e-mail address or link later):',
    withoutEmail: (names) =>
      `Stored without an e-mail address, so not looked up in Slack or Teams: ${names}.`,
    noPlatform:
      'No Slack or Teams configured: the members are stored, but not yet linked to their accounts. Run this command again once Slack or Teams is configured; Schakel then links them by e-mail address.',
    nowhereSearched: (orWorkspace) =>
      `Nobody looked up in Slack or Teams: there is no workspace or channel to search. The members are stored; give --werkgroep with the name of a werkgroep with a linked channel${orWorkspace} and run the command again to link them.`,
    orWorkspace: ' (or --workspace T… for a Slack workspace)',
    werkgroepWithoutChannel: (werkgroep, orWorkspace) =>
      `Nobody looked up in Slack or Teams: werkgroep "${werkgroep}" has no linked channel yet. The members are stored; link the werkgroep's channel (type there: koppel ${werkgroep})${orWorkspace} and run the command again to link them.`,
    localMode:
      'Nobody looked up: Schakel runs in local mode, with the chat in the browser, which has no accounts to find members in (the local chat plays the fictional demo people). The members are stored; set up Slack or Teams (README, Operations) and run this command again; Schakel then links them by e-mail address.',
  },
  membersErase: {
    needNameOrEmail: 'Give --naam or --email (or both): who is to be erased?',
    emptyName: '--naam is empty: give the member’s name, in quotes when it holds a space.',
    emptyEmail: '--email is empty: give the member’s email address.',
    byName: (name) => `named "${name}"`,
    byEmail: (email) => `with e-mail address ${email}`,
    byBoth: (name, email) => `named "${name}" with e-mail address ${email}`,
    noRegion: (region) => `Region ${region} does not exist. Nothing has been erased.`,
    none: (region, by) =>
      `No member in region ${region} ${by}. Nothing has been erased. (Upper and lower case do not count; otherwise it must match exactly.)`,
    several: (region, by) => `More than one member in region ${region} ${by}:`,
    chooseBy: (flag) => `Nothing has been erased. Choose one with ${flag}.`,
    cannotTell:
      'Nothing has been erased: --naam and --email do not tell these members apart. Give one of them another e-mail address (schakel export, change the address in the file, schakel import) and run the command again.',
    candidate: (name, email, organisation) => `  - ${name}${email ? ` <${email}>` : ''} (${organisation})`,
    done: (name, email, region) =>
      `Erased: ${name}${email ? ` <${email}>` : ''} from region ${region}, with their roles, linked accounts and the link to what they wrote; the region's logbook says so.`,
    removeFromFile: (name) =>
      `Remove ${name} from your members file (CSV) as well: importing a file in which ${name} still appears makes schakel members import add ${name} again.`,
    toConfirm: 'Nothing has been erased yet. With --bevestig Schakel erases for good:',
    whatGoes:
      'The member, their roles, the linked Slack and Teams accounts, their check-ins and what Schakel sent them personally. Agendapunten, actiepunten and knelpunten stay for the werkgroep, without a name. This cannot be undone.',
    howToConfirm: (command) => `Erase? Run the command again with --bevestig:\n  ${command}`,
  },
  database: {
    roleMissing: (role) => `the user (role) "${role}" does not exist on the database server`,
    databaseMissing: (name) => `the database "${name}" does not exist on the database server`,
    passwordRefused: (role) => `the password of user "${role}" was refused`,
    terminated:
      'the server closed the connection at once (is the address a PostgreSQL server, and is the SSL setting in DATABASE_URL right?)',
    noSsl: 'the server does not offer encrypted connections (SSL), and DATABASE_URL asks for them',
    fixSsl:
      'Remove ?sslmode=… from DATABASE_URL (only when the server is on this machine or in a trusted network), or turn SSL on at the server.',
    sslChecked: (mode) =>
      `sslmode=${mode}: the connection is encrypted and Schakel checks the server's certificate, including that it belongs to the server name in DATABASE_URL (verify-full${mode === 'verify-full' ? '' : `; stricter than ${mode} in psql`}). If the certificate comes from a CA of your own, put it in DATABASE_URL with sslrootcert=PATH.`,
    sslDisabled:
      'sslmode=disable: the connection is not encrypted; only for a server on this machine or in a trusted network.',
    sslUnchecked:
      "sslmode=no-verify: the connection is encrypted, but Schakel does not check the server's certificate (whoever sits in between can pose as the server); prefer verify-full with sslrootcert=PATH.",
    hbaRefused:
      'the server does not allow this connection: pg_hba.conf has no line for it (this address, user and database, with or without SSL)',
    refused: (reason, advice) => `The database server answers, but refuses Schakel: ${reason}. ${advice}`,
    makeRole: (name) =>
      `Create that user (as the server's administrator: CREATE ROLE ${name} LOGIN PASSWORD '…';) or put a user that exists in DATABASE_URL.`,
    makeDatabase: (name) =>
      `Create the database (as the server's administrator: CREATE DATABASE ${name} OWNER user; with the user from DATABASE_URL) or put the name of a database that exists in DATABASE_URL.`,
    makeDatabaseFor: (name, owner) =>
      `Create the database (as the server's administrator: CREATE DATABASE ${name} OWNER ${owner};) or put the name of a database that exists in DATABASE_URL.`,
    fixPassword:
      'Put the right password in DATABASE_URL; write the characters @ : / ? # % in it as %40 %3A %2F %3F %23 %25.',
    fixHba:
      "Ask the server's administrator to allow this connection in pg_hba.conf, or add ?sslmode=require to DATABASE_URL if the server only allows encrypted connections.",
    unreachable: (reason) =>
      `Schakel cannot reach the database (${reason}). Check DATABASE_URL and that the server is running; "schakel doctor" tells more.`,
    check: (reason) => `${reason}. Check DATABASE_URL (or SCHAKEL_DATA_DIR) and that the server is running.`,
  },
  doctor: enDoctor,
  config: enConfig,
  store: enCliStore,
};

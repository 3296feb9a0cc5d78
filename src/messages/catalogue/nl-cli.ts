import { count } from './counting.ts';
import { nlCliArguments } from './nl-cli-arguments.ts';
import { nlCliExport, nlCliImport, nlCliStore } from './nl-cli-data.ts';
import { nlCliMembersErase, nlCliMembersImport } from './nl-cli-members.ts';
import { nlCliRegions } from './nl-cli-regions.ts';
import { nlConfig } from './nl-config.ts';
import { nlDoctor } from './nl-doctor.ts';
import { nlNationalReport } from './nl-national-report.ts';

/**
 * What the `schakel` command line says about files and folders (src/cli/file-problems.ts), in
 * plain Dutch: Node's own words ("ENOENT: no such file or directory, open …") are English and name
 * a system call. `--en` reads en-cli.ts.
 */
export const nlCli = {
  /** Why a file or folder could not be used, by Node's error code. */
  fileReasons: {
    ENOENT: 'de map bestaat niet',
    ENOTDIR: 'een deel van het pad is een bestand',
    EISDIR: 'dat is een map',
    EEXIST: 'er staat al een bestand met die naam',
    EACCES: 'geen toegang',
    EPERM: 'geen toegang',
    EROFS: 'daar mag niet geschreven worden',
    ENOSPC: 'de schijf is vol',
    /** A file size limit (ulimit -f) reached part way. */
    EFBIG: 'het bestand wordt groter dan hier is toegestaan',
    EDQUOT: 'de schijfruimte die u mag gebruiken is op',
    ELOOP: 'het pad verwijst in een kring naar zichzelf (symbolische koppelingen)',
    ENAMETOOLONG: 'de naam is te lang',
    EMFILE: 'er staan te veel bestanden tegelijk open; probeer het opnieuw',
    ENFILE: 'er staan te veel bestanden tegelijk open; probeer het opnieuw',
    EBUSY: 'het bestand is in gebruik door een ander programma',
    /** Bytes that are no UTF-8 (nor UTF-16 with its byte order mark). */
    ERR_ENCODING_INVALID_ENCODED_DATA: 'de tekst is geen UTF-8; sla het bestand op als UTF-8',
    EIO: 'de schijf gaf een leesfout of schrijffout',
  } as Readonly<Record<string, string>>,
  /** A file to read is not there, though its folder is (ENOENT says only that something is missing). */
  missingFile: 'het bestand bestaat niet',
  /** Any other code: the code itself, for whoever looks it up. */
  otherFileReason: (code: string | undefined) =>
    code ? `onverwachte fout met het bestand (${code})` : 'onverwachte fout met het bestand',
  /** The data folder is there, but no file can be made in it (/proc says ENOENT). */
  noFilesThere: 'daarin kunnen geen bestanden worden gemaakt',
  cannotRead: (path: string, reason: string) => `Kan ${path} niet lezen: ${reason}.`,
  /** `--out FILE` could not be written: whole or not at all (src/cli/whole-file.ts). */
  cannotWrite: (path: string, reason: string) =>
    `Kan ${path} niet schrijven: ${reason}. Er is niets geschreven; een bestand dat er al stond, is niet veranderd.`,
  /** `schakel privacy scan < PAD`: what stdin names cannot be read (a folder). */
  cannotReadInput: (reason: string) =>
    `Kan de invoer niet lezen: ${reason}. Geef een tekstbestand, zoals: schakel privacy scan < tekst.txt`,
  /** `--out FILE` names a file that is there already. */
  outExists: (path: string) =>
    `${path} bestaat al; er is niets overschreven. Kies een andere naam, of geef --force om het te vervangen.`,
  cannotMakeFolder: (path: string, reason: string) =>
    `Kan de map ${path} niet maken: ${reason}. Controleer SCHAKEL_DATA_DIR.`,
  /** A folder to make (mkdir) where a file of that name is (EEXIST). */
  notAFolder: 'dat is een bestand, geen map',
  /** `cards --out DIR`: the folder named on the command line could not be made. */
  cannotMakeOutFolder: (path: string, reason: string) =>
    `Kan de map ${path} niet maken: ${reason}. Geef bij --out een nieuwe of bestaande map op.`,
  /** `national` without --period. */
  periodRequired:
    '--period is verplicht: een periode als VAN..TOT (datums JJJJ-MM-DD of tertialen zoals 2026-T2), of één tertiaal zoals 2026-T2.',
  /** A file or folder used on the way (not one the command was given). */
  cannotUse: (path: string, reason: string) => `Kan ${path} niet gebruiken: ${reason}.`,
  /** SCHAKEL_DATA_DIR names a folder where the embedded database cannot be written. */
  dataDirUnusable: (dir: string, reason: string) =>
    `Kan de ingebouwde database niet maken in de map ${dir}: ${reason}. Kies met SCHAKEL_DATA_DIR een map waarin Schakel mag schrijven, of laat SCHAKEL_DATA_DIR weg voor de standaardmap ./.schakel/data.`,
  /** The lock file beside the data folder (data-dir-lock.ts) cannot be made in the folder above it. */
  lockFileUnusable: (file: string, parent: string, reason: string) =>
    `Kan het slotbestand ${file} niet maken: ${reason}. Schakel legt het naast de datamap, in ${parent}: geef Schakel daar schrijfrechten, of kies met SCHAKEL_DATA_DIR een datamap in een map waarin Schakel mag schrijven (bijvoorbeeld /data/schakel in plaats van /data).`,
  /** `schakel start`'s log line once it answers. */
  start: {
    running: (url: string) => `Schakel draait op ${url}`,
    runningWithLocalChat: (chatUrl: string, url: string) =>
      `Lokale chat: open ${chatUrl} (Schakel draait op ${url})`,
    /** Neither Slack nor Teams set up (a trial): what runs, with which database, and how to add a platform. */
    alone: (where: string, database: string) =>
      `${where}, met ${database}. Slack en Teams zijn nog niet ingesteld: zie docs/install-slack.md of docs/install-teams.md.`,
    aloneWithLocalChat: (chatUrl: string, url: string, database: string) =>
      `Lokale chat: open ${chatUrl} (Schakel draait op ${url}, met ${database}). Slack en Teams zijn nog niet ingesteld: zie docs/install-slack.md of docs/install-teams.md.`,
    embeddedDatabase: (dir: string) => `de ingebouwde database in ${dir}`,
    ownDatabase: 'de PostgreSQL-database uit DATABASE_URL',
    /** HOST 0.0.0.0 or ::, the default in production: the url above is only this machine's own. */
    listensEverywhere: (listen: string) => `luistert op ${listen}: op elk netwerkadres van deze machine`,
    /** The same, as a sentence of its own after a line that ends in one. */
    listensEverywhereSentence: (listen: string) =>
      `Schakel luistert op ${listen}: op elk netwerkadres van deze machine.`,
    /** Local mode on a HOST beyond this machine: the chat page lets whoever reaches it play any member. */
    localModeOpen: (host: string) =>
      `Lokale modus op HOST=${host}: de lokale chat staat open voor wie deze machine via het netwerk bereikt, en daarin kan iedereen als elk lid berichten sturen. Zet HOST=127.0.0.1, of stel de inloggegevens van Teams in.`,
    /** Teams served without credentials (TEAMS_SKIP_AUTH), for tests and a first try behind a tunnel. */
    teamsWithoutCredentials:
      'Teams zonder inloggegevens: /api/messages controleert geen tokens (TEAMS_SKIP_AUTH)',
    /** Behind a pooler in transaction pooling (src/store/pooler-probe.ts); the why is doctor's (doctor.transactionPooler). */
    transactionPooler:
      'De database loopt via een pooler in transaction pooling (zoals PgBouncer), waardoor verzoeken mislukken: zet pool_mode = session of verbind direct met PostgreSQL (uitleg: schakel doctor).',
  },
  /** The fictional demo regions: `schakel seed-demo`, and the start log in local mode (src/store/seed-demo.ts). */
  demo: {
    /** `names`: the regions' names, listed. */
    created: (regions: number, names: string) =>
      `${count(regions, 'demoregio', 'demoregio’s')} aangemaakt met fictieve leden en hun geschiedenis: ${names}.`,
    /** Said once the demo's stuurgroep digest went through the review and is published (not before). */
    digestPublished: 'De stuurgroep-samenvatting van de demo is gepubliceerd.',
    present: 'De demoregio’s bestonden al; niets gewijzigd.',
    /** `realRegions`: the real regions' ids, listed; `ownDatabase`: DATABASE_URL names the database. */
    refused: (realRegions: string, ownDatabase: boolean) =>
      ownDatabase
        ? `Er zijn geen demoregio’s aangemaakt: de database uit DATABASE_URL heeft al een echte regio (${realRegions}), en fictieve leden horen daar niet naast. Er is niets aangemaakt. Voor een demo: laat DATABASE_URL weg (dan gebruikt Schakel de ingebouwde database in SCHAKEL_DATA_DIR), of laat DATABASE_URL naar een nieuwe, lege database wijzen (zoals createdb schakel_demo).`
        : `Er zijn geen demoregio’s aangemaakt: de database heeft al een echte regio (${realRegions}), en fictieve leden horen daar niet naast. Er is niets aangemaakt; voor een demo: een lege database (een andere SCHAKEL_DATA_DIR).`,
    /** The start log when SCHAKEL_SEED_DEMO is off: no demo was asked for. */
    off: 'Geen demoregio’s: SCHAKEL_SEED_DEMO staat uit.',
  },
  /** `schakel migrate`: what it applied (on an empty database: all of them), or that none were needed. */
  migrate: {
    upToDate: 'De database is bij: geen migraties meer nodig.',
    applied: (n: number, names: string) =>
      `De database is bijgewerkt: ${count(n, 'migratie', 'migraties')} toegepast (${names}).`,
  },
  /** `schakel import FILE` (a schakel/v1 file; nl-cli-data.ts). */
  import: nlCliImport,
  /** Flags and their values, and where a document went (nl-cli-arguments.ts). */
  arguments: nlCliArguments,
  /** `schakel` itself (src/cli/main.ts): a command it does not know, and what stops any command. */
  main: {
    /** "schakel members": a first word that only begins commands of two words; `names` are those. */
    needsWord: (first: string, names: string) =>
      `"schakel ${first}" heeft nog een woord nodig: ${names}. Typ "schakel --help" voor de lijst.`,
    /** `schakel members foo`: a second word that makes no command with the first. */
    unknownSecondWord: (first: string, second: string, names: string) =>
      `"${second}" is geen commando van "schakel ${first}": kies ${names}. Typ "schakel --help" voor de lijst.`,
    /** Between the last two of those names. */
    or: 'of',
    unknownCommand: (name: string) => `Onbekend commando "${name}". Typ "schakel --help" voor de lijst.`,
    /** `schakel memebrs import`: the one command word `name` is a slip from; nothing was run. */
    unknownCommandNear: (name: string, meant: string) =>
      `Onbekend commando "${name}". Bedoel je "schakel ${meant}"? Er is niets uitgevoerd. Typ "schakel --help" voor de lijst.`,
    portInUse: (port: number | undefined, variable: 'PORT' | 'LOCAL_CHAT_PORT') =>
      `Poort ${port} is al in gebruik. Stop het andere programma of kies een andere poort met ${variable}.`,
    cannotContinue: (message: string) => `Schakel kan niet verder: ${message}`,
    usageWord: 'Gebruik',
    /** `schakel --help`: the text around the list of commands. */
    usage: (commands: string) =>
      `Schakel houdt het ritme van de regionale samenwerking GGZ en Werk & Inkomen.\n\nGebruik:\n${commands}\n\nDe instellingen komen uit omgevingsvariabelen en uit .env in deze map (zie .env.example).\nschakel COMMANDO --help toont de opties van een commando; schakel --version de versie.\nVoeg --en toe voor Engels.\n`,
  },
  /** Why a server could not be reached (src/cli/network-problems.ts), by Node's error code. */
  networkReasons: {
    ECONNREFUSED: 'de verbinding werd geweigerd',
    ENOTFOUND: 'die naam is onbekend',
    EAI_AGAIN: 'de naam kon niet worden opgezocht',
    ETIMEDOUT: 'er kwam geen antwoord op tijd',
    ECONNRESET: 'de verbinding werd verbroken',
    EHOSTUNREACH: 'die computer is onbereikbaar',
    ENETUNREACH: 'het netwerk is onbereikbaar',
  } as Readonly<Record<string, string>>,
  /** Node named no host. */
  someServer: 'een server',
  unreachableServer: (where: string, why: string) =>
    `Kan ${where} niet bereiken: ${why}. Controleer de netwerkverbinding en de adressen in de instellingen (schakel doctor).`,
  /** `schakel cards --out DIR`. */
  cardsWritten: (n: number, dir: string) => `${n} bestanden geschreven in ${dir} (teams/ en slack/).`,
  /** `national --format md` (nl-national-report.ts). */
  nationalReport: nlNationalReport,
  /** An argument a command does not know (`schakel export x`). */
  unknownArgument: (arg: string) => `Onbekend argument: ${arg}`,
  /** `schakel export [--region ID] [--out FILE]` (nl-cli-data.ts). */
  export: nlCliExport,
  regions: nlCliRegions,
  /** `schakel members import FILE.csv` (nl-cli-members.ts). */
  membersImport: nlCliMembersImport,
  /** `schakel members erase`: the operator erases a member on their behalf (nl-cli-members.ts). */
  membersErase: nlCliMembersErase,
  /** Why the PostgreSQL server refused or could not be asked (src/cli/database-reach.ts); never the password. */
  database: {
    roleMissing: (role: string) => `de gebruiker (rol) "${role}" bestaat niet op de databaseserver`,
    databaseMissing: (name: string) => `de database "${name}" bestaat niet op de databaseserver`,
    passwordRefused: (role: string) => `het wachtwoord van gebruiker "${role}" werd geweigerd`,
    terminated:
      'de server verbrak de verbinding meteen (is het adres wel een PostgreSQL-server, en klopt de SSL-instelling in DATABASE_URL?)',
    /** DATABASE_URL asks for SSL (sslmode=require and the like), the server offers none. */
    noSsl: 'de server kent geen versleutelde verbindingen (SSL), en DATABASE_URL vraagt erom',
    fixSsl:
      'Haal ?sslmode=… uit DATABASE_URL (alleen als de server op deze machine of in een vertrouwd netwerk staat), of zet SSL aan op de server.',
    /**
     * What DATABASE_URL's sslmode means here (src/store/database-ssl.ts): every mode but disable
     * and no-verify is handed to pg as verify-full, the way pg 8 reads them.
     */
    sslChecked: (mode: string) =>
      `sslmode=${mode}: de verbinding is versleuteld en Schakel controleert het certificaat van de server, ook of het bij de servernaam in DATABASE_URL hoort (verify-full${mode === 'verify-full' ? '' : `; strenger dan ${mode} bij psql`}). Is het certificaat van een eigen CA, zet die dan in DATABASE_URL met sslrootcert=PAD.`,
    sslDisabled:
      'sslmode=disable: de verbinding is niet versleuteld; alleen voor een server op deze machine of in een vertrouwd netwerk.',
    sslUnchecked:
      'sslmode=no-verify: de verbinding is versleuteld, maar Schakel controleert het certificaat van de server niet (wie ertussen zit, kan zich voor de server uitgeven); liever verify-full met sslrootcert=PAD.',
    /** pg_hba.conf has no line that lets this address, user and database in (28000, not a role). */
    hbaRefused:
      'de server laat deze verbinding niet toe: pg_hba.conf heeft er geen regel voor (dit adres, deze gebruiker en database, met of zonder SSL)',
    /**
     * The server answered but refused Schakel (SQLSTATE 28000, 28P01, 3D000): which, and what to
     * do; it is reachable, so "niet bereiken" and "of de server draait" would send the operator the
     * wrong way. `name` is a role or database as SQL writes it.
     */
    refused: (reason: string, advice: string) =>
      `De databaseserver antwoordt, maar weigert Schakel: ${reason}. ${advice}`,
    makeRole: (name: string) =>
      `Maak die gebruiker aan (als beheerder van de server: CREATE ROLE ${name} LOGIN PASSWORD '…';) of zet in DATABASE_URL een gebruiker die wel bestaat.`,
    makeDatabase: (name: string) =>
      `Maak de database aan (als beheerder van de server: CREATE DATABASE ${name} OWNER gebruiker; met de gebruiker uit DATABASE_URL) of zet in DATABASE_URL de naam van een database die wel bestaat.`,
    /** The same, with the user DATABASE_URL names as the owner: ready to paste. */
    makeDatabaseFor: (name: string, owner: string) =>
      `Maak de database aan (als beheerder van de server: CREATE DATABASE ${name} OWNER ${owner};) of zet in DATABASE_URL de naam van een database die wel bestaat.`,
    fixPassword:
      'Zet het juiste wachtwoord in DATABASE_URL; schrijf de tekens @ : / ? # % daarin als %40 %3A %2F %3F %23 %25.',
    fixHba:
      'Vraag de beheerder van de server om deze verbinding toe te laten in pg_hba.conf, of zet ?sslmode=require in DATABASE_URL als de server alleen versleutelde verbindingen toelaat.',
    /** `start`, `migrate` and the other commands: the database could not be used. */
    unreachable: (reason: string) =>
      `Schakel kan de database niet bereiken (${reason}). Controleer DATABASE_URL en of de server draait; "schakel doctor" zegt meer.`,
    /** `doctor`: what to do about it. */
    check: (reason: string) =>
      `${reason}. Controleer DATABASE_URL (of SCHAKEL_DATA_DIR) en of de server draait.`,
  },
  /** `schakel doctor` (nl-doctor.ts). */
  doctor: nlDoctor,
  /** Settings that are wrong or cannot work together (src/config.ts). */
  config: nlConfig,
  /** The embedded database's folder and the migrations, as the commands find them (nl-cli-data.ts). */
  store: nlCliStore,
};

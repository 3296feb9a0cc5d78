import type { ImportCounts } from '../../interchange/import.ts';
import { count, counts } from './counting.ts';

/** What a schakel/v1 file leaves out: said by export's last line and in the README (Backups). */
const NOT_IN_FILE =
  'niet in het bestand: de doelen van de regio’s, agendapunten, actiepunten, stuurgroepdata en hun instellingen, samenvattingen (ook gepubliceerde), koppelingen met kanalen en accounts, vakantieperiodes, check-in-instellingen, de geschiedenis van knelpunten en het logboek';

/** `schakel import FILE` (a schakel/v1 file). */
export const nlCliImport = {
  /** A file above the limit (`bytes` null: a device or pipe, its size unknown), refused before it is read. */
  tooLarge: (file: string, bytes: number | null, limitMb: number) =>
    `${file} is niet geïmporteerd: het is ${bytes === null ? `groter dan ${limitMb} MB` : `${(bytes / 2 ** 20).toFixed(1).replace('.', ',')} MB`}, en Schakel leest voor schakel import ten hoogste ${limitMb} MB (ruim ${(limitMb * 2_500).toLocaleString('nl-NL')} check-ins; het demobestand van drie regio's is 0,1 MB). Er is niets veranderd. Is dit het goede bestand? Exporteer dan elke regio apart (schakel export --region ID --out BESTAND) en importeer de bestanden één voor één.`,
  refused: (file: string) => `${file} is niet geïmporteerd; er is niets veranderd. Te verbeteren:`,
  notText: (file: string, why: string) =>
    `${file} is niet geïmporteerd; er is niets veranderd. Het bestand is ${why}.`,
  moreProblems: (n: number) => `… en nog ${count(n, 'probleem', 'problemen')}.`,
  /**
   * One line: all new, all there already (the same file again), or partly: then what was added and
   * what was there already (updated), each counted once; then who stayed erased.
   */
  done: (c: ImportCounts) => {
    const e = c.existing;
    const added = addedOf(c);
    const line =
      total(e) === 0
        ? `Geïmporteerd: ${kinds(c, false)}.`
        : total(added) === 0
          ? `Stond er al: ${kinds(c, false)}; bijgewerkt, niets dubbel opgeslagen.`
          : `Toegevoegd: ${kinds(added, true)}. Stond er al en is bijgewerkt, niet dubbel opgeslagen: ${kinds(e, true)}.`;
    return c.erased === 0 ? line : `${line} ${erasedLeftOut(c.erased)}`;
  },
};

type Kinds = ImportCounts['existing'];

/** What the file added: each kind less what was there already. */
export const addedOf = (c: ImportCounts): Kinds => ({
  regions: c.regions - c.existing.regions,
  members: c.members - c.existing.members,
  werkgroepen: c.werkgroepen - c.existing.werkgroepen,
  checkins: c.checkins - c.existing.checkins,
  checklist: c.checklist - c.existing.checklist,
  voortgang: c.voortgang - c.existing.voortgang,
});

export const total = (n: Kinds) =>
  n.regions + n.members + n.werkgroepen + n.checkins + n.checklist + n.voortgang;

/** "1 regio, 0 deelnemers, …"; `onlySome`: the kinds of which there is at least one. */
const kinds = (n: Kinds, onlySome: boolean) =>
  counts(
    n,
    {
      regions: ['regio', "regio's"],
      members: ['deelnemer', 'deelnemers'],
      werkgroepen: ['werkgroep', 'werkgroepen'],
      checkins: ['check-in', 'check-ins'],
      checklist: ['checklist', 'checklists'],
      voortgang: ['voortgangsregel', 'voortgangsregels'],
    },
    onlySome,
  );

/** Members in the file who were erased (vergeet-mij, members erase): counted, never named. */
const erasedLeftOut = (n: number) =>
  `Niet teruggezet: ${count(n, 'deelnemer', 'deelnemers')} uit het bestand, met ${n === 1 ? 'diens' : 'hun'} check-ins; ${n === 1 ? 'die is' : 'die zijn'} in Schakel gewist en ${n === 1 ? 'blijft' : 'blijven'} gewist. Een nieuwe deelnemer met dezelfde naam voegt u toe met schakel members import.`;

/** `schakel export [--region ID] [--out FILE]`: what went into the file, and what a schakel/v1 file leaves out. */
export const nlCliExport = {
  done: (file: string, c: { regions: number; members: number; checkins: number }) =>
    `Geëxporteerd naar ${file}: ${count(c.regions, 'regio', "regio's")}, ${count(c.members, 'deelnemer', 'deelnemers')}, ${count(c.checkins, 'check-in', 'check-ins')}, met werkgroepen en hun reeksen, knelpunten, checklists en voortgang; ${NOT_IN_FILE}. Een volledige reservekopie: zie "Backups" in de README.`,
};

const NO_DATABASE_ADVICE =
  'Staat de database van Schakel in een andere map, wijs die dan aan met SCHAKEL_DATA_DIR (de standaardmap ./.schakel/data ligt in de map waarin u het commando geeft). Is dit een nieuwe installatie, start Schakel dan eerst één keer (npm start of schakel start), of maak de eerste regio met schakel import regio.json.';

const dataDirHeldAdvice =
  'Een ingebouwde database kan maar door één proces tegelijk worden geopend. Stop de server eerst (Ctrl+C, of uw servicebeheer) en geef het commando dan opnieuw; of gebruik een PostgreSQL-server (DATABASE_URL), die de server en de commando’s tegelijk kunnen gebruiken.';

const migrationChangedWhat = (migration: string) =>
  `De database hoort bij een andere versie van Schakel: databasemigratie ${migration} is in de database anders dan in deze versie`;

const MIGRATION_CHANGED_ADVICE =
  'Installeer de versie van Schakel die deze database heeft gemaakt of bijgewerkt, of zet een back-up terug die bij deze versie hoort. (Voor ontwikkelaars: een toegepaste migratie is achteraf gewijzigd; zet de wijziging in een nieuwe migratie.)';

/** The embedded database's folder and the migrations, as the commands find them (src/cli/context.ts). */
export const nlCliStore = {
  /** A command that only reads found no database in the data folder, and made none. */
  noDatabase: (dir: string) =>
    `Er is geen database in de map ${dir}; er is niets aangemaakt. ${NO_DATABASE_ADVICE}`,
  noDatabaseWhat: (dir: string) => `Database: geen database in de map ${dir}`,
  noDatabaseAdvice: NO_DATABASE_ADVICE,
  /** An applied migration differs from this version's: the operator's way out first, a developer's note second. */
  migrationChanged: (migration: string) =>
    `${migrationChangedWhat(migration)}. Er is niets veranderd. ${MIGRATION_CHANGED_ADVICE}`,
  migrationChangedWhat,
  migrationChangedAdvice: MIGRATION_CHANGED_ADVICE,
  /** schema_migrations holds a migration this version does not know. */
  migrationNewerWhat: (migration: string) =>
    `De database is gemaakt of bijgewerkt door een nieuwere versie van Schakel: databasemigratie ${migration} kent deze versie niet`,
  migrationNewerAdvice:
    'Installeer die nieuwere versie (of een latere) en gebruik die voor deze database, of zet een back-up terug die bij deze versie hoort. Deze versie kan de database verkeerd lezen.',
  /** Another Schakel process, most often the running server, holds the embedded database's folder. */
  dataDirHeld: (dir: string, pid: number) =>
    `Schakel draait al (proces ${pid}) en gebruikt de ingebouwde database in ${dir}; er is niets veranderd. ${dataDirHeldAdvice}`,
  /** doctor, while the server runs: what it could not check, and that nothing is wrong with the database. */
  dataDirHeldWhat: (dir: string, pid: number) =>
    `Database niet nagekeken: Schakel draait (proces ${pid}) en gebruikt de ingebouwde database in ${dir}. Dat is geen fout; zolang de server draait, kan geen ander proces die database openen`,
  dataDirHeldCheck:
    'Wilt u ook de database en de migraties laten nakijken: stop de server (Ctrl+C, of uw servicebeheer), draai schakel doctor opnieuw en start de server daarna weer.',
  /** doctor's last line when all it checked was well, but the database was held by the server. */
  allWellButDatabase: 'De rest is in orde; de database is niet nagekeken omdat Schakel draait.',
  /** The data folder could not be made: the folder above takes no new folders (/proc says ENOENT). */
  noFoldersIn: (parent: string) => `in ${parent} kunnen geen mappen worden gemaakt`,
  /** The data folder (or one above it) may not be read by this user: not the same as no database. */
  noAccess: (dir: string) =>
    `Geen toegang tot ${dir}: draai Schakel als de eigenaar van die map, of kies met SCHAKEL_DATA_DIR een map van uzelf. Er is niets veranderd.`,
  /** A command that only reads, on a database that needs migrations: it applies none (context.ts). */
  migrationsNeeded: (n: number) =>
    `De database heeft ${count(n, 'migratie', 'migraties')} nodig; er is niets veranderd. Draai eerst schakel migrate.`,
  /** SCHAKEL_DATA_DIR is a folder everyone may write in (sticky bit, /tmp): refused, nothing written. */
  dataDirShared: (dir: string, suggestion: string) =>
    `De map ${dir} is een gedeelde map: iedereen op deze machine mag erin schrijven (sticky bit, zoals /tmp). Daarin zou de database met namen en e-mailadressen niet alleen van u zijn; er is niets aangemaakt. Kies met SCHAKEL_DATA_DIR een map van uzelf, bijvoorbeeld ${suggestion} (Schakel maakt die aan, alleen voor u leesbaar), of laat SCHAKEL_DATA_DIR weg voor de standaardmap ./.schakel/data.`,
};

import type { ImportCounts } from '../../interchange/import.ts';
import { count, counts } from './counting.ts';
import type { Words } from './nl.ts';
import { addedOf, total } from './nl-cli-data.ts';

const NOT_IN_FILE =
  'not in the file: the regions’ targets, agendapunten, actiepunten, stuurgroep dates and their settings, digests (published ones too), links to channels and accounts, holiday periods, check-in settings, the history of knelpunten and the logbook';

/** "1 region, 0 members, …"; `onlySome`: the kinds of which there is at least one. */
const kinds = (n: ImportCounts['existing'], onlySome: boolean) =>
  counts(
    n,
    {
      regions: ['region', 'regions'],
      members: ['member', 'members'],
      werkgroepen: ['werkgroep', 'werkgroepen'],
      checkins: ['check-in', 'check-ins'],
      checklist: ['checklist', 'checklists'],
      voortgang: ['voortgang line', 'voortgang lines'],
    },
    onlySome,
  );

/** `schakel import FILE` under `--en` (nl-cli-data.ts has the Dutch). */
export const enCliImport: Words['cli']['import'] = {
  tooLarge: (file, bytes, limitMb) =>
    `${file} has not been imported: it is ${bytes === null ? `larger than ${limitMb} MB` : `${(bytes / 2 ** 20).toFixed(1)} MB`}, and schakel import reads at most ${limitMb} MB (well over ${(limitMb * 2_500).toLocaleString('en-GB')} check-ins; the demo file of three regions is 0.1 MB). Nothing has changed. Is this the right file? Then export each region on its own (schakel export --region ID --out FILE) and import the files one by one.`,
  refused: (file) => `${file} was not imported; nothing has changed. To correct:`,
  notText: (file, why) => `${file} was not imported; nothing has changed. The file is ${why}.`,
  moreProblems: (n) => `… and ${count(n, 'more problem', 'more problems')}.`,
  done: (c) => {
    const e = c.existing;
    const added = addedOf(c);
    const line =
      total(e) === 0
        ? `Imported: ${kinds(c, false)}.`
        : total(added) === 0
          ? `Already there: ${kinds(c, false)}; updated, nothing stored twice.`
          : `Added: ${kinds(added, true)}. Already there and updated, not stored twice: ${kinds(e, true)}.`;
    return c.erased === 0
      ? line
      : `${line} Not restored: ${count(c.erased, 'member', 'members')} in the file, with their check-ins; erased in Schakel, and they stay erased. Add a new member of the same name with schakel members import.`;
  },
};

export const enCliExport: Words['cli']['export'] = {
  done: (file, c) =>
    `Exported to ${file}: ${count(c.regions, 'region', 'regions')}, ${count(c.members, 'member', 'members')}, ${count(c.checkins, 'check-in', 'check-ins')}, with werkgroepen and their series, knelpunten, checklists and voortgang; ${NOT_IN_FILE}. For a full backup see "Backups" in the README.`,
};

const NO_DATABASE_ADVICE =
  'If Schakel’s database is in another folder, point to it with SCHAKEL_DATA_DIR (the default folder ./.schakel/data lies in the folder you run the command in). If this is a new installation, start Schakel once first (npm start or schakel start), or make the first region with schakel import regio.json.';

const migrationChangedWhat = (migration: string) =>
  `The database belongs to another version of Schakel: database migration ${migration} differs between the database and this version`;

const MIGRATION_CHANGED_ADVICE =
  'Install the version of Schakel that made or last updated this database, or restore a backup that belongs to this version. (For developers: an applied migration was edited afterwards; put the change in a new migration.)';

const DATA_DIR_HELD_ADVICE =
  'An embedded database can be opened by one process at a time. Stop the server first (Ctrl+C, or your service manager) and give the command again; or use a PostgreSQL server (DATABASE_URL), which the server and the commands can use at the same time.';

export const enCliStore: Words['cli']['store'] = {
  noDatabase: (dir) =>
    `There is no database in the folder ${dir}; nothing was created. ${NO_DATABASE_ADVICE}`,
  noDatabaseWhat: (dir) => `Database: no database in the folder ${dir}`,
  noDatabaseAdvice: NO_DATABASE_ADVICE,
  migrationChanged: (migration) =>
    `${migrationChangedWhat(migration)}. Nothing has changed. ${MIGRATION_CHANGED_ADVICE}`,
  migrationChangedWhat,
  migrationChangedAdvice: MIGRATION_CHANGED_ADVICE,
  migrationNewerWhat: (migration) =>
    `The database was made or updated by a newer version of Schakel: this version does not know database migration ${migration}`,
  migrationNewerAdvice:
    'Install that newer version (or a later one) and use it for this database, or restore a backup that belongs to this version. This version may read the database wrongly.',
  dataDirHeld: (dir, pid) =>
    `Schakel is running (process ${pid}) and uses the embedded database in ${dir}; nothing has changed. ${DATA_DIR_HELD_ADVICE}`,
  dataDirHeldWhat: (dir, pid) =>
    `Database not checked: Schakel is running (process ${pid}) and uses the embedded database in ${dir}. That is no fault; while the server runs, no other process can open that database`,
  dataDirHeldCheck:
    'To have the database and its migrations checked too: stop the server (Ctrl+C, or your service manager), run schakel doctor again, then start the server again.',
  allWellButDatabase: 'All else is well; the database was not checked because Schakel is running.',
  noFoldersIn: (parent) => `no folders can be made in ${parent}`,
  noAccess: (dir) =>
    `No access to ${dir}: run Schakel as the owner of that folder, or choose a folder of your own with SCHAKEL_DATA_DIR. Nothing was changed.`,
  migrationsNeeded: (n) =>
    `The database needs ${count(n, 'migration', 'migrations')}; nothing was changed. Run schakel migrate first.`,
  dataDirShared: (dir, suggestion) =>
    `The folder ${dir} is shared: everyone on this machine may write in it (sticky bit, like /tmp). A database with names and e-mail addresses in it would not be yours alone; nothing was made. Choose a folder of your own with SCHAKEL_DATA_DIR, for example ${suggestion} (Schakel makes it, readable by you only), or leave SCHAKEL_DATA_DIR out for the default folder ./.schakel/data.`,
};

import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { makePrivateFolder } from './private-folder.ts';

/**
 * Another Schakel process (most often the running server) holds the folder. The command line says
 * so in the operator's language (nl-cli-data.ts, `store.dataDirHeld`); the message is for logs.
 */
export class DataDirLocked extends Error {
  readonly dir: string;
  readonly pid: number;
  constructor(dir: string, pid: number) {
    super(`The data folder ${dir} is held by another Schakel process (pid ${pid}).`);
    this.name = 'DataDirLocked';
    this.dir = dir;
    this.pid = pid;
  }
}

/**
 * SCHAKEL_DATA_DIR names a folder the embedded database cannot write in (/proc, a read-only
 * mount, a folder of someone else). Found out before PGlite starts: PGlite would first build a
 * whole cluster in memory (seconds, far longer on a busy machine) and only then fail, with an
 * error that has no message. `cause` is Node's error; the command line words it.
 */
export class DataDirUnusable extends Error {
  readonly dir: string;
  override readonly cause: unknown;
  /** The lock file beside the folder, when that is what could not be made (in the folder above). */
  readonly lockFile: string | undefined;
  constructor(dir: string, cause: unknown, lockFile?: string) {
    super(
      `De datamap ${dir} is onbruikbaar: ${(cause as Error)?.message || (cause as Error)?.name || String(cause)}`,
    );
    this.name = 'DataDirUnusable';
    this.dir = dir;
    this.cause = cause;
    this.lockFile = lockFile;
  }
}

/**
 * SCHAKEL_DATA_DIR names a folder everyone may write in, with the sticky bit (/tmp): the database
 * would lie among other people's files, its names there for all to see, and the folder is not
 * Schakel's to close. Refused before anything is written; the command line says to choose a folder
 * of one's own.
 */
export class DataDirShared extends Error {
  readonly dir: string;
  constructor(dir: string) {
    super(`De datamap ${dir} is een gedeelde map (sticky bit).`);
    this.name = 'DataDirShared';
    this.dir = dir;
  }
}

/**
 * The data folder, or one above it, may not be read by this user (a folder of someone else, 0700):
 * not the same as no database there. Found before anything is opened or made.
 */
export class DataDirNoAccess extends Error {
  readonly dir: string;
  constructor(dir: string) {
    super(`Geen toegang tot de datamap ${dir}.`);
    this.name = 'DataDirNoAccess';
    this.dir = dir;
  }
}

export interface DataDirLock {
  release(): void;
}

/**
 * PGlite is a single backend in this process: a second process opening the same
 * folder would corrupt it. A lock file holding our pid keeps it to one; a lock
 * left by a process that no longer runs is taken over.
 */
export function lockDataDir(dir: string): DataDirLock {
  makePrivateFolder(dir);
  if ((statSync(dir).mode & 0o1000) !== 0) throw new DataDirShared(dir);
  probeWritable(dir);
  const file = join(dir, '..', `${baseName(dir)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(file, { force: true }) };
    } catch (err) {
      // The lock file lies beside the data folder: the folder above is the one that refused it.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new DataDirUnusable(dir, err, file);
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isFinite(holder) && holder !== process.pid && isRunning(holder)) {
        throw new DataDirLocked(dir, holder);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Kon de datamap ${dir} niet vergrendelen.`);
}

/**
 * Makes and removes one file in `dir`: the database will have to write there. One left by a
 * process killed in between (the same pid after a container restart) is simply written again.
 */
function probeWritable(dir: string): void {
  const probe = join(dir, `.schakel-probe-${process.pid}`);
  try {
    closeSync(openSync(probe, 'w'));
  } catch (err) {
    throw new DataDirUnusable(dir, err);
  }
  rmSync(probe, { force: true });
}

function baseName(dir: string): string {
  return (
    dir
      .replace(/[\\/]+$/, '')
      .split(/[\\/]/)
      .pop() || 'data'
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

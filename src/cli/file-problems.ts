/**
 * What went wrong with a file or folder, in one plain line: Node's own words ("ENOENT: no such
 * file or directory, open …") are English and name a system call. The words are in the message
 * catalogue (src/messages/catalogue/nl-cli.ts); every error code gets a line naming the path.
 */
import { existsSync, fstatSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { words } from '../messages/catalogue/words.ts';
import { DataDirLocked, DataDirNoAccess, DataDirShared, DataDirUnusable } from '../store/data-dir-lock.ts';

function cli(english: boolean) {
  return words(english ? 'en' : 'nl').cli;
}

function reason(err: unknown, english: boolean): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  const w = cli(english);
  return (code && w.fileReasons[code]) || w.otherFileReason(code);
}

/** Why a folder could not be made: a file of that name (EEXIST) is said as such. */
export function folderReason(err: unknown, english: boolean): string {
  return (err as NodeJS.ErrnoException)?.code === 'EEXIST' ? cli(english).notAFolder : reason(err, english);
}

/** `--out FILE` could not be written. */
export function writeProblem(out: string, err: unknown, english: boolean): string {
  return cli(english).cannotWrite(out, reason(err, english));
}

/** The file a command was given could not be read. */
export function readProblem(file: string, err: unknown, english: boolean): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  // ENOENT names no part of the path: when the folder is there, the file is what is missing.
  if (code === 'ENOENT' && existsSync(dirname(file)))
    return cli(english).cannotRead(file, cli(english).missingFile);
  return cli(english).cannotRead(file, reason(err, english));
}

/**
 * Why the input on stdin cannot be read, before it is read, or null. A folder given as stdin
 * (`< /tmp`) reads as empty input in Node: without this check a scan of it would seem to succeed.
 */
export function stdinProblem(stdin: object, english: boolean): string | null {
  const fd = (stdin as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return null;
  try {
    if (!fstatSync(fd).isDirectory()) return null;
  } catch {
    return null; // nothing to say before reading; a read error is said as it comes
  }
  return inputProblem(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), english);
}

/** Stdin could not be read (a folder, a read error). */
export function inputProblem(err: unknown, english: boolean): string {
  return cli(english).cannotReadInput(reason(err, english));
}

/**
 * Any error of a file or folder that reached the command line unhandled: a folder Schakel makes
 * itself (SCHAKEL_DATA_DIR), the embedded database's folder, or any other path. Null for an error
 * that is no file error.
 */
export function folderProblem(err: unknown, english: boolean): string | null {
  if (err instanceof DataDirUnusable) return dataDirProblem(err, english);
  if (err instanceof DataDirLocked) return cli(english).store.dataDirHeld(err.dir, err.pid);
  if (err instanceof DataDirNoAccess) return cli(english).store.noAccess(err.dir);
  if (err instanceof DataDirShared)
    return cli(english).store.dataDirShared(err.dir, join(err.dir, 'schakel'));
  const e = err as NodeJS.ErrnoException;
  if (typeof e?.path !== 'string' || typeof e.code !== 'string') return null;
  if (e.syscall !== 'mkdir') return cli(english).cannotUse(e.path, reason(err, english));
  // The folder above is there, so "does not exist" would mislead: /proc takes no new folders (ENOENT).
  const above = dirname(e.path);
  return cli(english).cannotMakeFolder(
    e.path,
    e.code === 'ENOENT' && existsSync(above)
      ? cli(english).store.noFoldersIn(above)
      : folderReason(err, english),
  );
}

function dataDirProblem(err: DataDirUnusable, english: boolean): string {
  if (err.lockFile !== undefined)
    return cli(english).lockFileUnusable(err.lockFile, dirname(err.lockFile), reason(err.cause, english));
  const code = (err.cause as NodeJS.ErrnoException)?.code;
  // The folder is there, so "does not exist" would mislead: /proc refuses new files with ENOENT.
  const why =
    code === 'ENOENT' || code === undefined ? cli(english).noFilesThere : reason(err.cause, english);
  return cli(english).dataDirUnusable(err.dir, why);
}

import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Makes `dir` and the folders above it that are missing, each readable by its owner only. One
 * level at a time: Node's own `mkdir(…, { recursive: true })` never returns on a path below a
 * folder that takes no new entries (/proc/nope: mkdir answers ENOENT, and Node tries again for
 * ever, at full CPU). Here that ENOENT is thrown, like any other refusal.
 */
export function makePrivateFolder(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); !existsSync(at); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder, { mode: 0o700 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  // A file of that name: mkdir's own EEXIST says so, as a folder that cannot be made.
  if (!statSync(dir).isDirectory()) mkdirSync(dir);
}

/** True when `dir` holds a PostgreSQL cluster (PGlite's too: PG_VERSION at its top). */
export function holdsCluster(dir: string): boolean {
  return existsSync(join(dir, 'PG_VERSION'));
}

/**
 * Makes the data folder and what the database wrote in it its owner's alone (folders 0700, files
 * 0600), as PostgreSQL's initdb does. A process umask would not do: PGlite sets each file's mode
 * itself (0666), as PostgreSQL in WebAssembly asks for it. Run when a cluster was made and when
 * that database closes (the files made meanwhile). What was in the folder before (`before`, names
 * at its top) is the operator's and stays as it was. A shared folder with the sticky bit (/tmp) is
 * refused before (data-dir-lock.ts); were it one, it would stay open, but what Schakel wrote in it not.
 */
export function closeDataFolder(dir: string, before: ReadonlySet<string>): void {
  const mode = statSync(dir).mode;
  if ((mode & 0o1000) === 0 && (mode & 0o077) !== 0) chmodSync(dir, mode & 0o700);
  for (const name of readdirSync(dir)) {
    if (before.has(name)) continue;
    const top = join(dir, name);
    const inside = statSync(top).isDirectory() ? readdirSync(top, { recursive: true }) : [];
    for (const path of [top, ...inside.map((p) => join(top, String(p)))]) {
      try {
        const own = lstatSync(path);
        if ((own.isFile() || own.isDirectory()) && (own.mode & 0o077) !== 0)
          chmodSync(path, own.mode & 0o700);
      } catch {
        // Gone meanwhile: nothing to close.
      }
    }
  }
}

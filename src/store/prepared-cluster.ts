import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { extract } from 'tar';
import { loadMigrations } from './migrate.ts';
import { makePrivateFolder } from './private-folder.ts';

/**
 * A first start with the embedded database would begin with initdb: PGlite building an empty
 * cluster in WebAssembly, several seconds on a small machine and far more on a busy one. `npm ci`
 * builds one migrated cluster in advance (scripts/prepare-database.ts, the postinstall step) and a
 * first start unpacks it into the empty data folder instead (with Node's own gzip and file writes:
 * about a second less than PGlite unpacking it in WebAssembly; node-tar, the tar library npm itself
uses, reads the archive and refuses entries that would land outside the folder). It is named after the PGlite version
 * and the migrations, so a changed migration or PGlite is never served an old one; without it (the
 * step skipped, or a newer migration) the start runs initdb and the migrations as before.
 */
const ROOT = join(import.meta.dirname, '..', '..');
export const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'schakel');

let key: Promise<string> | undefined;

/** A short hash of the PGlite version and every migration. */
export function clusterKey(): Promise<string> {
  key ??= (async () => {
    const manifest = join(ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json');
    const pglite = (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
    const hash = createHash('sha256').update(pglite);
    for (const m of await loadMigrations()) hash.update(`${m.version}:${m.checksum}`);
    return hash.digest('hex').slice(0, 16);
  })();
  return key;
}

export async function preparedClusterFile(): Promise<string> {
  return join(CACHE_DIR, `cluster-${await clusterKey()}.tar.gz`);
}

/** The prepared cluster for these migrations, or undefined when there is none. */
export async function preparedCluster(): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(await preparedClusterFile())]);
  } catch {
    return undefined;
  }
}

/**
 * Unpacks the prepared cluster into the empty data folder `dataDir`; false when there is none.
 * It is written beside the folder and moved in whole, so a start that is interrupted half-way
 * leaves the folder empty and the next start simply unpacks again.
 */
export async function unpackPreparedCluster(dataDir: string): Promise<boolean> {
  return unpackCluster(await preparedClusterFile(), dataDir);
}

/** Unpacks the cluster archive `file` (tar.gz) into the empty folder `dataDir`; false without it. */
export async function unpackCluster(file: string, dataDir: string): Promise<boolean> {
  try {
    await access(file);
  } catch {
    return false;
  }
  const aside = `${dataDir}.uitpakken`;
  await rm(aside, { recursive: true, force: true });
  try {
    await mkdir(aside, { mode: 0o700 });
    const refused: string[] = [];
    await extract({
      file,
      cwd: aside,
      dmode: 0o700,
      // Only the owner may read a database folder (PostgreSQL's rule, whatever the archive says).
      filter: (_path, entry) => {
        if ('mode' in entry && entry.mode !== undefined) entry.mode &= 0o700;
        return true;
      },
      // PGlite's archive names its entries from "/", which node-tar reports as information only;
      // anything else (an entry outside the folder, a broken archive) makes the start fall back.
      onwarn: (code, message) => {
        if (code !== 'TAR_ENTRY_INFO') refused.push(message);
      },
    });
    if (refused.length > 0) throw new Error(`de voorbereide database is niet uitgepakt: ${refused[0]}`);
    await rmdir(dataDir);
    await rename(aside, dataDir);
    return true;
  } catch (err) {
    await rm(aside, { recursive: true, force: true });
    makePrivateFolder(dataDir);
    throw err;
  }
}

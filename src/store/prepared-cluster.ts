import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { loadMigrations } from './migrate.ts';
import { untar } from './untar.ts';

/**
 * A first start with the embedded database would begin with initdb: PGlite building an empty
 * cluster in WebAssembly, several seconds on a small machine and far more on a busy one. `npm ci`
 * builds one migrated cluster in advance (scripts/prepare-database.ts, the postinstall step) and a
 * first start unpacks it into the empty data folder instead (with Node's own gzip and file writes:
 * about a second less than PGlite unpacking it in WebAssembly). It is named after the PGlite version
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
  let packed: Buffer;
  try {
    packed = await readFile(await preparedClusterFile());
  } catch {
    return false;
  }
  const aside = `${dataDir}.uitpakken`;
  await rm(aside, { recursive: true, force: true });
  try {
    await mkdir(aside, { mode: 0o700 });
    untar(await promisify(gunzip)(packed), aside);
    await rmdir(dataDir);
    await rename(aside, dataDir);
    return true;
  } catch (err) {
    await rm(aside, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
    throw err;
  }
}

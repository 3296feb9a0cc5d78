import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadMigrations } from './migrate.ts';

/**
 * A first start with the embedded database would begin with initdb: PGlite building an empty
 * cluster in WebAssembly, several seconds on a small machine and far more on a busy one. `npm ci`
 * builds one migrated cluster in advance (scripts/prepare-database.ts, the postinstall step) and a
 * first start unpacks it into the empty data folder instead. It is named after the PGlite version
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

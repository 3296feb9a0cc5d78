import { mkdir, rename, writeFile } from 'node:fs/promises';
import pg from 'pg';
import { createLogger } from '../logger.ts';
import { wrap } from './database.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { migrate } from './migrate.ts';
import { CACHE_DIR, preparedClusterFile } from './prepared-cluster.ts';

/** Builds the cluster (initdb and every migration, in memory) and writes it, compressed. */
export async function prepareCluster(): Promise<string> {
  const embedded = await startEmbeddedPostgres(undefined);
  try {
    const db = wrap(
      'embedded',
      new pg.Pool({ connectionString: embedded.url, max: 1 }),
      createLogger('silent'),
    );
    await migrate(db);
    await db.close();
    const file = await preparedClusterFile();
    await mkdir(CACHE_DIR, { recursive: true });
    // Written aside and renamed: a start never reads half a file.
    const aside = `${file}.${process.pid}`;
    await writeFile(aside, new Uint8Array(await (await embedded.dumpDataDir('gzip')).arrayBuffer()));
    await rename(aside, file);
    return file;
  } finally {
    await embedded.stop();
  }
}

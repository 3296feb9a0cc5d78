import { readdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { type DataDirLock, DataDirUnusable, lockDataDir } from './data-dir-lock.ts';
import { closeDataFolder, holdsCluster } from './private-folder.ts';

/**
 * PostgreSQL's defaults are for a server with many users (shared_buffers 128 MB, all of it in
 * PGlite's WebAssembly memory); one region's werkgroepen fit in a fraction of that. Measured on the
 * demo data: about 200 MB less resident memory, no slower.
 */
const SMALL = [
  'shared_buffers = 16MB',
  'wal_buffers = 1MB',
  'temp_buffers = 2MB',
  'work_mem = 4MB',
  'maintenance_work_mem = 16MB',
];

export interface EmbeddedPostgres {
  /** A postgres:// URL that `pg` can connect to (one connection at a time). */
  readonly url: string;
  /** The whole data folder as a tar, for `loadDataDir` (tests start each database from one). */
  dumpDataDir(compression?: 'gzip' | 'none'): Promise<Blob>;
  stop(): Promise<void>;
}

/**
 * An embedded PostgreSQL (PGlite) served on 127.0.0.1 so that all SQL goes through
 * `pg`, exactly as against a real server. `dataDir` undefined means in memory (tests), which can
 * start from a dumped data folder (`loadDataDir`) instead of an empty cluster.
 */
export async function startEmbeddedPostgres(
  dataDir: string | undefined,
  opts: {
    loadDataDir?: Blob;
    /** Writes a prepared cluster into the empty folder; false when there is none. */
    unpackPrepared?: (dataDir: string) => Promise<boolean>;
    /** The prepared cluster for PGlite to load, when unpacking it here failed. */
    prepared?: () => Promise<Blob | undefined>;
  } = {},
): Promise<EmbeddedPostgres> {
  let lock: DataDirLock | undefined;
  try {
    lock = dataDir ? lockDataDir(dataDir) : undefined;
    // A new cluster goes in (unpacked, loaded or made by initdb; in a new folder or one the operator
    // made): what the folder held before stays the operator's.
    const before =
      dataDir !== undefined && !holdsCluster(dataDir) ? new Set(readdirSync(dataDir)) : undefined;
    // A data folder that is still empty starts from the prepared cluster, when there is one.
    const fresh = dataDir !== undefined && readdirSync(dataDir).length === 0;
    const unpacked = fresh && !opts.loadDataDir && (await opts.unpackPrepared?.(dataDir).catch(() => false));
    const load = opts.loadDataDir ?? (fresh && !unpacked ? await opts.prepared?.() : undefined);
    const db = await PGlite.create(dataDir, {
      ...(load ? { loadDataDir: load } : {}),
      postgresqlconf: SMALL,
    });
    // The new cluster is its owner's alone, as initdb makes it; and so is what it wrote meanwhile, at the close.
    if (before) closeDataFolder(dataDir!, before);
    // The pool uses one connection; pg replaces a connection after a failed query, and the socket
    // server closes the old one a moment later: room for two lets the new one in meanwhile.
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 2 });
    await server.start();
    const port = portOf(server.getServerConn());
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      dumpDataDir: (compression = 'none') => db.dumpDataDir(compression),
      async stop() {
        await server.stop();
        await db.close();
        if (before) closeDataFolder(dataDir!, before);
        lock?.release();
      },
    };
  } catch (err) {
    lock?.release();
    // PGlite's own file errors (Emscripten's ErrnoError) carry no message: say which folder.
    throw dataDir !== undefined && (err as Error)?.name === 'ErrnoError'
      ? new DataDirUnusable(dataDir, err)
      : err;
  }
}

function portOf(conn: string): number {
  const port = Number.parseInt(conn.split(':').pop() ?? '', 10);
  if (!Number.isFinite(port) || port === 0) throw new Error(`PGlite-socket gaf geen poort terug (${conn}).`);
  return port;
}

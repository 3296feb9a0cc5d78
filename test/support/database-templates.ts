import { constants } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createLogger } from '../../src/logger.ts';
import { wrap } from '../../src/store/database.ts';
import { startEmbeddedPostgres } from '../../src/store/embedded.ts';
import { migrate } from '../../src/store/migrate.ts';
import { clusterKey } from '../../src/store/prepared-cluster.ts';

/**
 * Every test database starts as a copy of one made earlier, instead of running initdb and every
 * migration again: for PGlite a dumped data folder (loaded in a fraction of the time an empty
 * cluster takes), for PostgreSQL a template database. Both are named after the migrations and
 * the PGlite version, so a changed migration makes a new one.
 */

// node_modules/.cache: gone with a clean clone, kept between runs on one machine.
const CACHE_DIR = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'schakel-test');
// Any fixed number: test workers starting together make the PostgreSQL template one at a time.
const TEMPLATE_LOCK = 4_242_777;

/** Named like the cluster `npm ci` prepares: the PGlite version and every migration. */
const templateKey = clusterKey;

const dumps = new Map<string, Promise<Blob>>();

/** The data folder of an embedded database, empty or with every migration applied, as a tar. */
export function embeddedTemplate(kind: 'blank' | 'migrated'): Promise<Blob> {
  let dump = dumps.get(kind);
  if (!dump) {
    dump = (async () => {
      const file = join(CACHE_DIR, `pglite-${await templateKey()}-${kind}.tar`);
      try {
        return new Blob([await readFile(file)]);
      } catch {
        await buildEmbeddedTemplates();
        return new Blob([await readFile(file)]);
      }
    })();
    dumps.set(kind, dump);
  }
  return dump;
}

/**
 * A new data folder for SCHAKEL_DATA_DIR that already holds the database, so a Schakel process
 * started on it skips initdb (and, `migrated`, the migrations): a copy of a folder made once from
 * the dump, which takes a fraction of the time initdb or loading the dump takes. `blank` is a
 * cluster without any migration, as the first start of a new installation sees it after initdb.
 * (A fresh, empty folder is data-dir-lock's test.)
 */
export async function preparedDataDir(
  prefix: string,
  kind: 'blank' | 'migrated' = 'migrated',
): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), prefix)), 'data');
  await cp(await dataDirTemplate(kind), dir, { recursive: true, mode: constants.COPYFILE_FICLONE });
  return dir;
}

const folders = new Map<string, Promise<string>>();

/** The template data folder of `kind` in the cache, unpacked from the dump the first time. */
function dataDirTemplate(kind: 'blank' | 'migrated'): Promise<string> {
  let folder = folders.get(kind);
  if (!folder) {
    folder = (async () => {
      const dir = join(CACHE_DIR, `pglite-${await templateKey()}-${kind}`);
      if (await exists(dir)) return dir;
      // Unpacked under a name of its own and renamed when complete: a worker doing the same at the
      // same time, or a run stopped halfway, never leaves a half folder under the real name.
      const building = `${dir}.${process.pid}`;
      await rm(building, { recursive: true, force: true });
      const db = await PGlite.create(building, { loadDataDir: await embeddedTemplate(kind) });
      await db.close();
      await rename(building, dir).catch(async (err: NodeJS.ErrnoException) => {
        // Another worker was first (rename onto a non-empty folder): use its copy.
        if (!(await exists(dir))) throw err;
        await rm(building, { recursive: true, force: true });
      });
      return dir;
    })();
    folders.set(kind, folder);
  }
  return folder;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Makes both dumps; a worker that makes them at the same time as another writes the same files. */
async function buildEmbeddedTemplates(): Promise<void> {
  const embedded = await startEmbeddedPostgres(undefined);
  try {
    await mkdir(CACHE_DIR, { recursive: true });
    const save = async (kind: string) => {
      const file = join(CACHE_DIR, `pglite-${await templateKey()}-${kind}.tar`);
      const temporary = `${file}.${process.pid}`;
      await writeFile(temporary, new Uint8Array(await (await embedded.dumpDataDir()).arrayBuffer()));
      await rename(temporary, file);
    };
    await save('blank');
    const db = wrap(
      'embedded',
      new pg.Pool({ connectionString: embedded.url, max: 1 }),
      createLogger('silent'),
    );
    await migrate(db);
    await db.close();
    await save('migrated');
  } finally {
    await embedded.stop();
  }
}

/**
 * Creates the database `name` on the server as a copy of the migrated template, making that
 * template first when this server does not have it yet.
 */
export async function createFromPostgresTemplate(server: string, name: string): Promise<void> {
  const template = `schakel_template_${await templateKey()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    // One at a time: PostgreSQL copies a template only while nobody else uses it.
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (!rowCount) {
      // Made under another name and renamed when complete: a failed attempt leaves no half template.
      const building = `${template}_bouw`;
      await admin.query(`DROP DATABASE IF EXISTS ${building}`);
      await admin.query(`CREATE DATABASE ${building}`);
      const db = wrap(
        'postgres',
        new pg.Pool({ connectionString: withDatabaseName(server, building), max: 1 }),
        createLogger('silent'),
      );
      try {
        await migrate(db);
      } finally {
        await db.close();
      }
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    }
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]).catch(() => undefined);
    await admin.end();
  }
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

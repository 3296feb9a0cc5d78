import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { openDatabase } from '../../src/store/database.ts';
import { loadMigrations } from '../../src/store/migrate.ts';
import { prepareCluster } from '../../src/store/prepare-cluster.ts';
import { preparedCluster } from '../../src/store/prepared-cluster.ts';
import { untar } from '../../src/store/untar.ts';

const logger = createLogger('silent');

/**
 * The first start of the embedded database unpacks the cluster `npm ci` prepared, with every
 * migration already in it, instead of running initdb; a data folder that holds data is never
 * replaced by it.
 */
describe('the prepared cluster of the embedded database', () => {
  let home: string;
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'schakel-cluster-'));
    await prepareCluster();
  }, 120_000);
  afterAll(async () => rm(home, { recursive: true, force: true }));

  it('is there after preparing, named after the migrations', async () => {
    expect(await preparedCluster()).toBeInstanceOf(Blob);
  });

  it('gives a first start an empty data folder that already has every migration', async () => {
    const db = await openDatabase({ kind: 'embedded', dataDir: join(home, 'eerste') }, logger);
    try {
      const { rows } = await db.pool.query('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual((await loadMigrations()).map((m) => m.version));
    } finally {
      await db.close();
    }
  }, 60_000);

  it('is unpacked readable by its owner only, and a start interrupted while unpacking is redone', async () => {
    const dir = join(home, 'onderbroken');
    await mkdir(`${dir}.uitpakken`, { recursive: true });
    await writeFile(join(`${dir}.uitpakken`, 'PG_VERSION'), 'half');
    const db = await openDatabase({ kind: 'embedded', dataDir: dir }, logger);
    try {
      const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM schema_migrations');
      expect(rows[0].n).toBe((await loadMigrations()).length);
    } finally {
      await db.close();
    }
    expect((await stat(join(dir, 'base'))).mode & 0o077).toBe(0);
    expect(await readdir(home)).not.toContain('onderbroken.uitpakken');
  }, 60_000);

  it('refuses a tar entry that would land outside the data folder', () => {
    const header = Buffer.alloc(1024);
    header.write('../buiten.txt', 0, 'latin1');
    header.write('0000644\0', 100, 'latin1');
    header.write('00000000000\0', 124, 'latin1');
    header.write('0', 156, 'latin1');
    expect(() => untar(header, join(home, 'tar'))).toThrow(/buiten de datamap/);
  });

  it('leaves a data folder with data in it as it is', async () => {
    const dir = join(home, 'bestaand');
    const first = await openDatabase({ kind: 'embedded', dataDir: dir }, logger);
    await first.pool.query(`CREATE TABLE notities (tekst text)`);
    await first.pool.query(`INSERT INTO notities VALUES ('blijft staan')`);
    await first.close();
    const again = await openDatabase({ kind: 'embedded', dataDir: dir }, logger);
    try {
      const { rows } = await again.pool.query('SELECT tekst FROM notities');
      expect(rows).toEqual([{ tekst: 'blijft staan' }]);
    } finally {
      await again.close();
    }
  }, 60_000);
});

import { access, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { openDatabase } from '../../src/store/database.ts';
import { loadMigrations } from '../../src/store/migrate.ts';
import { prepareCluster } from '../../src/store/prepare-cluster.ts';
import { preparedCluster, unpackCluster } from '../../src/store/prepared-cluster.ts';

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

  it('refuses a cluster archive with an entry that would land outside the data folder', async () => {
    const entry = Buffer.alloc(1536);
    entry.write('../buiten.txt', 0, 'latin1');
    entry.write('0000644\0', 100, 'latin1');
    entry.write('00000000005\0', 124, 'latin1');
    entry.write('        ', 148, 'latin1');
    entry.write('0', 156, 'latin1');
    entry.write('ustar\x0000', 257, 'latin1');
    const sum = entry.subarray(0, 512).reduce((total, byte) => total + byte, 0);
    entry.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    entry.write('hallo', 512, 'latin1');
    const archive = join(home, 'kwaad.tar.gz');
    await writeFile(archive, gzipSync(entry));
    const dataDir = join(home, 'kwaad', 'data');
    await mkdir(dataDir, { recursive: true });
    await expect(unpackCluster(archive, dataDir)).rejects.toThrow();
    await expect(access(join(home, 'kwaad', 'buiten.txt'))).rejects.toThrow();
    await expect(access(join(home, 'kwaad', 'data.uitpakken'))).rejects.toThrow();
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

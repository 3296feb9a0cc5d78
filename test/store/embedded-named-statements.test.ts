import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { openDatabase } from '../../src/store/database.ts';

const logger = createLogger('silent');

/**
 * PGlite is one backend that outlives the pool's connection: a statement prepared by name on one
 * connection was still there for the next, and every named query then failed with "prepared
 * statement … already exists" (npm start: the whole local chat stopped answering after 10 s idle).
 */
describe('embedded database: named statements across connections', () => {
  it('runs the same named query on a new connection after the old one is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schakel-named-'));
    const db = await openDatabase({ kind: 'embedded', dataDir: dir }, logger);
    try {
      const named = { name: 'schakel-test-named', text: 'SELECT $1::int + 1 AS n', values: [1] };
      expect((await db.pool.query(named)).rows[0].n).toBe(2);
      const client = await db.pool.connect();
      client.release(true); // the connection is closed, as after a failed query
      expect((await db.pool.query(named)).rows[0].n).toBe(2);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { openDatabase } from '../../src/store/database.ts';
import { runCli } from '../support/run-cli.ts';

describe('schakel seed-demo', () => {
  it('makes the demo regions with a published stuurgroep digest, as a first local start does', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'schakel-demo-')), 'data');
    const seeded = await runCli(['seed-demo'], { SCHAKEL_DATA_DIR: dir });
    expect(seeded.stdout).toContain('met een gepubliceerde stuurgroep-samenvatting');
    expect(seeded.code).toBe(0);
    const db = await openDatabase({ kind: 'embedded', dataDir: dir }, createLogger('silent'));
    try {
      const { rows } = await db.pool.query(
        `SELECT r.name, v.status FROM digest_versions v JOIN regions r ON r.id = v.region_id`,
      );
      expect(rows).toEqual([{ name: expect.stringContaining('Demo-regio'), status: 'published' }]);
    } finally {
      await db.close();
    }
  });
});

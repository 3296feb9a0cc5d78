import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { openDatabase } from '../../src/store/database.ts';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

describe('schakel seed-demo', () => {
  it('makes the demo regions with a published stuurgroep digest, as a first local start does', async () => {
    // Already migrated, so the process only seeds (a brand-new folder is data-dir-lock's test).
    const dir = await preparedDataDir('schakel-demo-', 'migrated');
    const seeded = await runCli(['seed-demo'], { SCHAKEL_DATA_DIR: dir });
    expect(seeded.stdout).toContain('demoregio');
    expect(seeded.stdout).toContain('De stuurgroep-samenvatting van de demo is gepubliceerd.');
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

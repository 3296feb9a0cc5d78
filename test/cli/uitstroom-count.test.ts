import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'schakel-uitstroom-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two tertialen: one with only the count of duurzame uitstroom, one with the count and the share. */
const FILE = JSON.stringify({
  format: 'schakel/v1',
  regions: [{ id: 'zwaluwdorp', name: 'Zwaluwdorp', startLevel: 2, targetLevel: 4 }],
  voortgang: [
    { regionId: 'zwaluwdorp', tertiaal: '2026-T1', values: { trajecten: 30, duurzameUitstroom: 12 } },
    {
      regionId: 'zwaluwdorp',
      tertiaal: '2026-T2',
      values: { trajecten: 40, duurzameUitstroom: 14, duurzameUitstroomPercentage: 35 },
    },
  ],
});

describe('the count of duurzame uitstroom', () => {
  let env: Record<string, string>;
  beforeAll(async () => {
    env = { SCHAKEL_DATA_DIR: await preparedDataDir('schakel-uitstroom-', 'migrated') };
    const file = join(dir, 'regio.json');
    writeFileSync(file, FILE);
    const made = await runCli(['import', file], env);
    expect(made.stderr).toBe('');
  });

  it('the digest shows the imported count, with the share beside it when given', async () => {
    for (const format of ['md', 'html']) {
      const t1 = await runCli(
        ['digest', '--region', 'zwaluwdorp', '--period', '2026-T1', '--format', format],
        env,
      );
      expect(t1.code).toBe(0);
      expect(t1.stdout).toContain('Duurzame uitstroom: 12');
      expect(t1.stdout).not.toContain('Duurzame uitstroom: niet ingevuld');
      const t2 = await runCli(
        ['digest', '--region', 'zwaluwdorp', '--period', '2026-T2', '--format', format],
        env,
      );
      expect(t2.stdout).toContain('Duurzame uitstroom: 14 (35%)');
    }
  });

  it('the evaluation shows the count over the period as well as the latest share', async () => {
    const r = await runCli(
      ['evaluation', '--region', 'zwaluwdorp', '--from', '2026-01-01', '--to', '2026-08-31'],
      env,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Duurzame uitstroom[^\n]*26/);
    expect(r.stdout).toMatch(/Duurzame uitstroom[^\n]*35/);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { freePort } from '../support/free-port.ts';
import { runCli } from '../support/run-cli.ts';
import { START_BOUND_MS, startSchakel } from '../support/schakel-process.ts';
import { createTestDatabase } from '../support/test-database.ts';

const dir = mkdtempSync(join(tmpdir(), 'schakel-demo-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REGION = JSON.stringify({
  format: 'schakel/v1',
  regions: [{ id: 'zwaluwdorp', name: 'Zwaluwdorp', startLevel: 2, targetLevel: 4 }],
});

async function regionWithRealData(): Promise<Record<string, string>> {
  const env = { SCHAKEL_DATA_DIR: await preparedDataDir('schakel-demo-seed-', 'migrated') };
  const file = join(dir, 'regio.json');
  writeFileSync(file, REGION);
  const made = await runCli(['import', file], env);
  expect(made.stderr).toBe('');
  return env;
}

describe('the demo regions never mix with real data', () => {
  it(
    'local start into a database with a real region seeds no demo and says why in its log',
    async () => {
      const env = await regionWithRealData();
      const schakel = startSchakel({
        ...env,
        PORT: '0',
        LOCAL_CHAT_PORT: String(await freePort()),
        LOG_LEVEL: 'info',
      });
      try {
        const line = await schakel.waitForLine('demoregio', START_BOUND_MS);
        expect(line).toContain('geen demoregio’s aangemaakt');
        expect(line).toContain('zwaluwdorp');
      } finally {
        await schakel.stop();
      }
      const exported = await runCli(['export'], env);
      expect(exported.code).toBe(0);
      expect(exported.stdout).not.toContain('demo-');
      expect(exported.stdout).toContain('zwaluwdorp');
    },
    3 * START_BOUND_MS,
  );

  it('seed-demo beside a real region refuses and changes nothing', async () => {
    const env = await regionWithRealData();
    const r = await runCli(['seed-demo'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('zwaluwdorp');
    expect(r.stderr).toContain('niets aangemaakt');
    expect((await runCli(['export'], env)).stdout).not.toContain('demo-');
  });

  it('seed-demo beside a real region in the DATABASE_URL database says what to do there', async () => {
    const database = await createTestDatabase();
    try {
      const env = { DATABASE_URL: database.url };
      const file = join(dir, 'regio-eigen-database.json');
      writeFileSync(file, REGION);
      expect((await runCli(['import', file], env)).code).toBe(0);
      const r = await runCli(['seed-demo'], env);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('zwaluwdorp');
      // Another SCHAKEL_DATA_DIR changes nothing while DATABASE_URL is set: the way out is that setting.
      expect(r.stderr).not.toContain('een andere SCHAKEL_DATA_DIR');
      expect(r.stderr).toContain('laat DATABASE_URL weg');
      expect(r.stderr).toContain('nieuwe, lege database');
      const english = await runCli(['seed-demo', '--en'], env);
      expect(english.stderr).toContain('leave DATABASE_URL out');
    } finally {
      await database.drop();
    }
  });

  it('seed-demo into an empty database names the three regions it made', async () => {
    const env = { SCHAKEL_DATA_DIR: await preparedDataDir('schakel-demo-seed-', 'migrated') };
    const r = await runCli(['seed-demo'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 demoregio’s aangemaakt');
    for (const name of ['Achterhoek', 'Twente', 'Rivierenland']) expect(r.stdout).toContain(name);
    const again = await runCli(['seed-demo'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('bestonden al');
  });
});

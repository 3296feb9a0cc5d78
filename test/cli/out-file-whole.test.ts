import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliWithFileLimit } from '../support/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// A disk that fills up while `--out FILE` is written: the file is written whole or not at all, and
// a file it would replace (--force) stays as it was. The full disk is a file size limit on the
// process (ulimit -f: the write fails part way with EFBIG, as it would with ENOSPC), which needs no
// root; the database is a server, so the process itself writes nothing else.

const dir = mkdtempSync(join(tmpdir(), 'schakel-out-whole-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--out on a disk that fills up part way', () => {
  let tdb: TestDatabase;
  const env = () => ({ DATABASE_URL: tdb.url, DATABASE_POOL_MAX: '1' });
  beforeAll(async () => {
    tdb = await createTestDatabase();
    expect((await runCli(['seed-demo'], env())).code).toBe(0);
  });
  afterAll(async () => tdb?.drop());

  it('export --force keeps the previous file whole, and leaves no cut-off or temporary file', async () => {
    const file = join(dir, 'export.json');
    writeFileSync(file, '{"vorige":"export"}\n');
    chmodSync(file, 0o600);
    const r = await runCliWithFileLimit(16, ['export', '--out', file, '--force'], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Kan ${file} niet schrijven:`);
    expect(r.stderr).toContain('een bestand dat er al stond, is niet veranderd');
    expect(readFileSync(file, 'utf8')).toBe('{"vorige":"export"}\n');
    expect(readdirSync(dir)).toEqual(['export.json']);
    // With room enough the same command replaces it.
    const ok = await runCli(['export', '--out', file, '--force'], env());
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('schakel/v1');
  });

  it('a new digest file that does not fit is not there at all', async () => {
    const file = join(dir, 'digest.md');
    const args = ['digest', '--region', 'demo-achterhoek', '--period', '2026-T2', '--out', file];
    const r = await runCliWithFileLimit(1, args, env());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Kan ${file} niet schrijven:`);
    expect(readdirSync(dir)).not.toContain('digest.md');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliInProcess } from '../support/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { insertDigestFixture, REGION } from './fixture.ts';

const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'digest');
let t: TestDatabase;
let env: Record<string, string>;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  t = await createTestDatabase();
  await insertDigestFixture(t.db);
  // Over its socket the embedded database takes one client at a time: one pooled connection.
  env = t.kind === 'embedded' ? { DATABASE_URL: t.url, DATABASE_POOL_MAX: '1' } : { DATABASE_URL: t.url };
});
afterAll(async () => {
  await t.drop();
});

describe('schakel digest over a real database', () => {
  it('prints the stable JSON form', async () => {
    const r = await runCli(['digest', '--region', REGION, '--period', '2026-T2', '--format', 'json'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.region).toBe('Digestregio (fictief)');
    expect(json.period).toMatchObject({ from: '2026-05-01', to: '2026-08-31' });
    expect(json.levels.overall).toEqual({ median: 3.5, n: 11 });
    expect(json.levels.byDomain.uwv).toEqual({ hidden: true, n: null });
  });

  it('prints Markdown and writes a PDF with --out', async () => {
    const md = await runCli(['digest', '--region', REGION, '--period=2026-t2', '--format', 'md'], env);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## Samenwerkingsniveau');
    const out = join(ARTIFACTS, 'cli-digest.pdf');
    rmSync(out, { force: true }); // --out never replaces a file without --force
    const pdf = await runCli(
      ['digest', '--region', REGION, '--period', '2026-T2', '--format', 'pdf', '--out', out],
      env,
    );
    expect(pdf.code).toBe(0);
    expect(pdf.stdout).toContain(`Samenvatting geschreven naar ${out}`);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it.each([
    [['--region', REGION, '--period', '2026-T4', '--format', 'json'], '--period verwacht een tertiaal'],
    [['--period', '2026-T2'], '--region is verplicht'],
    [
      ['--region', REGION, '--period', '2026-T2', '--format', 'docx'],
      '--format verwacht json, md, html of pdf',
    ],
    [['--region', REGION, '--period', '2026-T2', '--format', 'pdf'], 'geef --out BESTAND.pdf op'],
    [['--region', REGION, '--periode', '2026-T2'], 'Onbekende optie of waarde: --periode'],
  ])('refuses bad arguments in Dutch with exit code 2: %j', async (args, message) => {
    // Refused before any database work: what the command answers, without starting a process.
    const r = await runCliInProcess(['digest', ...args], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('says so when the region does not exist', async () => {
    const r = await runCli(
      ['digest', '--region', 'bestaat-niet', '--period', '2026-T2', '--format', 'json'],
      env,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Regio bestaat-niet bestaat niet.');
  });

  it.each([
    ['a folder that does not exist', join(ARTIFACTS, 'bestaat-niet', 'samenvatting.md'), 'bestaat niet'],
    ['a folder instead of a file', ARTIFACTS, 'is een map'],
  ])('--out in %s: one Dutch line naming the file, exit 1', async (_what, out, says) => {
    const r = await runCli(
      ['digest', '--region', REGION, '--period', '2026-T2', '--format', 'md', '--out', out],
      env,
    );
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`Kan ${out} niet schrijven`);
    expect(r.stderr).toContain(says);
    expect(r.stderr).not.toMatch(/ENOENT|EISDIR|no such file|illegal operation/);
  });
});

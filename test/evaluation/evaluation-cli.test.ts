import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_NAMES, REGION } from '../digest/fixture.ts';
import { runCli, runCliInProcess } from '../support/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { insertEvaluationFixture } from './fixture.ts';

const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'evaluation');
let t: TestDatabase;
let env: Record<string, string>;
const PERIOD = ['--from', '2026-05-01', '--to', '2026-08-31'];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  t = await createTestDatabase();
  await insertEvaluationFixture(t.db);
  // Over its socket the embedded database takes one client at a time: one pooled connection.
  env = t.kind === 'embedded' ? { DATABASE_URL: t.url, DATABASE_POOL_MAX: '1' } : { DATABASE_URL: t.url };
});
afterAll(async () => {
  await t.drop();
});

describe('schakel evaluation over a real database', () => {
  it('prints the draft form in Markdown', async () => {
    const r = await runCli(['evaluation', '--region', REGION, ...PERIOD, '--format', 'md'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Kept as a test artefact, to be read as a projectleider would.
    writeFileSync(join(ARTIFACTS, 'cli-evaluatie.md'), r.stdout);
    expect(r.stdout).toContain('# Evaluatie Hoofdzaak Werk');
    expect(r.stdout).toContain('Regio: Digestregio (fictief)');
    expect(r.stdout).toContain('## 4 Samenwerking tussen projectpartners');
    expect(r.stdout).toContain('Samenvatting: …');
    for (const name of MEMBER_NAMES) expect(r.stdout).not.toContain(name);
  });

  it('writes a .docx with --out', async () => {
    const out = join(ARTIFACTS, 'cli-evaluatie.docx');
    rmSync(out, { force: true }); // --out never replaces a file without --force
    const r = await runCli(
      ['evaluation', '--region', REGION, ...PERIOD, '--format', 'docx', '--out', out],
      env,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Concept-evaluatie geschreven naar ${out}`);
    const file = readFileSync(out);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = new TextDecoder().decode(unzipSync(new Uint8Array(file))['word/document.xml']);
    expect(xml).toContain('1 Algemeen');
    expect(xml).toContain('3 Samenvatting van de inhoudelijke resultaten tot nu toe');
    expect(xml).toContain('5 Overige opmerkingen');
  });

  it.each([
    [
      ['--region', REGION, '--from', '2026-13-01', '--to', '2026-08-31'],
      '--from verwacht een datum als JJJJ-MM-DD',
    ],
    [['--region', REGION, '--from', '2026-05-01'], '--to is verplicht'],
    [['--from', '2026-05-01', '--to', '2026-08-31'], '--region is verplicht'],
    [['--region', REGION, '--from', '2026-08-31', '--to', '2026-05-01'], 'eindigt vóór ze begint'],
    [['--region', REGION, ...PERIOD, '--format', 'pdf'], '--format verwacht md of docx'],
    [['--region', REGION, ...PERIOD, '--format', 'docx'], 'geef --out BESTAND.docx op'],
    [['--region', REGION, ...PERIOD, '--periode', 'x'], 'Onbekende optie of waarde: --periode'],
  ])('refuses bad arguments in Dutch with exit code 2: %j', async (args, message) => {
    // Refused before any database work: what the command answers, without starting a process.
    const r = await runCliInProcess(['evaluation', ...args], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('says so when the region does not exist', async () => {
    const r = await runCli(['evaluation', '--region', 'bestaat-niet', ...PERIOD], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Regio bestaat-niet bestaat niet.');
  });
});

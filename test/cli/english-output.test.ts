import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

/**
 * `--en` on the demo regions: every line a command prints reads English, and without it Dutch.
 * The telltale words are ones each command used to print in Dutch whatever was asked; what members
 * typed (the demo's successes and knelpunten) stays as they wrote it, so the words are of the
 * wording, not of the data.
 */
const dir = mkdtempSync(join(tmpdir(), 'schakel-english-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let env: Record<string, string>;
beforeAll(async () => {
  env = { SCHAKEL_DATA_DIR: await preparedDataDir('schakel-english-output-', 'migrated') };
  expect((await runCli(['seed-demo'], env)).code).toBe(0);
}, 60_000);

const DIGEST = ['digest', '--region', 'demo-achterhoek', '--period', '2026-T2'];
const EVALUATION = ['evaluation', '--region=demo-achterhoek', '--from=2026-01-01', '--to=2026-06-30'];

/**
 * Per command: words only the Dutch output has (and that --en must not print), words only the
 * English output has, and more Dutch the English must not print.
 */
const COMMANDS: ReadonlyArray<{
  readonly name: string;
  readonly args: readonly string[];
  readonly nl: readonly string[];
  readonly en: readonly string[];
  readonly notInEnglish: readonly string[];
}> = [
  {
    name: 'doctor',
    args: ['doctor'],
    nl: [
      'Configuratie gelezen',
      'Database bereikbaar',
      'ingebouwd',
      'Alle databasemigraties',
      'Alles in orde',
    ],
    en: ['Configuration read', 'Database reachable', 'embedded', 'All database migrations', 'All is well'],
    notInEnglish: ['bereikbaar', 'toegepast', 'ingesteld'],
  },
  {
    name: 'digest as Markdown',
    args: [...DIGEST, '--format', 'md'],
    nl: ['Stuurgroep-samenvatting', '## Samenwerkingsniveau', 'Verloop:', 'Respons:', '## Voortgang'],
    en: ['Steering group digest', '## Level of collaboration', 'Trend:', 'Response:', '## Progress'],
    notInEnglish: ['werkgroepleden', 'antwoorden', 'startniveau', 'jaardoel'],
  },
  {
    name: 'digest as HTML',
    args: [...DIGEST, '--format', 'html'],
    nl: ['<html lang="nl">', '<h2>Samenwerkingsniveau</h2>', 'Verloop per tertiaal'],
    en: ['<html lang="en">', '<h2>Level of collaboration</h2>', 'Trend per tertiaal'],
    notInEnglish: ['Verloop', 'doel', 'antwoorden'],
  },
  {
    name: 'national as Markdown',
    args: ['national', '--period', '2026-T2', '--format', 'md'],
    nl: ['Landelijk overzicht', 'Randvoorwaarden', 'Verandering in samenwerkingsniveau', 'in ontwikkeling'],
    en: ['National overview', 'Preconditions', 'Change in the level of collaboration', 'in development'],
    notInEnglish: ["regio's", 'tot en met', 'Voorbereiding'],
  },
  {
    name: 'evaluation',
    args: EVALUATION,
    nl: ['Samenvatting: …', 'Wat ging goed?', 'Door de projectleider in te vullen', '1 Algemeen'],
    en: ['Summary: …', 'What went well?', 'For the projectleider to fill in', '1 General'],
    notInEnglish: ['Periode:', 'Samenwerking tussen projectpartners', 'Randvoorwaarde', 'niveau'],
  },
];

describe('schakel … --en on a seeded database', () => {
  it.each(COMMANDS)(
    '$name reads English with --en, and Dutch without',
    async (c) => {
      const dutch = await runCli([...c.args], env);
      const english = await runCli([...c.args, '--en'], env);
      expect(dutch.code, dutch.stderr).toBe(0);
      expect(english.code, english.stderr).toBe(0);
      for (const word of c.en) expect(english.stdout).toContain(word);
      for (const word of [...c.nl, ...c.notInEnglish])
        expect(english.stdout + english.stderr).not.toContain(word);
      for (const word of c.nl) expect(dutch.stdout).toContain(word);
      for (const word of c.en) expect(dutch.stdout + dutch.stderr).not.toContain(word);
    },
    60_000,
  );

  it('says in English where the digest and the draft evaluation went', async () => {
    const digest = join(dir, 'digest.md');
    expect((await runCli([...DIGEST, '--out', digest, '--en'], env)).stdout).toBe(
      `Digest written to ${digest}\n`,
    );
    const evaluation = join(dir, 'evaluation.md');
    expect((await runCli([...EVALUATION, '--out', evaluation, '--en'], env)).stdout).toBe(
      `Draft evaluation written to ${evaluation}\n`,
    );
  }, 60_000);

  it('says a wrong argument in English', async () => {
    const date = await runCli(
      ['evaluation', '--region', 'x', '--from', '2026-13-01', '--to', '2026-12-31', '--en'],
      env,
    );
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--from expects a date as YYYY-MM-DD');
    const flag = await runCli(['digest', '--wat', '--en'], env);
    expect(flag.stderr).toContain('Unknown option or value: --wat');
    const period = await runCli(['national', '--period', 'gisteren', '--en'], env);
    expect(period.stderr).toContain('Not a valid period: gisteren');
    const format = await runCli(['national', '--period', '2026-T2', '--format', 'xml', '--en'], env);
    expect(format.code).toBe(2);
    expect(format.stderr.split('\n')[0]).toBe('Unknown format: xml (json or md)');
  }, 60_000);
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

// An empty CSV (a spreadsheet saved before anything was typed, or only blank lines) is said as
// that, not as columns that are missing. Nothing is read from a database for it.
const dir = mkdtempSync(join(tmpdir(), 'schakel-members-empty-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('schakel members import of an empty file', () => {
  it.each([
    ['empty', ''],
    ['blank lines', '\n\r\n\n'],
    ['only a byte order mark', '\uFEFF'],
  ])(
    '%s: "het bestand is leeg", exit 1',
    async (_name, text) => {
      const file = join(dir, 'leeg.csv');
      writeFileSync(file, text);
      const env = { SCHAKEL_DATA_DIR: join(dir, 'data') };
      const r = await runCli(['members', 'import', file, '--region', 'fictief-oost'], env);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Het bestand is leeg');
      expect(r.stderr).not.toContain('kolommen ontbreken');
      const english = await runCli(['members', 'import', file, '--region', 'fictief-oost', '--en'], env);
      expect(english.stderr).toContain('The file is empty');
    },
    60_000,
  );
});

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'schakel-importbestand-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CHECKIN = `    {
      "memberId": "13197cc8-bc3c-49a1-98b9-ac7e57b8747a",
      "werkgroepId": "11d4a41b-bc5d-4ddd-9068-99ce17845d51",
      "date": "2025-06-10",
      "level": 2,
      "wentWell": "Klantmanagers en behandelaren weten elkaar nu direct te vinden.",
      "knelpunten": []
    }`;

const refusal = (file: string, size: string) =>
  `${file} is niet geïmporteerd: het is ${size}, en Schakel leest voor schakel import ten hoogste 10 MB (ruim 25.000 check-ins; het demobestand van drie regio's is 0,1 MB). Er is niets veranderd. Is dit het goede bestand? Exporteer dan elke regio apart (schakel export --region ID --out BESTAND) en importeer de bestanden één voor één.\n`;

/** The demo's three regions export to 0.1 MB; a file of many times a real region is the wrong file. */
describe('schakel import of a file far larger than any region', () => {
  it('refuses a schakel/v1 file above 10 MB before reading it, naming its size, the limit and what to do', async () => {
    const big = join(dir, 'alle-regios.json');
    const rows = Math.floor((12.4 * 2 ** 20) / (CHECKIN.length + 2));
    writeFileSync(
      big,
      `{\n  "format": "schakel/v1",\n  "checkins": [\n${Array(rows).fill(CHECKIN).join(',\n')}\n  ]\n}\n`,
    );
    const data = join(dir, 'data');
    const r = await runCli(['import', big], { SCHAKEL_DATA_DIR: data });
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(refusal(big, '12,4 MB'));
    expect(r.code).toBe(1);
    // Refused before the database was opened: nothing was made for it.
    expect(existsSync(data)).toBe(false);
    const en = await runCli(['import', big, '--en'], { SCHAKEL_DATA_DIR: data });
    expect(en.stderr).toContain('schakel import reads at most 10 MB');
    expect(en.code).toBe(1);
  });

  it('a device that never ends (/dev/zero) is refused the same way, without reading it all', async () => {
    const r = await runCli(['import', '/dev/zero'], { SCHAKEL_DATA_DIR: join(dir, 'data') });
    expect(r.stderr).toBe(refusal('/dev/zero', 'groter dan 10 MB'));
    expect(r.code).toBe(1);
  });
});

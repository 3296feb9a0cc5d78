import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spreadsheetRegion } from '../interchange/spreadsheet-region.ts';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

// An operator's backup routine: export, a member erased on their behalf, the export restored. The
// erasure must stand (AVG art. 17), and the import must say so without naming anyone. Fictional
// people only.

const dir = mkdtempSync(join(tmpdir(), 'schakel-import-erased-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
type Exported = { members: { name: string }[]; checkins: { memberId: string }[] };
const exported = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Exported;

describe('restoring an export after a member was erased', () => {
  let env: Record<string, string>;
  beforeAll(async () => {
    env = { SCHAKEL_DATA_DIR: await preparedDataDir('schakel-import-erased-', 'migrated') };
    writeFileSync(at('regio.json'), JSON.stringify(spreadsheetRegion()));
    expect((await runCli(['import', at('regio.json')], env)).code).toBe(0);
  });

  it('leaves the erased member out, says how many without a name, and the erasure stands', async () => {
    expect((await runCli(['export', '--out', at('exp.json')], env)).code).toBe(0);
    const before = exported(at('exp.json'));
    expect(before.members.map((m) => m.name)).toContain('Bram de Vries');

    const erase = ['members', 'erase', '--region', 'fictief-oost', '--naam', 'Bram de Vries', '--bevestig'];
    expect((await runCli(erase, env)).code).toBe(0);

    const restored = await runCli(['import', at('exp.json')], env);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain(
      'Niet teruggezet: 1 deelnemer uit het bestand, met diens check-ins; die is in Schakel gewist en blijft gewist.',
    );
    expect(restored.stdout).toContain('2 deelnemers');
    expect(restored.stdout).not.toContain('Bram');

    expect((await runCli(['export', '--out', at('na.json')], env)).code).toBe(0);
    const after = exported(at('na.json'));
    expect(after.members.map((m) => m.name)).not.toContain('Bram de Vries');
    expect(after.members).toHaveLength(before.members.length - 1);
    expect(after.checkins.length).toBeLessThan(before.checkins.length);

    const en = await runCli(['import', at('exp.json'), '--en'], env);
    expect(en.stdout).toContain('Not restored: 1 member in the file, with their check-ins;');
  });

  it('a members CSV with a person of the same name adds them: that is a deliberate, separate act', async () => {
    writeFileSync(
      at('leden.csv'),
      'naam,organisatie,domein,e-mail,rol\nBram de Vries,Gemeente Fictief,gemeente,bram@example.org,\n',
    );
    const r = await runCli(['members', 'import', at('leden.csv'), '--region', 'fictief-oost'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Toegevoegd: 1');
    expect((await runCli(['export', '--out', at('csv.json')], env)).code).toBe(0);
    expect(exported(at('csv.json')).members.map((m) => m.name)).toContain('Bram de Vries');
  });
});

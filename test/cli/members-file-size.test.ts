import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runCliInProcess } from '../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'schakel-ledenbestand-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'naam,organisatie,domein,e-mail,rol\n';
const ROW = 'Anouk Visser,Laborijn,gemeente,anouk@laborijn.example,\n';

describe('schakel members import of a file far larger than any region', () => {
  it('refuses a CSV above 1 MB before reading it, naming its size, the limit and what to do', async () => {
    const big = join(dir, 'export-hele-crm.csv');
    writeFileSync(big, HEADER + ROW.repeat(Math.ceil((2.5 * 1024 * 1024) / ROW.length)));
    const data = join(dir, 'data');
    const r = await runCli(['members', 'import', big, '--region', 'zwaluwdorp'], { SCHAKEL_DATA_DIR: data });
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `${big} is niet geïmporteerd: het is 2,5 MB, en Schakel leest voor members import ten hoogste 1 MB (ruim 10.000 leden). Er is niets opgeslagen. Is dit het goede bestand? Splits een grotere ledenlijst dan in delen van minder dan 1 MB, elk met de kopregel bovenaan, en importeer ze één voor één.\n`,
    );
    expect(r.code).toBe(1);
    // Refused before the database was opened: nothing was made for it.
    expect(existsSync(data)).toBe(false);
    const en = await runCli(['members', 'import', big, '--region', 'zwaluwdorp', '--en'], {
      SCHAKEL_DATA_DIR: data,
    });
    expect(en.stderr).toContain('at most 1 MB');
    expect(en.code).toBe(1);
  });

  it('a file just over 1 MB is said in kB, rounded up, so it never reads as the limit itself', async () => {
    const over = join(dir, 'net-te-groot.csv');
    writeFileSync(over, 'x'.repeat(2 ** 20 + 100));
    const r = await runCli(['members', 'import', over, '--region', 'zwaluwdorp'], {
      SCHAKEL_DATA_DIR: join(dir, 'data'),
    });
    expect(r.stderr).toContain(
      'het is 1.025 kB, en Schakel leest voor members import ten hoogste 1 MB (1.024 kB)',
    );
    expect(r.stderr).not.toContain('1,0 MB');
    const en = await runCli(['members', 'import', over, '--region', 'zwaluwdorp', '--en'], {
      SCHAKEL_DATA_DIR: join(dir, 'data'),
    });
    expect(en.stderr).toContain('it is 1,025 kB, and members import reads at most 1 MB (1,024 kB)');
  });

  it('a device that never ends (/dev/zero) is refused the same way, without reading it all', async () => {
    const r = await runCli(['members', 'import', '/dev/zero', '--region', 'zwaluwdorp'], {
      SCHAKEL_DATA_DIR: join(dir, 'data'),
    });
    expect(r.stderr).toBe(
      '/dev/zero is niet geïmporteerd: het is groter dan 1 MB, en Schakel leest voor members import ten hoogste 1 MB (ruim 10.000 leden). Er is niets opgeslagen. Is dit het goede bestand? Splits een grotere ledenlijst dan in delen van minder dan 1 MB, elk met de kopregel bovenaan, en importeer ze één voor één.\n',
    );
    expect(r.code).toBe(1);
  });

  it('a file that is not there: exit 1 (a file problem, not a wrong command line), as schakel import', async () => {
    const gone = join(dir, 'bestaat-niet.csv');
    for (const args of [
      ['members', 'import', gone, '--region', 'zwaluwdorp'],
      ['import', gone],
    ]) {
      const r = await runCliInProcess(args, { SCHAKEL_DATA_DIR: join(dir, 'data') });
      expect(r.stderr, args[0]).toBe(`Kan ${gone} niet lezen: het bestand bestaat niet.\n`);
      expect(r.code, args[0]).toBe(1);
    }
  });
});

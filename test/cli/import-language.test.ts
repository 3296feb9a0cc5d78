import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spreadsheetRegion } from '../interchange/spreadsheet-region.ts';
import { runCli } from '../support/run-cli.ts';

// `--en`: what the import commands say about each line of a file is English too, as the rest
// of the command line. Fictional people only.

const dir = mkdtempSync(join(tmpdir(), 'schakel-import-en-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { SCHAKEL_DATA_DIR: join(dir, 'data') };
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

/** Dutch words these lines used to have. */
const DUTCH =
  /verwacht|bestaat niet|niet geïmporteerd|Rij \d|kolom|geen geldig|lijkt|Er is niets|het bestand/;

describe('schakel import --en', () => {
  it('names every problem of a schakel/v1 file in English', async () => {
    const doc = spreadsheetRegion();
    const bad = {
      ...doc,
      members: [doc.members![0], { ...doc.members![1]!, domain: 'zorg' }, doc.members![2]],
      checkins: [
        ...doc.checkins!,
        { memberId: 'm9', werkgroepId: 'wg-oost', date: '2025-04-08', level: 3 },
        { memberId: 'm1', werkgroepId: 'wg-oost', date: '8-4-2025', level: 3 },
      ],
    };
    const r = await runCli(['import', file('fout.json', JSON.stringify(bad)), '--en'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('was not imported; nothing has changed. To correct:');
    expect(r.stderr).toContain('members[1].domain: expected one of ggz, gemeente');
    expect(r.stderr).toContain('expected a date as YYYY-MM-DD');
    expect(r.stderr).not.toMatch(DUTCH);

    const broken = await runCli(['import', file('kapot.json', '{"format": "schakel/v1",}'), '--en'], env);
    expect(broken.stderr).toContain('line 1, column 25: not valid JSON: a name between double quotes');
    expect(broken.stderr).not.toMatch(DUTCH);

    const references = {
      ...doc,
      checkins: [{ memberId: 'm9', werkgroepId: 'wg-oost', date: '2025-04-08', level: 3 }],
    };
    const missing = await runCli(
      ['import', file('verwijzing.json', JSON.stringify(references)), '--en'],
      env,
    );
    expect(missing.stderr).toContain('checkins[0].memberId: member m9 does not exist');
    expect(missing.stderr).not.toMatch(DUTCH);
  });

  it('and stays Dutch without --en', async () => {
    const r = await runCli(['import', file('kapot-nl.json', '{"format": "schakel/v1",}')], env);
    expect(r.stderr).toContain('regel 1, kolom 25: geen geldige JSON: hier hoort een naam');
  });
});

describe('schakel members import --en', () => {
  it('names every row and column in English, and that nothing was stored', async () => {
    const csv = file(
      'fout.csv',
      'naam,organisatie,domein,e-mail,rol\nAnouk Visser,Laborijn,gemeente,anouk.visser@laborijn.example,lid\nBram Koster,GGNet,zorg,bram.koster@ggnet.example,\nCor Jansen,UWV,uwv,geen-adres,chef\nDirk Mulder,Werkbedrijf,uwv,cor.jansen@uwv.example,\nEva de Boer,Laborijn,gemeente,anouk.visser@laborijn.example,\n',
    );
    const r = await runCli(['members', 'import', csv, '--region', 'fictief-oost', '--en'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Row 3, domein: expected one of ggz, gemeente');
    expect(r.stderr).toContain('Row 4, e-mail: not a valid e-mail address');
    expect(r.stderr).toContain('Row 4, rol: expected lid, projectleider');
    expect(r.stderr).toContain('Row 6, e-mail: this e-mail address is also on row 2');
    expect(r.stderr).toContain('Nothing has been stored. Correct the file and try again.');
    expect(r.stderr).not.toMatch(DUTCH);

    const quote = file(
      'aanhalingsteken.csv',
      'naam,organisatie,domein,e-mail\n"Anouk Visser,Laborijn,gemeente,a@b.example\n',
    );
    const q = await runCli(['members', 'import', quote, '--region', 'fictief-oost', '--en'], env);
    expect(q.stderr).toContain('Row 2, naam: the quote (") at the start of this cell is never closed');
    expect(q.stderr).not.toMatch(DUTCH);

    const header = file('kop.csv', 'naam,organisatie\nAnouk Visser,Laborijn\n');
    const h = await runCli(['members', 'import', header, '--region', 'fictief-oost', '--en'], env);
    expect(h.stderr).toContain('Row 1, header: columns missing: domein, e-mail.');
    expect(h.stderr).not.toMatch(DUTCH);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMembersCsv } from '../../src/members/csv-import.ts';
import { runCliInProcess } from '../support/run-cli.ts';

// A file that is no CSV is refused in Dutch, naming the row as a spreadsheet numbers it (header =
// row 1, empty rows counted) and the column as the header names it, with what to do. The parser's
// English ("Quote Not Closed") and "Rij 0" never reach the person. Fictional people only.

const passes = { check() {} };
const HEADER = 'naam,organisatie,domein,e-mail,rol\n';
const problems = (text: string) => {
  const r = parseMembersCsv(text, passes);
  return r.ok ? [] : r.problems;
};

describe('members import: a file that is no CSV', () => {
  it('a quote not closed names its row and column, in Dutch, and what to do', () => {
    const text = `${HEADER}Anouk Visser,Laborijn,gemeente,anouk@voorbeeld.test,lid\n"Bram Koster,GGNet,ggz,bram@voorbeeld.test,\nCor Jansen,UWV,uwv,cor@voorbeeld.test,lid\n`;
    expect(problems(text)).toEqual([
      {
        row: 3,
        field: 'naam',
        message: expect.stringMatching(
          /^het aanhalingsteken \("\) aan het begin .* Zet een " aan het eind van de cel, of haal het weg\.$/,
        ),
      },
    ]);
  });

  it('a quote inside a cell and text after a closing quote: row (empty rows counted) and column', () => {
    const inside = `${HEADER}Anouk Visser,Laborijn,gemeente,anouk@voorbeeld.test,lid\n\nBram Koster,GG"Net",ggz,bram@voorbeeld.test,\n`;
    expect(problems(inside)).toEqual([
      {
        row: 4,
        field: 'organisatie',
        message: expect.stringContaining('schrijf het teken in de cel dubbel ("")'),
      },
    ]);
    const after = `${HEADER}Anouk Visser,"Labo"rijn,gemeente,anouk@voorbeeld.test,lid\n`;
    expect(problems(after)).toEqual([
      {
        row: 2,
        field: 'organisatie',
        message: expect.stringContaining('Schrijf een aanhalingsteken in de cel dubbel'),
      },
    ]);
  });

  it('a broken header is named by row 1 and the column number', () => {
    expect(problems('naam,"organisatie,domein\n')).toEqual([
      { row: 1, field: 'kolom 2', message: expect.stringContaining('wordt nergens gesloten') },
    ]);
  });

  it('after an empty row, a bad row keeps its spreadsheet number', () => {
    const text = `${HEADER}\nAnouk Visser,Laborijn,gemeente,geen-adres,lid\n`;
    expect(problems(text).map((p) => p.row)).toEqual([3]);
  });

  it('missing columns are named in Dutch, as the usage names them', () => {
    expect(problems('naam,organisatie\nAnouk Visser,Laborijn\n')).toEqual([
      {
        row: 1,
        field: 'kop',
        message: expect.stringMatching(/^kolommen ontbreken: domein, e-mail\. Zet bovenaan/),
      },
    ]);
  });

  it('the command prints no "Rij 0" and no English: the row, or the file as a whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schakel-csv-problems-'));
    const quote = join(dir, 'quote.csv');
    writeFileSync(quote, `${HEADER}"Anouk Visser,Laborijn,gemeente,anouk@voorbeeld.test,lid\n`);
    const a = await runCliInProcess(['members', 'import', quote, '--region', 'oost']);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('Rij 2, naam: het aanhalingsteken');
    expect(a.stderr).not.toMatch(/Rij 0|Quote|Not Closed/);
    const latin1 = join(dir, 'latin1.csv');
    writeFileSync(
      latin1,
      Buffer.from(`${HEADER}José Müller,Laborijn,gemeente,jose@voorbeeld.test,lid\n`, 'latin1'),
    );
    const b = await runCliInProcess(['members', 'import', latin1, '--region', 'oost']);
    expect(b.stderr).toMatch(/^Het bestand is geen UTF-8: /);
    expect(b.stderr).not.toContain('Rij 0');
  });
});

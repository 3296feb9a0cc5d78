import { describe, expect, it } from 'vitest';
import { parseMembersCsv } from '../../src/members/csv-import.ts';

// Excel's hint line: a file that starts with "sep=;" opens in Excel in columns whatever the
// computer's list separator, and Excel hides the line, showing the header as row 1. Such a file
// was refused as "Rij 1, kop: kolommen ontbreken: naam, organisatie, …" (attack42), though every
// column is there. Fictional people only.

const passes = { check() {} };

describe('members import: a file that starts with Excel’s sep= line', () => {
  it('takes the separator from it and reads the header below it as row 1', () => {
    const text =
      'sep=;\r\nnaam;organisatie;domein;e-mail;rol\r\nAnouk Visser;Laborijn, team Werk;gemeente;anouk@voorbeeld.test;lid\r\n';
    const r = parseMembersCsv(text, passes);
    expect(r.ok && r.rows.map((m) => [m.row, m.name, m.organisation, m.email])).toEqual([
      [2, 'Anouk Visser', 'Laborijn, team Werk', 'anouk@voorbeeld.test'],
    ]);
  });

  it('after a byte-order mark too, and with a comma hint in a file whose cells hold semicolons', () => {
    const text =
      '\uFEFFSEP=,\nnaam,organisatie,domein,e-mail,rol\nBram Koster,GGNet; IPS,ggz,bram@voorbeeld.test,lid;projectleider\n';
    const r = parseMembersCsv(text, passes);
    expect(r.ok && r.rows.map((m) => [m.row, m.organisation, m.roles])).toEqual([
      [2, 'GGNet; IPS', ['lid', 'projectleider']],
    ]);
  });

  it('a problem below it is named by the row Excel shows', () => {
    const text = 'sep=;\nnaam;organisatie;domein;e-mail;rol\nAnouk Visser;Laborijn;gemeente;geen-adres;lid\n';
    const r = parseMembersCsv(text, passes);
    expect(r.ok ? [] : r.problems.map((p) => [p.row, p.field])).toEqual([[2, 'e-mail']]);
  });
});

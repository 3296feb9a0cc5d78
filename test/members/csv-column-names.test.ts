import { describe, expect, it } from 'vitest';
import { PrivacyRefusal } from '../../src/domain/errors.ts';
import { parseMembersCsv } from '../../src/members/csv-import.ts';

// A problem names the column as the person's header writes it: "e-mail" in a Dutch file, "email"
// in an English one, "E-mail" as Excel capitalises it; never the program's own name for it.

/** Refuses any text with "schizofrenie" in it, naming the field as the guard is told it. */
const guard = {
  check(fields: Readonly<Record<string, string | undefined>>) {
    const bad = Object.entries(fields).filter(([, v]) => v?.includes('schizofrenie'));
    if (bad.length > 0) throw new PrivacyRefusal(bad.map(([field]) => ({ field, message: 'geweigerd' })));
  },
};
const fields = (text: string) => {
  const r = parseMembersCsv(text, guard);
  return r.ok ? [] : r.problems.map((p) => `${p.row} ${p.field}`);
};
const BODY = (d: string) =>
  [
    ['Anouk Visser', 'Laborijn', 'zorg', 'anouk@voorbeeld.test', 'lid'],
    ['Bram Koster', 'GGNet', 'ggz', 'geen-adres', 'voorzitter'],
    ['Cor heeft schizofrenie', 'UWV', 'uwv', 'cor@voorbeeld.test', ''],
    ['Daan Bos', 'UWV', 'uwv', 'cor@voorbeeld.test', ''],
  ]
    .map((r) => r.join(d))
    .join('\n');

describe('members import: problems name the column as the header does', () => {
  const cases: Array<[string, string, string, string[]]> = [
    ['a Dutch header', 'naam,organisatie,domein,e-mail,rol', ',', ['domein', 'e-mail', 'rol', 'naam']],
    ['an English header', 'name;organisation;domain;email;role', ';', ['domain', 'email', 'role', 'name']],
    [
      'a header as Excel writes it, spaces aside',
      'Naam, Organisatie ,Domein,E-mail,Rollen',
      ',',
      ['Domein', 'E-mail', 'Rollen', 'Naam'],
    ],
  ];
  it.each(cases)('%s', (_, header, delimiter, [domain, email, role, name]) => {
    expect(fields(`${header}\n${BODY(delimiter)}\n`)).toEqual([
      `2 ${domain}`,
      `3 ${email}`,
      `3 ${role}`,
      `4 ${name}`,
      `5 ${email}`,
    ]);
  });
});

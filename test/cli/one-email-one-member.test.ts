import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterchangeInput } from '../../src/interchange/schema.ts';
import { spreadsheetRegion } from '../interchange/spreadsheet-region.ts';
import { databaseText } from '../support/database-text.ts';
import { runCli } from '../support/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// Two members of one region with one e-mail address cannot be told apart: `schakel import` refuses
// them as the members CSV import does, naming the place in the file, and `members erase` names the
// flag that does tell members apart (or says none does). Fictional people only.

const dir = mkdtempSync(join(tmpdir(), 'schakel-one-email-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, doc: InterchangeInput) => {
  writeFileSync(join(dir, name), JSON.stringify(doc));
  return join(dir, name);
};
const newMember = (id: string, name: string, email: string) => ({
  id,
  regionId: 'fictief-oost',
  name,
  organisation: 'Gemeente Fictief',
  domain: 'gemeente' as const,
  email,
});

describe('one e-mail address, one member of a region', () => {
  let tdb: TestDatabase;
  const env = () => ({ DATABASE_URL: tdb.url, DATABASE_POOL_MAX: '1' });

  beforeAll(async () => {
    tdb = await createTestDatabase();
    const first = await runCli(['import', file('goed.json', spreadsheetRegion())], env());
    expect(first.code).toBe(0);
  });
  afterAll(async () => tdb?.drop());

  it('schakel import refuses a new member with the address of a member already there, or of another in the file', async () => {
    const before = await databaseText(tdb.db);
    const doc = spreadsheetRegion();
    // m1, Anna Jansen, is in Schakel from the first import; this file does not change her.
    doc.members = [
      newMember('m4', 'Dirk Smit', 'ANNA@example.org'),
      newMember('m5', 'Eva Mulder', 'eva@example.org'),
      newMember('m6', 'Fleur de Boer', 'Eva@Example.org'),
    ];
    const r = await runCli(['import', file('dubbel.json', doc)], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '  members[0].email: een ander lid van regio fictief-oost heeft dit e-mailadres al in Schakel; twee leden met één e-mailadres zijn niet uit elkaar te houden\n',
    );
    expect(r.stderr).toContain(
      '  members[2].email: dit e-mailadres staat ook bij members[1], in dezelfde regio\n',
    );
    expect(r.stderr).not.toContain('members[1].email');
    expect(await databaseText(tdb.db)).toBe(before);
    const en = await runCli(['import', file('dubbel.json', doc), '--en'], env());
    expect(en.stderr).toContain(
      '  members[2].email: this e-mail address is also at members[1], in the same region\n',
    );
    // The same member again, with the same address in other capitals, is no second member.
    const again = spreadsheetRegion();
    again.members![0] = { ...again.members![0]!, email: 'Anna@Example.org' };
    expect((await runCli(['import', file('weer.json', again)], env())).code).toBe(0);
  });

  it('members erase: --naam for one address, and a way out when neither flag tells them apart', async () => {
    // Made before the import refused it (or by a chat profile): two members, one address.
    await tdb.db.pool.query(
      `INSERT INTO members (region_id, name, organisation, domain, email) VALUES
         ('fictief-oost', 'Gijs Hendriks', 'UWV', 'uwv', 'gedeeld@example.org'),
         ('fictief-oost', 'Hanna Prins', 'UWV', 'uwv', 'gedeeld@example.org'),
         ('fictief-oost', 'Hanna Prins', 'UWV', 'uwv', 'gedeeld@example.org')`,
    );
    const erase = (...args: string[]) =>
      runCli(['members', 'erase', '--region', 'fictief-oost', ...args], env());
    const byEmail = await erase('--email', 'gedeeld@example.org');
    expect(byEmail.code).toBe(1);
    expect(byEmail.stderr).toContain(
      'Meer dan één lid in regio fictief-oost met e-mailadres gedeeld@example.org:\n',
    );
    expect(byEmail.stderr).toContain('  - Gijs Hendriks <gedeeld@example.org> (UWV)\n');
    expect(byEmail.stderr).toContain('Er is niets gewist. Kies er één met --naam.\n');
    const chosen = await erase('--email', 'gedeeld@example.org', '--naam', 'gijs hendriks');
    expect(chosen.stderr).toContain(
      'Met --bevestig wist Schakel voorgoed:\n  - Gijs Hendriks <gedeeld@example.org> (UWV)\n',
    );
    const both = await erase('--email', 'gedeeld@example.org', '--naam', 'Hanna Prins', '--en');
    expect(both.code).toBe(1);
    expect(both.stderr).toContain(
      'Nothing has been erased: --naam and --email do not tell these members apart. Give one of them another e-mail address',
    );
  });
});

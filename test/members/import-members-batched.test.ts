import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformUser } from '../../src/domain/members.ts';
import type { MemberRow } from '../../src/members/csv-import.ts';
import { importMembers } from '../../src/members/import-members.ts';
import type { GuardedText } from '../../src/privacy/guarded-text.ts';
import { memberImportStore } from '../../src/store/member-import-repo.ts';
import { countingStatements } from '../support/counting-database.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// A large file is written in a handful of statements, not four per member (8,000 members took
// almost a minute). Fictional people only.

const NOW = new Date('2026-10-05T09:00:00Z');
const MEMBERS = 1500;
const row = (i: number): MemberRow => ({
  row: i + 2,
  name: `Deelnemer ${String.fromCharCode(65 + (i % 26))}` as GuardedText,
  organisation: 'Gemeente Voorbeeld' as GuardedText,
  domain: 'gemeente',
  email: `lid${i}@voorbeeld.test`,
  roles: i % 3 === 0 ? ['lid', 'stuurgroeplid'] : ['lid'],
});

describe('members import into the database', () => {
  let tdb: TestDatabase;
  let counted: ReturnType<typeof countingStatements>;
  beforeAll(async () => {
    tdb = await createTestDatabase();
    await seedWerkgroep(tdb.db, { slackTeam: 'T1' });
    counted = countingStatements(tdb.db);
  });
  afterAll(async () => {
    await tdb?.drop();
  });

  const run = (rows: MemberRow[], found: Record<string, PlatformUser[]>) =>
    importMembers(memberImportStore(counted.db), {
      regionId: 'test-regio',
      werkgroep: 'Werkgroep Oost',
      rows,
      matcher: { lookup: async (email) => found[email] ?? [] },
      now: NOW,
    });

  it('adds 1,500 members with roles, accounts and werkgroep in a few statements, and updates them again', async () => {
    const rows = Array.from({ length: MEMBERS }, (_, i) => row(i));
    const found = { 'lid7@voorbeeld.test': [{ platform: 'slack', workspace: 'T1', userId: 'U07' } as const] };
    counted.statements = 0;
    const first = await run(rows, found);
    expect(first).toMatchObject({ added: MEMBERS, updated: 0 });
    expect(counted.statements).toBeLessThanOrEqual(20);
    const q = async (sql: string) => (await tdb.db.pool.query(sql)).rows[0].n;
    expect(await q(`SELECT count(*)::int AS n FROM members WHERE email LIKE 'lid%'`)).toBe(MEMBERS);
    expect(
      await q(
        `SELECT count(*)::int AS n FROM member_roles r JOIN members m ON m.id = r.member_id WHERE m.email LIKE 'lid%'`,
      ),
    ).toBe(MEMBERS + MEMBERS / 3);
    expect(
      await q(
        `SELECT count(*)::int AS n FROM overleg_members o JOIN members m ON m.id = o.member_id WHERE m.email LIKE 'lid%'`,
      ),
    ).toBe(MEMBERS);
    expect(
      await q(
        `SELECT count(*)::int AS n FROM platform_identities p JOIN members m ON m.id = p.member_id WHERE m.email = 'lid7@voorbeeld.test' AND p.user_id = 'U07'`,
      ),
    ).toBe(1);

    counted.statements = 0;
    const renamed = rows.map((r, i) => (i === 5 ? { ...r, name: 'Fenna Vos' as GuardedText } : r));
    const again = await run([...renamed, row(MEMBERS)], {});
    expect(again).toMatchObject({ added: 1, updated: MEMBERS });
    expect(counted.statements).toBeLessThanOrEqual(20);
    expect(await q(`SELECT count(*)::int AS n FROM members WHERE email LIKE 'lid%'`)).toBe(MEMBERS + 1);
    expect(
      (await tdb.db.pool.query(`SELECT name FROM members WHERE email = 'lid5@voorbeeld.test'`)).rows,
    ).toEqual([{ name: 'Fenna Vos' }]);
  });
});

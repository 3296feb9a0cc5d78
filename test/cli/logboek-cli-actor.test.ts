import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminCommands } from '../../src/admin/werkgroep-admin.ts';
import { systemClock } from '../../src/clock.ts';
import { plainText } from '../../src/messages/model.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { adminStore } from '../../src/store/admin-store.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { runCli } from '../support/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * What the beheerder does on the command line (an export, a members import, an erasure on a
 * member's behalf) is in the region's logboek. No member did it, and no erased member either: the
 * logboek says the beheerder did it on the command line. Fictional people only.
 */
describe('the logboek names the beheerder for what the command line did', () => {
  let tdb: TestDatabase;
  let seeded: Awaited<ReturnType<typeof seedWerkgroep>>;
  const dir = mkdtempSync(join(tmpdir(), 'schakel-logboek-cli-'));
  const env = () => ({ DATABASE_URL: tdb.url, DATABASE_POOL_MAX: '1' });
  const logboek = async () => {
    const admin = createAdminCommands({
      store: adminStore(tdb.db),
      planOverleg: async () => ({ notPlanned: null }),
      clock: systemClock,
      guard: createGuard(),
      timeZone: 'Europe/Amsterdam',
    });
    const pl = await findMember(tdb.db.pool, seeded.projectleiderId);
    return plainText(await admin.auditLog(pl, seeded.overlegId))
      .split('\n')
      .slice(1)
      .filter(Boolean);
  };

  beforeAll(async () => {
    tdb = await createTestDatabase();
    seeded = await seedWerkgroep(tdb.db, { slackTeam: 'T0TEST' });
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await tdb?.drop();
  });

  it('an export that was refused or could not be written is not logged as made', async () => {
    const before = await logboek();
    const missingFolder = await runCli(
      ['export', '--region', 'test-regio', '--out', join(dir, 'bestaat-niet', 'regio.json')],
      env(),
    );
    expect(missingFolder.code).toBe(1);
    writeFileSync(join(dir, 'er-al.json'), '{}');
    const existing = await runCli(
      ['export', '--region', 'test-regio', '--out', join(dir, 'er-al.json')],
      env(),
    );
    expect(existing.code).toBe(1);
    expect(await logboek()).toEqual(before);
  });

  it('export, members import and members erase: "beheerder (opdrachtregel)", never "gewist lid"', async () => {
    const exported = await runCli(
      ['export', '--region', 'test-regio', '--out', join(dir, 'regio.json')],
      env(),
    );
    expect(exported.code).toBe(0);
    const csv = join(dir, 'leden.csv');
    writeFileSync(csv, 'naam,organisatie,domein,e-mail,rol\nSanne Dijkstra,Laborijn,gemeente,,lid\n');
    const imported = await runCli(['members', 'import', csv, '--region', 'test-regio'], env());
    expect(imported.code).toBe(0);
    const erased = await runCli(
      ['members', 'erase', '--region', 'test-regio', '--naam', 'Sanne Dijkstra', '--bevestig'],
      env(),
    );
    expect(erased.code).toBe(0);

    const lines = await logboek();
    expect(lines.map((l) => l.replace(/^• .* — /, ''))).toEqual([
      'beheerder (opdrachtregel): gegevens gewist',
      'beheerder (opdrachtregel): leden geimporteerd',
      'beheerder (opdrachtregel): gegevens geexporteerd',
    ]);
    expect(lines.join('\n')).not.toContain('gewist lid');
  });
});

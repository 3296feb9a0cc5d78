import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteExpiredFreeText } from '../../src/jobs/retention.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

describe('bewaartermijn', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase();
    const w = await seedWerkgroep(tdb.db, { slackTeam: 'T1', slackChannel: 'C1' });
    const q = (sql: string, params: unknown[]) => tdb.db.pool.query(sql, params);
    await q(
      `INSERT INTO agenda_items (overleg_id, for_occurrence, text, created_at) VALUES
      ($1, '2024-09-10T14:00', 'Oud agendapunt', '2024-08-15T10:00Z'),
      ($1, '2026-09-08T14:00', 'Recent agendapunt', '2026-08-30T10:00Z')`,
      [w.overlegId],
    );
    await q(
      `INSERT INTO actiepunten (overleg_id, description, created_at, done_at) VALUES
      ($1, 'Oud afgerond actiepunt', '2024-06-01T10:00Z', '2024-07-01T10:00Z'),
      ($1, 'Afgerond, maar binnen de termijn', '2024-06-01T10:00Z', '2025-01-15T10:00Z'),
      ($1, 'Open sinds lang', '2024-05-01T10:00Z', NULL)`,
      [w.overlegId],
    );
  });
  afterAll(async () => tdb?.drop());

  it('deletes free text older than 24 months, by the injected clock, and keeps the rest', async () => {
    const removed = await deleteExpiredFreeText(tdb.db, new Date('2026-09-01T03:00:00Z'), 24);
    expect(removed).toEqual({ agendapunten: 1, actiepunten: 2 });
    const agenda = await tdb.db.pool.query('SELECT text FROM agenda_items');
    expect(agenda.rows.map((r) => r.text)).toEqual(['Recent agendapunt']);
    const acties = await tdb.db.pool.query('SELECT description FROM actiepunten');
    expect(acties.rows.map((r) => r.description)).toEqual(['Afgerond, maar binnen de termijn']);
  });

  it('running it again the same day removes nothing more', async () => {
    expect(await deleteExpiredFreeText(tdb.db, new Date('2026-09-01T04:00:00Z'), 24)).toEqual({
      agendapunten: 0,
      actiepunten: 0,
    });
  });

  it('a shorter period configured removes more', async () => {
    expect(await deleteExpiredFreeText(tdb.db, new Date('2026-09-01T04:00:00Z'), 12)).toEqual({
      agendapunten: 0,
      actiepunten: 1,
    });
  });
});

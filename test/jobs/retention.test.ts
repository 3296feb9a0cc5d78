import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionCutoff } from '../../src/jobs/retention.ts';
import { deleteFreeTextBefore } from '../../src/store/retention-repo.ts';
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
    const round = async (occurrence: string, at: string) =>
      (
        await q(
          `INSERT INTO checkin_rounds (overleg_id, occurrence, meeting_date, time_zone, opened_at, nudge_at, closes_at)
           VALUES ($1, $2, $3, 'Europe/Amsterdam', $4, $4::timestamptz + interval '3 days', $4::timestamptz + interval '7 days')
           RETURNING id`,
          [w.overlegId, occurrence, occurrence.slice(0, 10), at],
        )
      ).rows[0].id;
    const answers = [
      [await round('2024-06-10T14:00', '2024-06-10T14:00Z'), '2024-06-11T09:00Z', 'Oude toelichting'],
      [await round('2026-08-10T14:00', '2026-08-10T14:00Z'), '2026-08-11T09:00Z', 'Recente toelichting'],
    ] as const;
    for (const [roundId, at, text] of answers) {
      await q(
        `INSERT INTO checkin_answers (round_id, member_id, samenwerkingsniveau, toelichting, went_well, submitted_at, updated_at)
         VALUES ($1, $2, 3.5, $3, 'Goede leerbijeenkomst', $4, $4)`,
        [roundId, w.rubenId, text, at],
      );
      await q(
        `INSERT INTO knelpunten (overleg_id, region_id, description, category, raised_in, raised_by, slot, created_at, updated_at)
         VALUES ($1, 'test-regio', $2, 'tijd-capaciteit', $3, $4, 1, $5, $5)`,
        [w.overlegId, `Knelpunt bij ${text}`, roundId, w.rubenId, at],
      );
    }
    // Summaries: an old draft goes, an old published one and a recent draft stay.
    for (const [version, status, at] of [
      [1, 'draft', '2024-06-20T10:00Z'],
      [2, 'published', '2024-06-21T10:00Z'],
      [3, 'draft', '2026-08-20T10:00Z'],
    ] as const)
      await q(
        `INSERT INTO digest_versions (region_id, period_label, version, status, document, created_at,
           file_token, published_at)
         VALUES ('test-regio', '2024-T2', $1, $2, '{"wentWell": ["Goede leerbijeenkomst"]}', $3, $4, $5)`,
        [
          version,
          status,
          at,
          status === 'published' ? `bestand-${version}` : null,
          status === 'published' ? at : null,
        ],
      );
  });
  afterAll(async () => tdb?.drop());

  it('deletes free text older than 24 months, by the injected clock, and keeps the rest', async () => {
    const removed = await deleteFreeTextBefore(tdb.db, retentionCutoff(new Date('2026-09-01T03:00:00Z'), 24));
    expect(removed).toEqual({ agendapunten: 1, actiepunten: 2, checkins: 1, knelpunten: 1, concepten: 1 });
    const summaries = await tdb.db.pool.query('SELECT version, status FROM digest_versions ORDER BY version');
    expect(summaries.rows).toEqual([
      { version: 2, status: 'published' },
      { version: 3, status: 'draft' },
    ]);
    const agenda = await tdb.db.pool.query('SELECT text FROM agenda_items');
    expect(agenda.rows.map((r) => r.text)).toEqual(['Recent agendapunt']);
    const acties = await tdb.db.pool.query('SELECT description FROM actiepunten');
    expect(acties.rows.map((r) => r.description)).toEqual(['Afgerond, maar binnen de termijn']);
    const answers = await tdb.db.pool.query(
      'SELECT samenwerkingsniveau, toelichting, went_well FROM checkin_answers ORDER BY submitted_at',
    );
    expect(answers.rows).toEqual([
      { samenwerkingsniveau: 3.5, toelichting: null, went_well: null },
      { samenwerkingsniveau: 3.5, toelichting: 'Recente toelichting', went_well: 'Goede leerbijeenkomst' },
    ]);
    const knelpunten = await tdb.db.pool.query('SELECT description FROM knelpunten');
    expect(knelpunten.rows.map((r) => r.description)).toEqual(['Knelpunt bij Recente toelichting']);
  });

  it('running it again the same day removes nothing more', async () => {
    expect(await deleteFreeTextBefore(tdb.db, retentionCutoff(new Date('2026-09-01T04:00:00Z'), 24))).toEqual(
      {
        agendapunten: 0,
        actiepunten: 0,
        checkins: 0,
        knelpunten: 0,
        concepten: 0,
      },
    );
  });

  it('a shorter period configured removes more', async () => {
    expect(await deleteFreeTextBefore(tdb.db, retentionCutoff(new Date('2026-09-01T04:00:00Z'), 12))).toEqual(
      {
        agendapunten: 0,
        actiepunten: 1,
        checkins: 0,
        knelpunten: 0,
        concepten: 0,
      },
    );
  });
});

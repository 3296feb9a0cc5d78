import type { Guarded, GuardedText, OptionalGuardedText } from '../privacy/guarded-text.ts';
import { DEFAULT_TIME_ZONE } from '../schedule/local-time.ts';
import type { SeriesInput } from '../schedule/series-schema.ts';
import { erasedKeysAmong } from './audit-repo.ts';
import { saveAnswer } from './checkin-repo.ts';
import type { Database, Queryable } from './database.ts';
import { upsertMembers } from './interchange-members-repo.ts';
import { bind, unitOfWork } from './unit-of-work.ts';

/** Reading and writing the tables behind the schakel/v1 file. The shape of the file lives in src/interchange/. */

export interface ExistingIds {
  readonly regions: ReadonlySet<string>;
  /** member id → region id */
  readonly members: ReadonlyMap<string, string>;
  /** overleg id → region id */
  readonly overleggen: ReadonlyMap<string, string>;
  /** member id → e-mail address in lower case, for the members that have one */
  readonly emails?: ReadonlyMap<string, string>;
}

export async function existingIds(db: Queryable): Promise<ExistingIds> {
  const regions = await db.query<{ id: string }>('SELECT id FROM regions');
  const members = await db.query<{ id: string; region_id: string; email: string | null }>(
    'SELECT id, region_id, lower(email) AS email FROM members',
  );
  const overleggen = await db.query<{ id: string; region_id: string }>(
    'SELECT id, region_id FROM overleggen',
  );
  return {
    regions: new Set(regions.rows.map((r) => r.id)),
    members: new Map(members.rows.map((r) => [r.id, r.region_id])),
    emails: new Map(members.rows.flatMap((r) => (r.email ? [[r.id, r.email] as const] : []))),
    overleggen: new Map(overleggen.rows.map((r) => [r.id, r.region_id])),
  };
}

/** Everything for one region, or all of them (regionId null), as plain rows. */
export async function readInstallation(db: Queryable, regionId: string | null) {
  const where = (column: string) => `($1::text IS NULL OR ${column} = $1)`;
  const q = <T extends object>(sql: string) =>
    db.query<T & Record<string, unknown>>(sql, [regionId]).then((r) => r.rows);
  return {
    regions: await q<{ id: string; name: string; start_level: number | null; target_level: number | null }>(
      `SELECT id, name, start_level, target_level FROM regions WHERE ${where('id')} ORDER BY id`,
    ),
    members: await q<{
      id: string;
      region_id: string;
      name: string;
      organisation: string;
      domain: string;
      email: string | null;
      roles: string[];
    }>(
      `SELECT m.id, m.region_id, m.name, m.organisation, m.domain, m.email,
              coalesce(array_agg(r.role ORDER BY r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
         FROM members m LEFT JOIN member_roles r ON r.member_id = m.id
        WHERE ${where('m.region_id')} GROUP BY m.id ORDER BY m.region_id, m.id`,
    ),
    overleggen: await q<{
      id: string;
      region_id: string;
      name: string;
      kind: string;
      member_ids: string[];
      definition: unknown;
    }>(
      `SELECT o.id, o.region_id, o.name, o.kind, s.definition,
              coalesce((SELECT array_agg(member_id ORDER BY member_id) FROM overleg_members WHERE overleg_id = o.id), '{}') AS member_ids
         FROM overleggen o LEFT JOIN meeting_series s ON s.overleg_id = o.id
        WHERE ${where('o.region_id')} ORDER BY o.region_id, o.id`,
    ),
    answers: await q<{
      round_id: string;
      member_id: string;
      overleg_id: string;
      meeting_date: string;
      level: number;
      toelichting: string | null;
      went_well: string | null;
    }>(
      `SELECT a.round_id, a.member_id, r.overleg_id, r.meeting_date, a.samenwerkingsniveau AS level, a.toelichting, a.went_well
         FROM checkin_answers a JOIN checkin_rounds r ON r.id = a.round_id JOIN overleggen o ON o.id = r.overleg_id
        WHERE ${where('o.region_id')} ORDER BY r.meeting_date, r.overleg_id, a.member_id`,
    ),
    knelpunten: await q<{
      raised_in: string;
      raised_by: string;
      description: string;
      category: string;
      oplossing: string | null;
      status: string;
    }>(
      `SELECT raised_in, raised_by, description, category, oplossing, status FROM knelpunten
        WHERE raised_by IS NOT NULL AND ${where('region_id')} ORDER BY raised_in, raised_by, slot`,
    ),
    checklist: await q<{ region_id: string; tertiaal: string; item: number; answer: string }>(
      `SELECT region_id, tertiaal, item, answer FROM checklist_agreed WHERE ${where('region_id')}
        ORDER BY region_id, tertiaal, item`,
    ),
    voortgang: await q<{
      region_id: string;
      tertiaal: string;
      trajecten: number | null;
      duurzame_uitstroom: number | null;
      duurzame_uitstroom_pct: number | null;
      leerbijeenkomsten: number | null;
      casusbesprekingen: number | null;
    }>(
      `SELECT region_id, tertiaal, trajecten, duurzame_uitstroom, duurzame_uitstroom_pct, leerbijeenkomsten, casusbesprekingen
         FROM voortgang WHERE ${where('region_id')} ORDER BY region_id, tertiaal`,
    ),
  };
}

export type InstallationRows = Awaited<ReturnType<typeof readInstallation>>;

export async function upsertRegion(
  db: Queryable,
  r: { id: string; name: GuardedText; startLevel: number | null; targetLevel: number | null },
) {
  await db.query(
    `INSERT INTO regions (id, name, start_level, target_level) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, start_level = EXCLUDED.start_level, target_level = EXCLUDED.target_level`,
    [r.id, r.name, r.startLevel, r.targetLevel],
  );
}

export async function upsertOverleg(
  db: Queryable,
  o: {
    id: string;
    regionId: string;
    name: GuardedText;
    kind: string;
    memberIds: readonly string[];
    definition: Guarded<SeriesInput> | undefined;
    icsToken: string;
    now: Date;
  },
) {
  await db.query(
    `INSERT INTO overleggen (id, region_id, name, kind) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind`,
    [o.id, o.regionId, o.name, o.kind],
  );
  await db.query(
    'INSERT INTO overleg_members (overleg_id, member_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
    [o.id, o.memberIds],
  );
  if (o.definition === undefined) return;
  await db.query(
    `INSERT INTO meeting_series (overleg_id, definition, ics_token, updated_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (overleg_id) DO UPDATE SET definition = EXCLUDED.definition, version = meeting_series.version + 1,
       updated_at = EXCLUDED.updated_at`,
    [o.id, JSON.stringify(o.definition), o.icsToken, o.now],
  );
}

/** The round of a meeting date, made (already closed) when the history comes from elsewhere. */
export async function roundForDate(
  db: Queryable,
  overlegId: string,
  date: string,
  now: Date,
): Promise<string> {
  const found = await db.query<{ id: string }>(
    'SELECT id FROM checkin_rounds WHERE overleg_id = $1 AND meeting_date = $2 ORDER BY opened_at LIMIT 1',
    [overlegId, date],
  );
  if (found.rows[0]) return found.rows[0].id;
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO checkin_rounds (overleg_id, occurrence, meeting_date, time_zone, opened_at, nudge_at, closes_at, closed_at)
     VALUES ($1, $2 || 'T00:00', $2::date, $4, $2::date, $2::date, $2::date + interval '1 day', $3)
     RETURNING id`,
    [overlegId, date, now, DEFAULT_TIME_ZONE],
  );
  return rows[0]!.id;
}

export async function upsertKnelpunt(
  db: Queryable,
  k: {
    overlegId: string;
    regionId: string;
    roundId: string;
    memberId: string;
    slot: number;
    description: GuardedText;
    category: string;
    oplossing: OptionalGuardedText;
    status: string;
    now: Date;
  },
) {
  const { rows } = await db.query<{ id: string; inserted: boolean }>(
    `INSERT INTO knelpunten (overleg_id, region_id, description, category, oplossing, status, raised_in, raised_by, slot, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)
     ON CONFLICT (raised_in, raised_by, slot) DO UPDATE SET description = EXCLUDED.description,
       category = EXCLUDED.category, oplossing = EXCLUDED.oplossing, status = EXCLUDED.status, updated_at = EXCLUDED.updated_at
     RETURNING id, (xmax = 0) AS inserted`,
    [
      k.overlegId,
      k.regionId,
      k.description,
      k.category,
      k.oplossing,
      k.status,
      k.roundId,
      k.memberId,
      k.slot,
      k.now,
    ],
  );
  const row = rows[0]!;
  if (!row.inserted) return;
  // The history starts where the knelpunt came in; an imported status says where it stands now.
  await db.query(
    `INSERT INTO knelpunt_history (knelpunt_id, round_id, member_id, update_kind, status, oplossing, at)
     VALUES ($1, $2, $3, 'raised', $4, $5, $6)`,
    [row.id, k.roundId, k.memberId, k.status, k.oplossing, k.now],
  );
}

/** Whether the checklist item's answer is new (false: one was there and is updated). */
export async function upsertAgreed(
  db: Queryable,
  regionId: string,
  tertiaal: string,
  item: number,
  answer: string,
  now: Date,
) {
  const { rows } = await db.query<{ inserted: boolean }>(
    `INSERT INTO checklist_agreed (region_id, tertiaal, item, answer, updated_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (region_id, tertiaal, item) DO UPDATE SET answer = EXCLUDED.answer, updated_at = EXCLUDED.updated_at
     RETURNING (xmax = 0) AS inserted`,
    [regionId, tertiaal, item, answer, now],
  );
  return rows[0]?.inserted === true;
}

/** Whether the tertiaal's voortgang is new (false: it was there and is updated). */
export async function upsertVoortgang(
  db: Queryable,
  v: { regionId: string; tertiaal: string; values: readonly (number | null)[]; now: Date },
) {
  const { rows } = await db.query<{ inserted: boolean }>(
    `INSERT INTO voortgang (region_id, tertiaal, trajecten, duurzame_uitstroom, duurzame_uitstroom_pct,
                            leerbijeenkomsten, casusbesprekingen, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (region_id, tertiaal) DO UPDATE SET trajecten = EXCLUDED.trajecten,
       duurzame_uitstroom = EXCLUDED.duurzame_uitstroom, duurzame_uitstroom_pct = EXCLUDED.duurzame_uitstroom_pct,
       leerbijeenkomsten = EXCLUDED.leerbijeenkomsten, casusbesprekingen = EXCLUDED.casusbesprekingen,
       updated_at = EXCLUDED.updated_at
     RETURNING (xmax = 0) AS inserted`,
    [v.regionId, v.tertiaal, ...v.values, v.now],
  );
  return rows[0]?.inserted === true;
}

/** The schakel/v1 file's tables: read whole, or written in one transaction. */
export const interchangeRepository = (db: Queryable) =>
  bind(db, {
    readInstallation,
    existingIds,
    upsertRegion,
    upsertMembers,
    upsertOverleg,
    roundForDate,
    /** The same upsert as a member's own answer in the check-in. */
    upsertAnswer: saveAnswer,
    upsertKnelpunt,
    upsertAgreed,
    upsertVoortgang,
    erasedKeysAmong,
  });
export type InterchangeRepository = ReturnType<typeof interchangeRepository>;
export const interchangeStore = (db: Database) => unitOfWork(db, interchangeRepository);

import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { OVERLEG_KINDS } from '../domain/members.ts';
import type { Overleg } from '../domain/overleg.ts';
import type { Guarded, GuardedText } from '../privacy/guarded-text.ts';
import type { HolidayPeriod } from '../schedule/conflicts.ts';
import type { ReminderSettingsInput } from '../schedule/reminder-plan.ts';
import type { SeriesInput } from '../schedule/series-definition.ts';
import { audit } from './audit-repo.ts';
import { type Channel, channelsOfMany } from './channels-repo.ts';
import type { Queryable } from './database.ts';
import { heardNotices } from './heard-notices-repo.ts';

const overlegRow = z.object({
  id: z.string(),
  region_id: z.string(),
  name: z.string(),
  kind: z.enum(OVERLEG_KINDS),
});

/** An overleggen row (id, region_id, name, kind) as an Overleg. */
export function toOverleg(row: unknown): Overleg {
  const r = overlegRow.parse(row);
  return { id: r.id, regionId: r.region_id, name: r.name, kind: r.kind };
}

const uuid = z.uuid();

export async function findOverleg(db: Queryable, id: string): Promise<Overleg | null> {
  if (!uuid.safeParse(id).success) return null;
  const { rows } = await db.query('SELECT id, region_id, name, kind FROM overleggen WHERE id = $1', [id]);
  return rows[0] ? toOverleg(rows[0]) : null;
}

export interface StoredSeries {
  readonly id: string;
  readonly overlegId: string;
  readonly definition: SeriesInput;
  readonly icsToken: string | null;
  readonly version: number;
  /** When the definition was last saved: the feed's DTSTAMP and Last-Modified. */
  readonly updatedAt: Date;
}

export async function findSeries(db: Queryable, overlegId: string): Promise<StoredSeries | null> {
  return (await seriesOfMany(db, [overlegId])).get(overlegId) ?? null;
}

/** The overleggen and their series for many ids in one query (the scheduler's batch), by overleg id. */
export async function overleggenWithSeries(
  db: Queryable,
  overlegIds: readonly string[],
): Promise<Map<string, { readonly overleg: Overleg; readonly series: StoredSeries | null }>> {
  const { rows } = await db.query(
    `SELECT o.id, o.region_id, o.name, o.kind, s.id AS series_id, s.definition, s.ics_token, s.version, s.updated_at
       FROM overleggen o LEFT JOIN meeting_series s ON s.overleg_id = o.id
      WHERE o.id = ANY($1::uuid[])`,
    [overlegIds],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        overleg: toOverleg(r),
        series: r.series_id
          ? {
              id: r.series_id,
              overlegId: r.id,
              definition: r.definition,
              icsToken: r.ics_token,
              version: r.version,
              updatedAt: new Date(r.updated_at),
            }
          : null,
      },
    ]),
  );
}

async function seriesOfMany(
  db: Queryable,
  overlegIds: readonly string[],
): Promise<Map<string, StoredSeries>> {
  const { rows } = await db.query(
    'SELECT id, overleg_id, definition, ics_token, version, updated_at FROM meeting_series WHERE overleg_id = ANY($1::uuid[])',
    [overlegIds],
  );
  return new Map(
    rows.map((r) => [
      r.overleg_id,
      {
        id: r.id,
        overlegId: r.overleg_id,
        definition: r.definition,
        icsToken: r.ics_token,
        version: r.version,
        updatedAt: new Date(r.updated_at),
      },
    ]),
  );
}

export async function findSeriesByIcsToken(db: Queryable, token: string): Promise<StoredSeries | null> {
  const { rows } = await db.query('SELECT overleg_id FROM meeting_series WHERE ics_token = $1', [token]);
  return rows[0] ? findSeries(db, rows[0].overleg_id) : null;
}

/**
 * Saves the definition; `expectedVersion` guards against two edits crossing (null for a new series).
 * Its Plaats and Link are published in the ICS feed, so only a definition that passed the guard is stored.
 */
export async function saveSeries(
  db: Queryable,
  overlegId: string,
  definition: Guarded<SeriesInput>,
  expectedVersion: number | null,
  now: Date,
): Promise<boolean> {
  if (expectedVersion === null) {
    const r = await db.query(
      `INSERT INTO meeting_series (overleg_id, definition, ics_token, updated_at)
       VALUES ($1, $2, $3, $4) ON CONFLICT (overleg_id) DO NOTHING`,
      [overlegId, JSON.stringify(definition), randomBytes(24).toString('base64url'), now],
    );
    return r.rowCount === 1;
  }
  const r = await db.query(
    `UPDATE meeting_series SET definition = $2, version = version + 1, updated_at = $4
      WHERE overleg_id = $1 AND version = $3`,
    [overlegId, JSON.stringify(definition), expectedVersion, now],
  );
  return r.rowCount === 1;
}

export async function reminderSettingsOf(db: Queryable, overlegId: string): Promise<ReminderSettingsInput> {
  const { rows } = await db.query('SELECT settings FROM reminder_settings WHERE overleg_id = $1', [
    overlegId,
  ]);
  return (rows[0]?.settings as ReminderSettingsInput | undefined) ?? {};
}

export async function saveReminderSettings(
  db: Queryable,
  overlegId: string,
  settings: ReminderSettingsInput,
) {
  await db.query(
    `INSERT INTO reminder_settings (overleg_id, settings) VALUES ($1, $2)
     ON CONFLICT (overleg_id) DO UPDATE SET settings = EXCLUDED.settings`,
    [overlegId, JSON.stringify(settings)],
  );
}

export async function holidayPeriodsOf(db: Queryable, regionId: string): Promise<HolidayPeriod[]> {
  const { rows } = await db.query(
    `SELECT name, from_date, to_date FROM holiday_periods WHERE region_id = $1 ORDER BY from_date`,
    [regionId],
  );
  return rows.map((r) => ({ name: r.name, from: r.from_date, to: r.to_date }));
}

/** The holiday periods of many regions in one query (the scheduler's batch), by region id, in date order. */
export async function holidayPeriodsOfRegions(
  db: Queryable,
  regionIds: readonly string[],
): Promise<Map<string, HolidayPeriod[]>> {
  const { rows } = await db.query(
    `SELECT region_id, name, from_date, to_date FROM holiday_periods WHERE region_id = ANY($1::text[]) ORDER BY from_date`,
    [regionIds],
  );
  const periods = new Map<string, HolidayPeriod[]>();
  for (const r of rows) {
    const list = periods.get(r.region_id) ?? [];
    list.push({ name: r.name, from: r.from_date, to: r.to_date });
    periods.set(r.region_id, list);
  }
  return periods;
}

/** Holds one overleg for this transaction: two edits or a horizon run crossing must not interleave. */
export async function lockOverlegForPlanning(tx: Queryable, overlegId: string): Promise<void> {
  await tx.query('SELECT 1 FROM overleggen WHERE id = $1 FOR UPDATE', [overlegId]);
}

/** What the planner needs of one overleg: its series, reminder settings and channels. */
export interface PlanningInput {
  readonly overlegId: string;
  readonly definition: SeriesInput;
  readonly settings: ReminderSettingsInput;
  readonly channels: readonly Channel[];
  /** Keys of the cancel and restore notices the channels heard (heard-notices-repo.ts): "gaat toch door" follows a cancellation heard last. */
  readonly heard?: ReadonlySet<string>;
}

/**
 * The planning inputs of the overleggen with a series whose id follows `afterId`, at most `limit`,
 * locked for this transaction (in id order, so two planners never deadlock): three queries per
 * batch (and the notices heard) instead of five per overleg.
 */
export async function lockPlanningInputs(
  tx: Queryable,
  afterId: string | null,
  limit: number,
  now: Date,
): Promise<PlanningInput[]> {
  const { rows } = await tx.query(
    `SELECT o.id, s.definition, r.settings FROM overleggen o
       JOIN meeting_series s ON s.overleg_id = o.id
       LEFT JOIN reminder_settings r ON r.overleg_id = o.id
      WHERE ($1::uuid IS NULL OR o.id > $1::uuid)
      ORDER BY o.id LIMIT $2 FOR UPDATE OF o`,
    [afterId, limit],
  );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id as string);
  const [channels, heard] = [await channelsOfMany(tx, ids), await heardNotices(tx, ids, now)];
  return rows.map((r) => ({
    overlegId: r.id,
    definition: r.definition,
    settings: (r.settings as ReminderSettingsInput | null) ?? {},
    channels: channels.get(r.id) ?? [],
    heard: heard.get(r.id) ?? new Set<string>(),
  }));
}

export async function replaceIcsToken(db: Queryable, overlegId: string, token: string): Promise<boolean> {
  const r = await db.query('UPDATE meeting_series SET ics_token = $2 WHERE overleg_id = $1', [
    overlegId,
    token,
  ]);
  return r.rowCount === 1;
}

/**
 * The region's holiday periods of this name (letter case and spaces aside), and of this start date
 * when given, removed, as they were.
 */
export async function removeHolidayPeriods(
  db: Queryable,
  regionId: string,
  name: string,
  from: string | undefined,
  actorId: string,
  at: Date,
): Promise<HolidayPeriod[]> {
  const { rows } = await db.query(
    `DELETE FROM holiday_periods WHERE region_id = $1 AND lower(btrim(name)) = lower(btrim($2))
       AND ($3::date IS NULL OR from_date = $3::date)
     RETURNING name, from_date, to_date`,
    [regionId, name, from ?? null],
  );
  const removed = rows
    .map((r) => ({ name: r.name, from: r.from_date, to: r.to_date }))
    .sort((a, b) => a.from.localeCompare(b.from));
  for (const p of removed)
    await audit(db, { regionId, actorId, action: 'vakantie_verwijderd', subject: p.name, details: p, at });
  return removed;
}

/**
 * One change to a region's holiday periods at a time, until the transaction ends: two of the same
 * period typed at once cannot both find it missing. NO KEY UPDATE: rows that merely refer to the
 * region (a check-in, a logbook line) are written meanwhile as ever.
 */
export async function lockRegionHolidays(db: Queryable, regionId: string): Promise<void> {
  await db.query('SELECT 1 FROM regions WHERE id = $1 FOR NO KEY UPDATE', [regionId]);
}

export async function addHolidayPeriod(
  db: Queryable,
  regionId: string,
  p: { label: GuardedText; from: string; to: string },
  actorId: string,
  at: Date,
): Promise<void> {
  await db.query(
    'INSERT INTO holiday_periods (region_id, name, from_date, to_date) VALUES ($1, $2, $3, $4)',
    [regionId, p.label, p.from, p.to],
  );
  await audit(db, { regionId, actorId, action: 'vakantie_toegevoegd', subject: p.label, details: p, at });
}

/** The overleggen of a region (a holiday period is the region's: all of them are planned again). */
export async function overlegIdsOfRegion(db: Queryable, regionId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM overleggen WHERE region_id = $1 ORDER BY name',
    [regionId],
  );
  return rows.map((r) => r.id);
}

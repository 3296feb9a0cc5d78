import { z } from 'zod';
import {
  DEFAULT_STUURGROEP_SETTINGS,
  PERIOD_KINDS,
  type StuurgroepSettings,
} from '../digest/stuurgroep-period.ts';
import { type DirectTarget, toDirectTarget } from './checkin-deliveries-repo.ts';
import type { Queryable } from './database.ts';

/** The stuurgroep's meeting dates and the region's digest settings. Dates are local 'YYYY-MM-DD'. */

export async function stuurgroepDates(db: Queryable, regionId: string): Promise<string[]> {
  const { rows } = await db.query<{ d: string }>(
    `SELECT to_char(meeting_date, 'YYYY-MM-DD') AS d FROM stuurgroep_meetings
      WHERE region_id = $1 ORDER BY meeting_date`,
    [regionId],
  );
  return rows.map((r) => r.d);
}

/** Adds a meeting date; false when it was already there. */
export async function addStuurgroepDate(
  db: Queryable,
  regionId: string,
  date: string,
  by: string | null,
  at: Date,
): Promise<boolean> {
  const r = await db.query(
    `INSERT INTO stuurgroep_meetings (region_id, meeting_date, created_by, created_at)
     VALUES ($1, $2::date, $3, $4) ON CONFLICT DO NOTHING`,
    [regionId, date, by, at],
  );
  return r.rowCount === 1;
}

/** Removes a meeting date; false when there was none. */
export async function removeStuurgroepDate(db: Queryable, regionId: string, date: string): Promise<boolean> {
  const r = await db.query(
    `DELETE FROM stuurgroep_meetings WHERE region_id = $1 AND meeting_date = $2::date`,
    [regionId, date],
  );
  return r.rowCount === 1;
}

const settingsRow = z.object({ days_before: z.number().int(), period_kind: z.enum(PERIOD_KINDS) });

export async function stuurgroepSettingsOf(db: Queryable, regionId: string): Promise<StuurgroepSettings> {
  const { rows } = await db.query(
    'SELECT days_before, period_kind FROM stuurgroep_settings WHERE region_id = $1',
    [regionId],
  );
  if (!rows[0]) return DEFAULT_STUURGROEP_SETTINGS;
  const r = settingsRow.parse(rows[0]);
  return { daysBefore: r.days_before, periodKind: r.period_kind };
}

export async function saveStuurgroepSettings(
  db: Queryable,
  regionId: string,
  s: StuurgroepSettings,
): Promise<void> {
  await db.query(
    `INSERT INTO stuurgroep_settings (region_id, days_before, period_kind) VALUES ($1, $2, $3)
     ON CONFLICT (region_id) DO UPDATE SET days_before = EXCLUDED.days_before, period_kind = EXCLUDED.period_kind`,
    [regionId, s.daysBefore, s.periodKind],
  );
}

/** Regions with a stuurgroep meeting on or after `fromDate`: the planner's daily round. */
export async function regionsWithStuurgroepDates(db: Queryable, fromDate: string): Promise<string[]> {
  const { rows } = await db.query<{ region_id: string }>(
    `SELECT DISTINCT region_id FROM stuurgroep_meetings WHERE meeting_date >= $1::date ORDER BY region_id`,
    [fromDate],
  );
  return rows.map((r) => r.region_id);
}

/** Where one projectleider gets their direct messages (Teams: a connector in their tenant). */
export type ProjectleiderTarget = DirectTarget;

// One identity per projectleider (Slack before Teams, as the check-in does), so nobody gets the
// draft twice. A Teams identity needs a connector in its tenant: a conversation Schakel was added
// to (their personal chat first) or a channel of the region.
const PROJECTLEIDER_TARGETS = `
  SELECT DISTINCT ON (m.id) m.id AS member_id, p.platform, p.workspace, p.user_id,
         coalesce(tc.service_url, ch.service_url) AS service_url
    FROM members m
    JOIN member_roles r ON r.member_id = m.id AND r.role = 'projectleider'
    JOIN platform_identities p ON p.member_id = m.id
    LEFT JOIN LATERAL (
      SELECT t.service_url FROM teams_conversations t
       WHERE p.platform = 'teams' AND t.tenant = p.workspace
       ORDER BY (t.user_id IS NOT DISTINCT FROM p.user_id) DESC, t.installed_at DESC LIMIT 1) tc ON true
    LEFT JOIN LATERAL (
      SELECT c.service_url FROM overleg_channels c JOIN overleggen o ON o.id = c.overleg_id
       WHERE p.platform = 'teams' AND o.region_id = m.region_id AND c.platform = 'teams'
         AND c.workspace = p.workspace AND c.service_url IS NOT NULL
       ORDER BY c.channel_id LIMIT 1) ch ON true
   WHERE m.region_id = $1 AND (p.platform = 'slack' OR coalesce(tc.service_url, ch.service_url) IS NOT NULL)`;

export async function projectleiderTargets(db: Queryable, regionId: string): Promise<ProjectleiderTarget[]> {
  const { rows } = await db.query(
    `${PROJECTLEIDER_TARGETS} ORDER BY m.id, p.platform, p.workspace, p.user_id`,
    [regionId],
  );
  return rows.map(toDirectTarget);
}

/** The projectleider behind a draft delivery, if they still are one in the region. */
export async function findProjectleiderTarget(
  db: Queryable,
  regionId: string,
  user: { platform: string; workspace: string; userId: string },
): Promise<ProjectleiderTarget | null> {
  const { rows } = await db.query(
    `${PROJECTLEIDER_TARGETS} AND p.platform = $2 AND p.workspace = $3 AND p.user_id = $4
      ORDER BY m.id, p.platform, p.workspace, p.user_id`,
    [regionId, user.platform, user.workspace, user.userId],
  );
  return rows[0] ? toDirectTarget(rows[0]) : null;
}

/** One planner per region at a time: the region's row stays locked until the transaction ends. */
export async function lockRegionForPlanning(db: Queryable, regionId: string): Promise<void> {
  await db.query('SELECT 1 FROM regions WHERE id = $1 FOR UPDATE', [regionId]);
}

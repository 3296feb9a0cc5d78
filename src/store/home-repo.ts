import type { Queryable } from './database.ts';
import { bind } from './unit-of-work.ts';

/** The member's werkgroepen (not the stuurgroep), by name. */
export async function werkgroepenWithNames(db: Queryable, memberId: string) {
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT o.id, o.name FROM overleggen o JOIN overleg_members om ON om.overleg_id = o.id
      WHERE om.member_id = $1 AND o.kind <> 'stuurgroep' ORDER BY o.name`,
    [memberId],
  );
  return rows;
}

/**
 * The stuurgroepen the member sits in, by name: a stuurgroeplid's overview names them, with the
 * first date on or after `today` ('YYYY-MM-DD') in their region's stuurgroep calendar (the dates
 * the `stuurgroep` command keeps), or null.
 */
export async function stuurgroepenWithNames(db: Queryable, memberId: string, today: string) {
  const { rows } = await db.query<{ id: string; name: string; planned: string | null }>(
    `SELECT o.id, o.name,
            (SELECT to_char(min(m.meeting_date), 'YYYY-MM-DD') FROM stuurgroep_meetings m
              WHERE m.region_id = o.region_id AND m.meeting_date >= $2::date) AS planned
       FROM overleggen o JOIN overleg_members om ON om.overleg_id = o.id
      WHERE om.member_id = $1 AND o.kind = 'stuurgroep' ORDER BY o.name`,
    [memberId, today],
  );
  return rows;
}

/** Rounds still open in the member's werkgroepen that they have not answered yet. */
export async function openRoundsFor(db: Queryable, memberId: string, now: Date) {
  const { rows } = await db.query<{ id: string; werkgroep: string; closes_at: Date }>(
    `SELECT r.id, o.name AS werkgroep, r.closes_at
       FROM checkin_rounds r
       JOIN overleg_members om ON om.overleg_id = r.overleg_id AND om.member_id = $1
       JOIN overleggen o ON o.id = r.overleg_id
      WHERE r.closed_at IS NULL AND r.closes_at > $2
        AND NOT EXISTS (SELECT 1 FROM checkin_answers a WHERE a.round_id = r.id AND a.member_id = $1)
      ORDER BY r.closes_at`,
    [memberId, now],
  );
  return rows;
}

/** The member's own open actiepunten, with the werkgroep they belong to. */
export async function myActiepunten(db: Queryable, memberId: string) {
  const { rows } = await db.query<{ description: string; due_date: string | null; werkgroep: string }>(
    `SELECT a.description, a.due_date, o.name AS werkgroep
       FROM actiepunten a JOIN overleggen o ON o.id = a.overleg_id
      WHERE a.owner_id = $1 AND a.done_at IS NULL AND a.removed_at IS NULL ORDER BY a.due_date NULLS LAST, a.created_at`,
    [memberId],
  );
  return rows;
}

export interface TeamsConversation {
  readonly conversationId: string;
  readonly tenant: string;
  readonly serviceUrl: string;
  readonly conversationType: 'personal' | 'channel' | 'groupChat';
  readonly userId: string | null;
  /** The team a channel belongs to (channelData.team.id); null outside a team. */
  readonly teamId?: string | null;
}

export async function rememberTeamsConversation(
  db: Queryable,
  c: TeamsConversation,
  at: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO teams_conversations (conversation_id, tenant, service_url, conversation_type, user_id, team_id, installed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (conversation_id) DO UPDATE SET service_url = EXCLUDED.service_url, installed_at = EXCLUDED.installed_at,
       team_id = coalesce(EXCLUDED.team_id, teams_conversations.team_id)`,
    [c.conversationId, c.tenant, c.serviceUrl, c.conversationType, c.userId, c.teamId ?? null, at],
  );
}

export interface TeamChannel {
  readonly conversationId: string;
  readonly tenant: string;
  readonly serviceUrl: string;
  readonly teamId: string;
}

/**
 * A channel of a team Schakel was added to: remember it (once, or with a new connector) so it can
 * be linked and sent to. A channel of a team without Schakel stays unknown. True when remembered.
 */
export async function rememberTeamChannel(db: Queryable, c: TeamChannel, at: Date): Promise<boolean> {
  const r = await db.query(
    `INSERT INTO teams_conversations (conversation_id, tenant, service_url, conversation_type, user_id, team_id, installed_at)
     SELECT $1, $2, $3, 'channel', NULL, $4, $5
      WHERE EXISTS (SELECT 1 FROM teams_conversations t WHERE t.team_id = $4 AND (t.tenant = $2 OR t.tenant = ''))
     ON CONFLICT (conversation_id) DO UPDATE SET service_url = EXCLUDED.service_url, team_id = EXCLUDED.team_id
      WHERE teams_conversations.conversation_type = 'channel'
        AND (teams_conversations.service_url IS DISTINCT FROM EXCLUDED.service_url
          OR teams_conversations.team_id IS DISTINCT FROM EXCLUDED.team_id)`,
    [c.conversationId, c.tenant, c.serviceUrl, c.teamId, at],
  );
  return (r.rowCount ?? 0) > 0;
}

/**
 * Schakel was removed from a Teams conversation (or from the whole team when teamId is given):
 * forget it and the team's channels, unlink them, drop what was still to be sent there.
 */
export async function forgetTeamsConversation(
  db: Queryable,
  conversationId: string,
  now: Date,
  teamId: string | null = null,
): Promise<void> {
  const { rows } = teamId
    ? await db.query<{ conversation_id: string }>(
        'SELECT conversation_id FROM teams_conversations WHERE team_id = $1',
        [teamId],
      )
    : { rows: [] };
  // A channel's threads are '<channel>;messageid=…': links made before that was normalised match as prefix.
  const ids = [...new Set([conversationId, ...rows.map((r) => r.conversation_id)].map(channelPart))];
  const threads = ids.map((id) => `${id.replace(/[\\%_]/g, '\\$&')};%`);
  await db.query(
    `DELETE FROM teams_conversations
      WHERE conversation_id = ANY($1) OR conversation_id LIKE ANY($2) OR team_id = $3`,
    [ids, threads, teamId],
  );
  await db.query(
    `UPDATE deliveries SET status = 'obsolete', updated_at = $3
      WHERE platform = 'teams' AND status = 'pending' AND (channel_id = ANY($1) OR channel_id LIKE ANY($2))`,
    [ids, threads, now],
  );
  await db.query(
    `DELETE FROM overleg_channels WHERE platform = 'teams' AND (channel_id = ANY($1) OR channel_id LIKE ANY($2))`,
    [ids, threads],
  );
}

function channelPart(conversationId: string): string {
  return conversationId.split(';')[0] ?? conversationId;
}

/** What the member's overview (src/home/) reads: their werkgroepen, open rounds and actiepunten. */
export const homeRepository = (db: Queryable) =>
  bind(db, { werkgroepenWithNames, stuurgroepenWithNames, openRoundsFor, myActiepunten });
export type HomeRepository = ReturnType<typeof homeRepository>;

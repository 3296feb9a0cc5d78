import type { Queryable } from './database.ts';

/** The member's werkgroepen (not the stuurgroep), by name. */
export async function werkgroepenWithNames(db: Queryable, memberId: string) {
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT o.id, o.name FROM overleggen o JOIN overleg_members om ON om.overleg_id = o.id
      WHERE om.member_id = $1 AND o.kind <> 'stuurgroep' ORDER BY o.name`,
    [memberId],
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
      WHERE a.owner_id = $1 AND a.done_at IS NULL ORDER BY a.due_date NULLS LAST, a.created_at`,
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
}

export async function rememberTeamsConversation(
  db: Queryable,
  c: TeamsConversation,
  at: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO teams_conversations (conversation_id, tenant, service_url, conversation_type, user_id, installed_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (conversation_id) DO UPDATE SET service_url = EXCLUDED.service_url, installed_at = EXCLUDED.installed_at`,
    [c.conversationId, c.tenant, c.serviceUrl, c.conversationType, c.userId, at],
  );
}

/** Schakel was removed from a Teams conversation: forget it, unlink it, drop what was still to be sent. */
export async function forgetTeamsConversation(
  db: Queryable,
  conversationId: string,
  now: Date,
): Promise<void> {
  // A team's channels share the team's conversation id before ';messageid=' and as prefix.
  const base = conversationId.split(';')[0] ?? conversationId;
  await db.query(`DELETE FROM teams_conversations WHERE conversation_id = $1 OR conversation_id LIKE $2`, [
    conversationId,
    `${base};%`,
  ]);
  await db.query(
    `UPDATE deliveries SET status = 'obsolete', updated_at = $3
      WHERE platform = 'teams' AND status = 'pending' AND (channel_id = $1 OR channel_id LIKE $2)`,
    [base, `${base};%`, now],
  );
  await db.query(
    `DELETE FROM overleg_channels WHERE platform = 'teams' AND (channel_id = $1 OR channel_id LIKE $2)`,
    [base, `${base};%`],
  );
}

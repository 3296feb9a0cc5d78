import type { OverlegKind, Platform } from '../domain/members.ts';
import type { GuardedText } from '../privacy/guarded-text.ts';
import type { Queryable } from './database.ts';

/** A place in a chat, as the adapters report it. */
export interface ChannelPlace {
  readonly platform: Platform;
  readonly workspace: string;
  readonly channelId: string;
}

export async function regionName(db: Queryable, regionId: string): Promise<string> {
  const { rows } = await db.query<{ name: string }>('SELECT name FROM regions WHERE id = $1', [regionId]);
  return rows[0]?.name ?? regionId;
}

/** The region's members by name: who a projectleider can choose for a new werkgroep. */
export async function regionMembers(db: Queryable, regionId: string) {
  const { rows } = await db.query<{ id: string; name: string; organisation: string }>(
    'SELECT id, name, organisation FROM members WHERE region_id = $1 ORDER BY name, id',
    [regionId],
  );
  return rows;
}

/** The names of the region's werkgroepen (at most `limit`), for a refusal that says which there are. */
export async function werkgroepNamesOfRegion(
  db: Queryable,
  regionId: string,
  limit: number,
): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT name FROM overleggen WHERE region_id = $1 AND kind = 'werkgroep' ORDER BY name LIMIT $2`,
    [regionId, limit],
  );
  return rows.map((r) => r.name);
}

/** The names of all the region's overleggen, of every kind (at most `limit`): for a new name that looks the same. */
export async function overlegNamesOfRegion(
  db: Queryable,
  regionId: string,
  limit: number,
): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    'SELECT name FROM overleggen WHERE region_id = $1 ORDER BY name LIMIT $2',
    [regionId, limit],
  );
  return rows.map((r) => r.name);
}

/** An overleg of the region by name, whatever the capitals: names must differ for people, not only for Postgres. */
export async function overlegByName(db: Queryable, regionId: string, name: string) {
  const { rows } = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM overleggen WHERE region_id = $1 AND lower(name) = lower($2) ORDER BY name LIMIT 1',
    [regionId, name],
  );
  return rows[0] ?? null;
}

export async function insertOverleg(
  db: Queryable,
  o: { regionId: string; name: GuardedText; kind: OverlegKind; at: Date },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO overleggen (region_id, name, kind, created_at) VALUES ($1, $2, $3, $4) RETURNING id',
    [o.regionId, o.name, o.kind, o.at],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error('overleg not inserted');
  return id;
}

/** Adds members to an overleg; only members of `regionId` are added, the others are left out. */
export async function addOverlegMembers(
  db: Queryable,
  overlegId: string,
  regionId: string,
  memberIds: readonly string[],
): Promise<number> {
  const r = await db.query(
    `INSERT INTO overleg_members (overleg_id, member_id)
     SELECT $1, m.id FROM members m WHERE m.id = ANY($2::uuid[]) AND m.region_id = $3
     ON CONFLICT DO NOTHING`,
    [overlegId, [...memberIds], regionId],
  );
  return r.rowCount ?? 0;
}

/** The overleggen a channel is linked to (normally one). */
export async function overleggenOfChannel(db: Queryable, place: ChannelPlace) {
  const { rows } = await db.query<{ id: string; name: string; region_id: string }>(
    `SELECT o.id, o.name, o.region_id FROM overleg_channels c JOIN overleggen o ON o.id = c.overleg_id
      WHERE c.platform = $1 AND c.workspace = $2 AND c.channel_id = $3 ORDER BY o.name`,
    [place.platform, place.workspace, place.channelId],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, regionId: r.region_id }));
}

/**
 * One link or unlink of this place at a time, until the transaction ends: two `koppel`s sent at
 * once cannot both find it unlinked. A lock on the place's name, as the place has no row of its own.
 */
export async function lockChannel(db: Queryable, place: ChannelPlace): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `kanaal\n${place.platform}\n${place.workspace}\n${place.channelId}`,
  ]);
}

export async function unlinkChannel(db: Queryable, overlegId: string, place: ChannelPlace): Promise<boolean> {
  const r = await db.query(
    `DELETE FROM overleg_channels WHERE overleg_id = $1 AND platform = $2 AND workspace = $3 AND channel_id = $4`,
    [overlegId, place.platform, place.workspace, place.channelId],
  );
  return (r.rowCount ?? 0) > 0;
}

/** Where Schakel was added in Teams (install.add), or null when it was not. */
export async function installedTeamsConversation(db: Queryable, conversationId: string) {
  const { rows } = await db.query<{ tenant: string; service_url: string; conversation_type: string }>(
    'SELECT tenant, service_url, conversation_type FROM teams_conversations WHERE conversation_id = $1',
    [conversationId],
  );
  const r = rows[0];
  return r ? { tenant: r.tenant, serviceUrl: r.service_url, type: r.conversation_type } : null;
}

/** The overleg a set-up form made, found by the request key its audit entry carries. */
export async function overlegMadeByRequest(
  db: Queryable,
  regionId: string,
  requestKey: string,
): Promise<string | null> {
  const { rows } = await db.query<{ subject: string }>(
    `SELECT subject FROM audit_log
      WHERE region_id = $1 AND action = 'werkgroep_aangemaakt' AND details->>'aanvraag' = $2
      ORDER BY at DESC LIMIT 1`,
    [regionId, requestKey],
  );
  return rows[0]?.subject ?? null;
}

import type { Queryable } from './database.ts';

export async function overlegNamesOf(db: Queryable, memberId: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT o.name FROM overleggen o JOIN overleg_members om ON om.overleg_id = o.id
      WHERE om.member_id = $1 ORDER BY o.kind, o.name`,
    [memberId],
  );
  return rows.map((r) => r.name);
}

/** The overleg a chat channel belongs to, if it is linked to one. */
export async function overlegForChannel(
  db: Queryable,
  place: { platform: string; workspace: string; channelId: string },
): Promise<string | null> {
  const { rows } = await db.query(
    `SELECT overleg_id FROM overleg_channels WHERE platform = $1 AND workspace = $2 AND channel_id = $3
      ORDER BY overleg_id LIMIT 1`,
    [place.platform, place.workspace, place.channelId],
  );
  return rows[0]?.overleg_id ?? null;
}

/** The werkgroepen (not the stuurgroep) a member takes part in. */
export async function werkgroepenOf(db: Queryable, memberId: string): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT o.id FROM overleggen o JOIN overleg_members om ON om.overleg_id = o.id
      WHERE om.member_id = $1 AND o.kind <> 'stuurgroep' ORDER BY o.name`,
    [memberId],
  );
  return rows.map((r) => r.id);
}

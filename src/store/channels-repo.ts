import type { Target } from '../domain/deliveries.ts';
import type { Platform } from '../domain/members.ts';
import type { Queryable } from './database.ts';

/** The chat channels a werkgroep's reminders and check-ins go to (overleg_channels). */
export interface Channel extends Target {
  readonly serviceUrl: string | null;
}

function toChannel(r: {
  platform: Platform;
  workspace: string;
  channel_id: string;
  service_url: string | null;
}): Channel {
  return { platform: r.platform, workspace: r.workspace, channelId: r.channel_id, serviceUrl: r.service_url };
}

export async function channelsOf(db: Queryable, overlegId: string): Promise<Channel[]> {
  const { rows } = await db.query(
    `SELECT platform, workspace, channel_id, service_url FROM overleg_channels
      WHERE overleg_id = $1 ORDER BY platform, channel_id`,
    [overlegId],
  );
  return rows.map(toChannel);
}

/** channelsOf for many overleggen in one query; every id asked for has an entry. */
export async function channelsOfMany(
  db: Queryable,
  overlegIds: readonly string[],
): Promise<Map<string, Channel[]>> {
  const channels = new Map<string, Channel[]>(overlegIds.map((id) => [id, []]));
  const { rows } = await db.query(
    `SELECT overleg_id, platform, workspace, channel_id, service_url FROM overleg_channels
      WHERE overleg_id = ANY($1::uuid[]) ORDER BY platform, channel_id`,
    [overlegIds],
  );
  for (const c of rows) channels.get(c.overleg_id)?.push(toChannel(c));
  return channels;
}

export async function linkChannel(db: Queryable, overlegId: string, channel: Channel): Promise<void> {
  await db.query(
    `INSERT INTO overleg_channels (overleg_id, platform, workspace, channel_id, service_url) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (overleg_id, platform, workspace, channel_id) DO UPDATE SET service_url = EXCLUDED.service_url`,
    [overlegId, channel.platform, channel.workspace, channel.channelId, channel.serviceUrl],
  );
}

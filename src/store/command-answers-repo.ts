import { z } from 'zod';
import { COMMAND_KIND } from '../domain/deliveries.ts';
import type { Database, Queryable } from './database.ts';
import { addDeliveries } from './deliveries-repo.ts';

/** A chat command whose answer the scheduler makes and sends (migration 015). */
export interface QueuedCommand {
  /** Unique per request (the platform's id of it): a replay of the same command finds it there. */
  readonly key: string;
  readonly platform: 'slack' | 'teams';
  readonly workspace: string;
  readonly userId: string;
  /** Where it was typed: the channel decides the werkgroep or region. */
  readonly placeChannelId: string;
  /** The command in Schakel's own words, never free text a member typed. */
  readonly command: string;
  readonly prefix: string;
  /** Slack: the response_url and until when it may be used. */
  readonly replyUrl: string | null;
  readonly replyUntil: Date | null;
  /** Teams: the "Bezig…" activity to update, and whether its conversation is the member's own chat. */
  readonly activity: {
    readonly serviceUrl: string;
    readonly conversationId: string;
    readonly activityId: string;
    readonly personal: boolean;
  } | null;
}

/** The queue of slow commands as the core's use case sees it (src/commands/long-commands.ts). */
export interface CommandQueue {
  /** False when that request is already there (a replay). */
  enqueue(c: QueuedCommand, now: Date): Promise<boolean>;
  find(key: string): Promise<QueuedCommand | null>;
}

export function commandQueue(db: Database): CommandQueue {
  return {
    enqueue: (c, now) => enqueueCommand(db, c, now),
    find: (key) => findQueuedCommand(db.pool, key),
  };
}

/**
 * Writes the command's delivery and what is needed to carry it out, due now. False when that
 * request is already there (a replay): nothing is added, so its answer goes out once.
 */
export async function enqueueCommand(db: Database, c: QueuedCommand, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const row = { key: c.key, overlegId: null, regionId: null, occurrence: '', kind: COMMAND_KIND } as const;
    const target = { platform: c.platform, workspace: c.workspace, channelId: c.userId };
    const added = await addDeliveries(tx, [{ ...row, ...target, dueAt: now }]);
    if (added !== 1) return false;
    await tx.query(
      `INSERT INTO command_answers (delivery_key, user_id, place_channel_id, command, prefix, reply_url,
              reply_until, service_url, conversation_id, activity_id, personal)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        c.key,
        c.userId,
        c.placeChannelId,
        c.command,
        c.prefix,
        c.replyUrl,
        c.replyUntil,
        c.activity?.serviceUrl ?? null,
        c.activity?.conversationId ?? null,
        c.activity?.activityId ?? null,
        c.activity?.personal ?? false,
      ],
    );
    return true;
  });
}

const row = z.object({
  delivery_key: z.string(),
  platform: z.enum(['slack', 'teams']),
  workspace: z.string(),
  user_id: z.string(),
  place_channel_id: z.string(),
  command: z.string(),
  prefix: z.string(),
  reply_url: z.string().nullable(),
  reply_until: z.date().nullable(),
  service_url: z.string().nullable(),
  conversation_id: z.string().nullable(),
  activity_id: z.string().nullable(),
  personal: z.boolean(),
});

export async function findQueuedCommand(db: Queryable, key: string): Promise<QueuedCommand | null> {
  const { rows } = await db.query(
    `SELECT c.*, d.platform, d.workspace FROM command_answers c JOIN deliveries d ON d.key = c.delivery_key
      WHERE c.delivery_key = $1`,
    [key],
  );
  if (rows.length === 0) return null;
  const r = row.parse(rows[0]);
  return {
    key: r.delivery_key,
    platform: r.platform,
    workspace: r.workspace,
    userId: r.user_id,
    placeChannelId: r.place_channel_id,
    command: r.command,
    prefix: r.prefix,
    replyUrl: r.reply_url,
    replyUntil: r.reply_until,
    activity:
      r.service_url && r.conversation_id && r.activity_id
        ? {
            serviceUrl: r.service_url,
            conversationId: r.conversation_id,
            activityId: r.activity_id,
            personal: r.personal,
          }
        : null,
  };
}

/** Forgets the commands whose answer is done (sent, failed or skipped): their reply links go with them. */
export async function forgetAnsweredCommands(tx: Queryable): Promise<number> {
  const r = await tx.query(
    `DELETE FROM command_answers c USING deliveries d
      WHERE d.key = c.delivery_key AND d.status NOT IN ('pending', 'sending')`,
  );
  return r.rowCount ?? 0;
}

import type { Delivery } from '../domain/deliveries.ts';
import type { Message } from '../messages/model.ts';
import type { QueuedCommand } from '../store/command-answers-repo.ts';
import { ofPlatform, type SendTarget } from './notifier.ts';

/**
 * Where a slow command's "Bezig…" message stands. `replyUrl` is null once Slack's response_url has
 * run out (30 minutes): the answer then goes to the member's direct message instead.
 */
export type PendingReply = Pick<QueuedCommand, 'platform' | 'workspace' | 'userId' | 'replyUrl' | 'activity'>;

/**
 * The port through which the scheduler answers a slow command: it replaces the "Bezig…" message
 * with the answer, or sends the answer directly when that message can no longer be replaced.
 * `again` says an earlier attempt may have gone (partly) out: what cannot be sent twice is checked first.
 */
export interface CommandReplier {
  reply(to: PendingReply, message: Message, deliveryKey: string, again: boolean): Promise<void>;
}

/** Routes each answer to the replier of its platform. */
export function routeReplies(
  byPlatform: Partial<Record<PendingReply['platform'], CommandReplier>>,
): CommandReplier {
  return {
    reply(to, message, key, again) {
      return ofPlatform(byPlatform, to.platform).reply(to, message, key, again);
    },
  };
}

/** A slow command carried out: its answer, and where "Bezig…" stands. */
export interface BuiltAnswer {
  /** The member, for a direct message. */
  readonly target: SendTarget;
  readonly reply: PendingReply;
  readonly message: Message;
}

/** How the scheduler carries out a slow command (the core's long commands). */
export interface CommandAnswers {
  build(d: Delivery, now: Date): Promise<BuiltAnswer | { readonly skip: string }>;
}

import type { Clock } from '../clock.ts';
import type { PlatformUser } from '../domain/members.ts';
import type { BuiltAnswer, CommandAnswers } from '../jobs/command-replier.ts';
import { MAX_ATTEMPTS } from '../jobs/deliver-due.ts';
import type { Logger } from '../logger.ts';
import { nl } from '../messages/catalogue/nl.ts';
import { words } from '../messages/catalogue/words.ts';
import { errorMessage, isExpected } from '../messages/errors.ts';
import type { Message } from '../messages/model.ts';
import type { Place } from '../ports/text-commands.ts';
import type { CommandQueue, QueuedCommand } from '../store/command-answers-repo.ts';
import { parseCommand } from './parse.ts';

/** What the member sees at once when the answer takes long; the answer takes its place (Dutch). */
export const BUSY_TEXT = nl.adapters.busy;

/** The same in the member's language. */
export function busyText(): string {
  return words().adapters.busy;
}
/** Slack accepts a command's response_url for 30 minutes; a little less leaves room for the request. */
export const REPLY_URL_VALID_MS = 29 * 60_000;

/** A command that takes long, as the adapter received it: enough to do it again and answer in place. */
export interface LongRequest {
  /** The platform's own id of this request (Slack's trigger_id, a Teams activity id). */
  readonly requestId: string;
  readonly user: PlatformUser;
  readonly place: Place;
  /** From `longCommand`: the command in Schakel's words. */
  readonly command: string;
  readonly prefix: string;
  /** Slack: the command's response_url. */
  readonly replyUrl?: string | undefined;
  /** Teams: the "Bezig…" activity just sent. */
  readonly activity?: QueuedCommand['activity'] | undefined;
}

interface Deps {
  readonly queue: CommandQueue;
  readonly clock: Clock;
  readonly logger: Logger;
  /** True when the AI summary is on: then `samenvatting` waits for a language model (up to 20 s). */
  readonly slowSummary: boolean;
  readonly handleText: (user: PlatformUser, place: Place, text: string, prefix: string) => Promise<Message>;
  /** Tells the scheduler in this process that something is due now (nothing in a web-only replica). */
  readonly wake?: (() => void) | undefined;
}

/**
 * Commands whose answer takes longer than a platform waits for its acknowledgement (Slack: 3 s).
 * They are acknowledged at once with "Bezig…" and written down as a delivery; the scheduler then
 * carries out the command and puts the answer in place of "Bezig…". So a restart in between loses
 * nothing, a crash mid-work is taken over by another worker, and the answer goes out once.
 */
export function createLongCommands(d: Deps) {
  return {
    /** The command in Schakel's own words when its answer takes long, else null (answer it at once). */
    longCommand(text: string): string | null {
      if (!d.slowSummary) return null;
      const command = parseCommand(text);
      if (command.name !== 'samenvatting') return null;
      return command.period ? `samenvatting ${command.period}` : 'samenvatting';
    },

    /** Writes the command down to be answered; false when this request was already there (a replay). */
    async queueAnswer(r: LongRequest): Promise<boolean> {
      const now = d.clock.now();
      const added = await d.queue.enqueue(
        {
          key: `command|${r.user.platform}|${r.user.workspace}|${r.requestId}`,
          platform: r.user.platform,
          workspace: r.user.workspace,
          userId: r.user.userId,
          placeChannelId: r.place.channelId,
          command: r.command,
          prefix: r.prefix,
          replyUrl: r.replyUrl ?? null,
          replyUntil: r.replyUrl ? new Date(now.getTime() + REPLY_URL_VALID_MS) : null,
          activity: r.activity ?? null,
        },
        now,
      );
      if (added) d.wake?.();
      return added;
    },

    /** For the scheduler: carries out the command now and says where its answer goes. */
    answers: {
      async build(delivery, now): Promise<BuiltAnswer | { readonly skip: string }> {
        const q = await d.queue.find(delivery.key);
        if (!q) return { skip: 'commando bestaat niet meer' };
        const user = { platform: q.platform, workspace: q.workspace, userId: q.userId };
        let message: Message;
        try {
          message = await d.handleText(user, { ...user, channelId: q.placeChannelId }, q.command, q.prefix);
        } catch (err) {
          // A refusal is the answer; anything else is tried again, and on the last attempt apologised for.
          if (!isExpected(err) && delivery.attempts < MAX_ATTEMPTS) throw err;
          if (!isExpected(err)) d.logger.error({ err }, 'traag commando mislukt');
          message = errorMessage(err);
        }
        const replyUrl = q.replyUrl && q.replyUntil && q.replyUntil > now ? q.replyUrl : null;
        return {
          target: { platform: q.platform, workspace: q.workspace, channelId: q.userId, serviceUrl: null },
          reply: {
            platform: q.platform,
            workspace: q.workspace,
            userId: q.userId,
            replyUrl,
            activity: q.activity,
          },
          message,
        };
      },
    } satisfies CommandAnswers,
  };
}

export type LongCommands = ReturnType<typeof createLongCommands>;

import type { Target } from '../domain/deliveries.ts';
import type { Message } from '../messages/model.ts';

export interface SendTarget extends Target {
  /** The Teams connector of the conversation (its serviceUrl). */
  readonly serviceUrl: string | null;
}

/**
 * The port through which the scheduler reaches a chat platform. Slack and Teams
 * implement it in adapters/; tests pass their own.
 */
export interface Notifier {
  send(target: SendTarget, message: Message, deliveryKey: string): Promise<void>;
  /**
   * After a process stopped mid-send, asks the platform whether the message for this
   * delivery arrived after all. Platforms that cannot tell return undefined.
   */
  wasDelivered?(target: SendTarget, deliveryKey: string, since: Date): Promise<boolean | undefined>;
}

/** The platform asked us to slow down (HTTP 429); try again after `retryAfterMs`. */
export class RateLimited extends Error {
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number) {
    super(`rate limited, retry after ${retryAfterMs} ms`);
    this.retryAfterMs = retryAfterMs;
  }
}

/** Retrying will not help (channel gone, bot removed, platform not configured). */
export class PermanentFailure extends Error {}

/**
 * The platform refused the message as too large (Teams' 413 MessageSizeTooBig): the same message
 * is refused again, so it is never retried. Says how large, never what was in it.
 */
export class MessageTooLarge extends PermanentFailure {
  readonly bytes: number;
  constructor(platform: string, bytes: number, counts: string) {
    super(
      `${platform} weigerde het bericht als te groot (413): ${bytes} bytes${counts ? `, ${counts}` : ''}`,
    );
    this.bytes = bytes;
  }
}

/** The one of `byPlatform` for `platform`; a platform this Schakel has not set up fails for good. */
export function ofPlatform<T>(
  byPlatform: Partial<Record<Target['platform'], T>>,
  platform: Target['platform'],
): T {
  const found = byPlatform[platform];
  if (!found) throw new PermanentFailure(`${platform} is niet ingesteld in deze Schakel`);
  return found;
}

/** Routes each target to the notifier of its platform. */
export function routeByPlatform(byPlatform: Partial<Record<Target['platform'], Notifier>>): Notifier {
  const pick = (t: SendTarget) => ofPlatform(byPlatform, t.platform);
  return {
    send: (target, message, key) => pick(target).send(target, message, key),
    wasDelivered: async (target, key, since) => pick(target).wasDelivered?.(target, key, since),
  };
}

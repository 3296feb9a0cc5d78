import { setTimeout as pause } from 'node:timers/promises';
import { webApi } from '@slack/bolt';
import type { Clock } from '../../src/clock.ts';
import type { Logger } from '../../src/logger.ts';
import { clientsByToken } from './workspace-tokens.ts';

/** What Slack's users.info tells Schakel about a user. */
export interface SlackUser {
  /** The name Slack shows for them (display name, else real name, else handle). */
  readonly name: string | null;
  /** Their Slack language ("en-US"). */
  readonly locale: string | null;
}

/**
 * A Slack user as users.info tells them, asked with the bot token of their workspace; null when
 * Slack does not answer (a rate limit, an error). Remembered for an hour.
 */
export type SlackUserInfo = (
  token: string | undefined,
  workspace: string,
  userId: string,
) => Promise<SlackUser | null>;

/** How long an answer is used: a colleague who renamed themselves shows by the new name within the hour. */
const REMEMBER_MS = 60 * 60 * 1000;
/** Users remembered at most; the one asked longest ago makes room first. */
const MAX_REMEMBERED = 5_000;
/** A rate limit this short (seconds) is waited out once; a longer one is how long Schakel does without. */
const SHORT_LIMIT_S = 3;

interface Remembered {
  answer: Promise<SlackUser | null>;
  until: number;
}

/**
 * users.info for the whole Slack adapter: the names of mentioned colleagues (mention-names.ts)
 * and the language of whoever writes (slack-locale.ts) come from one call per user, asked with
 * the locale, with one call in flight per user. Slack's rate limit is honoured: a Retry-After of
 * a few seconds is waited out once; a longer one is remembered as "no answer" for exactly that
 * long, so nothing asks Slack again meanwhile and nothing does without for longer. Calls go
 * through a client that rejects a rate-limited call at once: Bolt's own client would wait and
 * try again for up to half an hour, with every other call of that client waiting behind it.
 */
export function slackUserInfo(deps: { apiUrl: string; clock: Clock; logger: Logger }): SlackUserInfo {
  const clientOf = clientsByToken(deps.apiUrl);
  const remembered = new Map<string, Remembered>();
  const now = () => deps.clock.now().getTime();

  return (token, workspace, userId) => {
    if (!token) return Promise.resolve(null);
    const key = `${workspace}:${userId}`;
    const known = remembered.get(key);
    if (known && known.until > now()) return known.answer;
    remembered.delete(key);
    const oldest = remembered.size >= MAX_REMEMBERED ? remembered.keys().next().value : undefined;
    if (oldest !== undefined) remembered.delete(oldest);
    const entry: Remembered = { answer: Promise.resolve(null), until: now() + REMEMBER_MS };
    entry.answer = askRetryingShortLimit(clientOf(token), userId).catch((err: unknown) => {
      const wait = rateLimitedFor(err);
      // Rate limited: no answer for as long as Slack asks. Another failure: asked again next time.
      if (wait !== undefined) entry.until = now() + wait * 1000;
      else if (remembered.get(key) === entry) remembered.delete(key);
      deps.logger.warn({ err, retryAfterSeconds: wait }, 'Slack-gebruiker niet opgevraagd (users.info)');
      return null;
    });
    remembered.set(key, entry);
    return entry.answer;
  };
}

/** users.info, asked once more after a short rate limit. */
async function askRetryingShortLimit(
  client: InstanceType<typeof webApi.WebClient>,
  userId: string,
): Promise<SlackUser> {
  try {
    return await usersInfo(client, userId);
  } catch (err) {
    const wait = rateLimitedFor(err);
    if (wait === undefined || wait > SHORT_LIMIT_S) throw err;
    await pause(wait * 1000, undefined, { ref: false });
    return usersInfo(client, userId);
  }
}

async function usersInfo(client: InstanceType<typeof webApi.WebClient>, userId: string): Promise<SlackUser> {
  const { user } = await client.users.info({ user: userId, include_locale: true });
  return {
    name: user?.profile?.display_name || user?.real_name || user?.name || null,
    locale: user?.locale ?? null,
  };
}

/** Seconds Slack asked to wait when it refused a call for its rate limit; undefined for other errors. */
function rateLimitedFor(err: unknown): number | undefined {
  const e = err as { code?: string; retryAfter?: number };
  return e.code === webApi.ErrorCode.RateLimitedError ? (e.retryAfter ?? 1) : undefined;
}

/** What `work` gives within `ms`, else null: a request waits only so long for Slack. */
export async function answeredWithin<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

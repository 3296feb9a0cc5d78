import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { InvokeResponse } from '@microsoft/teams.api';
import type { Clock } from '../../src/clock.ts';
import type { Logger } from '../../src/logger.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import type { Locale } from '../../src/messages/locale.ts';
import type { Metrics } from '../../src/metrics.ts';
import type { HandledRequests } from '../../src/store/handled-requests-repo.ts';
import { ReplayAnswers } from '../http/replay-answers.ts';
import type { ActivityFrom } from './teams-user.ts';

/** The short "already done" in the member's language. */
function alreadyDone(locale: Locale): InvokeResponse {
  return {
    status: 200,
    body: {
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: words(locale).web.alreadyDone,
    },
  };
}

/**
 * Until when the activity being handled could be sent again: its token's expiry (with the clocks'
 * tolerance), set by the HTTP bridge around the SDK's handling. A Teams token stays valid for up to
 * an hour, far longer than the ten minutes a key is kept by default, so its key is kept as long.
 */
export const replayableUntil = new AsyncLocalStorage<Date | undefined>();

interface ActivityArgs {
  readonly activity: ActivityFrom & {
    readonly id?: string;
    readonly type: string;
    readonly locale?: string;
    readonly conversation: { readonly id: string };
  };
  next(): Answer | Promise<Answer>;
}
// biome-ignore lint/suspicious/noConfusingVoidType: the SDK's route handlers return void | InvokeResponse.
type Answer = void | InvokeResponse;

/**
 * Every activity once: an activity id already handled in its conversation (Teams resending it, or
 * a replay with a valid token, for as long as that token is accepted) is answered without handling
 * it again. An invoke gets the answer
 * its first delivery got (ReplayAnswers), or a short "already done".
 */
export function answerOnce(deps: {
  handled: HandledRequests;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  /** The member's language, for the short "already done". */
  localeOf: (activity: ActivityArgs['activity']) => Promise<Locale>;
}) {
  const answers = new ReplayAnswers<Answer>();
  return async ({ activity, next }: ActivityArgs): Promise<Answer> => {
    if (!activity.id) return next();
    const key = teamsReplayKey(activity.conversation.id, activity.id);
    const now = deps.clock.now();
    if (!(await deps.handled.claim('teams', key, now, null, replayableUntil.getStore()).claimed)) {
      deps.metrics.replayedRequests.inc({ platform: 'teams' });
      deps.logger.info(
        { type: activity.type },
        'herhaalde Teams-activiteit beantwoord zonder haar opnieuw uit te voeren',
      );
      if (activity.type !== 'invoke') return undefined;
      return answers.find(key, now.getTime()) ?? alreadyDone(await deps.localeOf(activity));
    }
    const answer = await next();
    if (activity.type === 'invoke') answers.keep(key, answer, now.getTime());
    return answer;
  };
}

/**
 * The key an activity is claimed by in handled_requests: one digest of its conversation and its id
 * together. Ids are Teams' to choose and may be any text, and a personal chat's id names the
 * member (it is how Schakel reaches them), so neither is kept as itself: a key names no one, and
 * no two keys show that they come from the same chat. A member's erasure so leaves nothing there
 * that points at them, while a resent activity (same conversation, same id) still finds its key.
 */
export function teamsReplayKey(conversationId: string, activityId: string): string {
  return createHash('sha256').update(`${conversationId}\n${activityId}`).digest('base64url');
}

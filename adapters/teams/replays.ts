import { createHash } from 'node:crypto';
import type { InvokeResponse } from '@microsoft/teams.api';
import type { Clock } from '../../src/clock.ts';
import type { Logger } from '../../src/logger.ts';
import type { Metrics } from '../../src/metrics.ts';
import type { HandledRequests } from '../../src/store/handled-requests-repo.ts';
import { ReplayAnswers } from '../http/replay-answers.ts';

const ALREADY_DONE: InvokeResponse = {
  status: 200,
  body: {
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: 'Dit verzoek is al verwerkt.',
  },
};

interface ActivityArgs {
  readonly activity: {
    readonly id?: string;
    readonly type: string;
    readonly conversation: { readonly id: string };
  };
  next(): Answer | Promise<Answer>;
}
// biome-ignore lint/suspicious/noConfusingVoidType: the SDK's route handlers return void | InvokeResponse.
type Answer = void | InvokeResponse;

/**
 * Every activity once: an activity id already handled in its conversation (Teams resending it, or
 * a replay with a valid token) is answered without handling it again. An invoke gets the answer
 * its first delivery got (ReplayAnswers), or a short "already done".
 */
export function answerOnce(deps: {
  handled: HandledRequests;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
}) {
  const answers = new ReplayAnswers<Answer>();
  return async ({ activity, next }: ActivityArgs): Promise<Answer> => {
    // Ids are Teams' to choose and may be any text: the activity id is kept only as its digest, the
    // conversation's id as itself only when it has a Teams conversation id's shape (handled_requests).
    const conversation = activity.conversation.id;
    const where = CONVERSATION_ID.test(conversation) ? conversation : digest(conversation);
    const key = activity.id ? `${where}\n${digest(activity.id)}` : undefined;
    if (!key) return next();
    const now = deps.clock.now();
    if (!(await deps.handled.claim('teams', key, now).claimed)) {
      deps.metrics.replayedRequests.inc({ platform: 'teams' });
      deps.logger.info(
        { type: activity.type },
        'herhaalde Teams-activiteit beantwoord zonder haar opnieuw uit te voeren',
      );
      if (activity.type !== 'invoke') return undefined;
      return answers.find(key, now.getTime()) ?? ALREADY_DONE;
    }
    const answer = await next();
    if (activity.type === 'invoke') answers.keep(key, answer, now.getTime());
    return answer;
  };
}

/** A Teams conversation id: a short prefix and a colon (a:, 19:, 29:), then no spaces. */
const CONVERSATION_ID = /^[a-z0-9]{1,3}:[^\s]{1,300}$/i;
const digest = (id: string) => createHash('sha256').update(id).digest('base64url');

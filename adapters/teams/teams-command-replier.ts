import { Client } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { CommandReplier } from '../../src/jobs/command-replier.ts';
import { MessageTooLarge, PermanentFailure } from '../../src/jobs/notifier.ts';
import type { Logger } from '../../src/logger.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import { renderFormCard } from './forms/render-card.ts';
import { privateAnswers } from './private-answers.ts';
import { cardActivity, renderTeamsActivity } from './render-message.ts';
import { translateTeamsFailure } from './teams-notifier.ts';

/**
 * The scheduler's answers to slow commands on Teams: the "Bezig…" message Schakel sent is updated
 * in place (updateActivity through the conversation's connector), the same rules as an answer at
 * once: personal data only in the member's own chat (sent there when asked for in a channel), a form
 * as its card. Updating twice shows the same answer, so a retry does no harm; a private answer
 * already sent to the personal chat is never tried again.
 */
export function teamsCommandReplier(app: App, logger: Logger): CommandReplier {
  const privately = privateAnswers(app, logger);
  return {
    async reply(to, message) {
      const busy = to.activity;
      if (!busy) throw new PermanentFailure('Teams-antwoord zonder "Bezig…"-bericht om te vervangen');
      // Asked for in a shared conversation: a private answer goes to the personal chat, "Bezig…" says so.
      const elsewhere =
        message.private && !busy.personal
          ? await privately.deliverPrivately({ ...to, serviceUrl: busy.serviceUrl }, message)
          : null;
      const activity = elsewhere
        ? { type: 'message' as const, text: elsewhere.line }
        : message.form
          ? cardActivity(message.fallback, renderFormCard(message.form))
          : renderTeamsActivity(message, to.workspace);
      const api = new Client(busy.serviceUrl, app.api.http);
      const update = (a: typeof activity | { type: 'message'; text: string }) =>
        api.conversations.activities(busy.conversationId).update(busy.activityId, a);
      try {
        await update(activity);
      } catch (err) {
        // The answer itself reached the personal chat: trying again would send it twice there.
        if (elsewhere?.sent)
          return void logger.warn({ err }, '"Bezig…" niet bijgewerkt; antwoord staat in privégesprek');
        const failure = translateTeamsFailure(err, message);
        // Too large for Teams: "Bezig…" says so instead of waiting for ever; never tried again.
        if (failure instanceof MessageTooLarge) {
          await update({ type: 'message', text: words().longLists.tooLarge }).catch(() => undefined);
        }
        throw failure;
      }
    },
  };
}

import type { App } from '@microsoft/teams.apps';
import { busyText } from '../../../src/commands/long-commands.ts';
import type { Logger } from '../../../src/logger.ts';
import { errorMessage, isExpected } from '../../../src/messages/errors.ts';
import type { Message } from '../../../src/messages/model.ts';
import type { TextCommands } from '../../../src/ports/text-commands.ts';
import { fileConsentActivity } from '../file-consent.ts';
import { renderFormCard } from '../forms/render-card.ts';
import type { PrivateAnswers } from '../private-answers.ts';
import { cardActivity, renderTeamsActivity } from '../render-message.ts';
import { fromLocalChat, teamsPlace, teamsPrefix, teamsUser } from '../teams-user.ts';

/**
 * Text to the bot is a command, the same words as after `/schakel` in Slack. `localChatOnly`: only
 * the local chat talks to /api/messages (config: local mode without Teams credentials), so a
 * message that says it came from there did.
 */
export function registerMessageHandler(
  app: App,
  textCommands: TextCommands,
  privately: PrivateAnswers,
  logger: Logger,
  localChatOnly = false,
): void {
  app.on('message', async ({ activity, send }) => {
    const user = teamsUser(activity);
    const place = teamsPlace(activity);
    const long = textCommands.longCommand(activity.text ?? '');
    if (long && activity.serviceUrl) {
      // Teams waits for the bot's answer only so long: "Bezig…" now, and the scheduler updates it
      // with the answer (queued, so a restart in between does not lose it).
      const busy = await send(busyText());
      await textCommands.queueAnswer({
        requestId: `${activity.conversation.id}|${activity.id}`,
        user,
        place,
        command: long,
        prefix: teamsPrefix(activity),
        activity: {
          serviceUrl: activity.serviceUrl,
          conversationId: activity.conversation.id,
          activityId: busy.id,
          personal: activity.conversation.conversationType === 'personal',
        },
      });
      return;
    }
    let answer: Message;
    try {
      // In a channel the text starts with the bot's mention; teams-app.ts takes it out (mention-text.ts).
      answer = await textCommands.handleText(user, place, activity.text ?? '', teamsPrefix(activity));
    } catch (err) {
      if (!isExpected(err)) logger.error({ err }, 'Teams-bericht mislukt');
      answer = errorMessage(err, {
        sharedChannel: activity.conversation.conversationType !== 'personal',
        // The local chat takes a refused message out (local-chat/refusals.ts); Teams cannot. A
        // client's word for where it came from counts only where nothing else can send.
        takenOut: localChatOnly && fromLocalChat(activity),
      });
    }
    // A personal answer asked for in a channel: only there, the line that says where it went.
    const elsewhere = await privately.shield(activity, answer);
    if (elsewhere) {
      await send(elsewhere);
      return;
    }
    if (answer.form) {
      await send(cardActivity(answer.fallback, renderFormCard(answer.form)));
      return;
    }
    await send(renderTeamsActivity(answer, user.workspace, activity.id));
    if (answer.file) await send(fileConsentActivity(answer.file));
  });
}

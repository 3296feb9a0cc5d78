import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { Logger } from '../../../src/logger.ts';
import { isFormAction, sentToPrivateChat } from '../../../src/messages/checkin-messages.ts';
import { errorMessage, isExpected } from '../../../src/messages/errors.ts';
import { plainText } from '../../../src/messages/model.ts';
import type { FormSubmissions } from '../../../src/ports/form-submissions.ts';
import { buttonValue } from '../button-value.ts';
import { cardActionResponse, renderConfirmationCard, renderFormCard, say } from '../forms/render-card.ts';
import { teamsDirectNotifier } from '../teams-direct-notifier.ts';
import { teamsUser } from '../teams-user.ts';

/**
 * The check-in buttons (Action.Execute) open a form: in the personal chat the card becomes the
 * form; from a channel the form goes to the member's personal chat, never shown where others
 * read along. The submitted form goes through the one form protocol (form-submissions.ts).
 */
export function registerRoundFormButtons(app: App, forms: FormSubmissions, logger: Logger): void {
  const direct = teamsDirectNotifier(app);
  app.on('card.action', async ({ activity, next }) => {
    const verb = activity.value.action.verb ?? '';
    if (!isFormAction(verb)) return (await next()) as AdaptiveCardActionResponse | undefined;
    const user = teamsUser(activity);
    const personal = activity.conversation.conversationType === 'personal';
    try {
      const form = await forms.roundFormForButton(user, verb, buttonValue(activity.value.action.data));
      if (personal) return cardActionResponse(renderFormCard(form));
      const target = { ...user, channelId: user.userId, serviceUrl: activity.serviceUrl ?? null };
      await direct.send(target, { fallback: form.title, blocks: [] }, `open:${activity.id}`, form);
      return say(sentToPrivateChat());
    } catch (err) {
      if (!isExpected(err)) logger.error({ err }, 'kaartactie mislukt');
      const text = plainText(errorMessage(err));
      return personal ? cardActionResponse(renderConfirmationCard(text)) : say(text);
    }
  });
}

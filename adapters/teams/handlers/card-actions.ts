import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { Logger } from '../../../src/logger.ts';
import { isFormAction } from '../../../src/messages/checkin-messages.ts';
import type { FormSubmissions } from '../../../src/ports/form-submissions.ts';
import { buttonValue } from '../button-value.ts';
import { cardActionResponse, renderFormCard, say } from '../forms/render-card.ts';
import type { PrivateAnswers } from '../private-answers.ts';
import { teamsUser } from '../teams-user.ts';
import { buttonPress } from './button-press.ts';

/**
 * The check-in buttons (Action.Execute) open a form: in the personal chat the card becomes the
 * form; from a channel the form goes to the member's personal chat, never shown where others
 * read along. The submitted form goes through the one form protocol (form-submissions.ts).
 */
export function registerRoundFormButtons(
  app: App,
  forms: FormSubmissions,
  privately: PrivateAnswers,
  logger: Logger,
): void {
  app.on('card.action', async ({ activity, next }) => {
    const verb = activity.value.action.verb ?? '';
    if (!isFormAction(verb)) return (await next()) as AdaptiveCardActionResponse | undefined;
    return buttonPress(logger, 'kaartactie mislukt', async () => {
      const form = await forms.roundFormForButton(
        teamsUser(activity),
        verb,
        buttonValue(activity.value.action.data),
      );
      if (activity.conversation.conversationType === 'personal')
        return cardActionResponse(renderFormCard(form));
      return say(await privately.sendForm(activity, form));
    });
  });
}

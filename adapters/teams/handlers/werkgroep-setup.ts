import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import { NEW_WERKGROEP_ACTION } from '../../../src/home/home.ts';
import type { Logger } from '../../../src/logger.ts';
import { plainText } from '../../../src/messages/model.ts';
import type { FormSubmissions } from '../../../src/ports/form-submissions.ts';
import { cardActionResponse, renderConfirmationCard, renderFormCard } from '../forms/render-card.ts';
import { teamsUser } from '../teams-user.ts';
import { buttonPress } from './button-press.ts';

/**
 * A new werkgroep on Teams: "Nieuwe werkgroep" on the welcome card turns the card into the
 * set-up form (submitted like every form, form-submissions.ts).
 */
export function registerWerkgroepSetup(app: App, forms: FormSubmissions, logger: Logger): void {
  app.on('card.action', async ({ activity, next }) => {
    const verb = activity.value.action.verb ?? '';
    if (verb !== NEW_WERKGROEP_ACTION) return (await next()) as AdaptiveCardActionResponse | undefined;
    return buttonPress(logger, 'nieuwe werkgroep mislukt', async () => {
      const answer = await forms.newWerkgroepForm(teamsUser(activity));
      if (answer.form) return cardActionResponse(renderFormCard(answer.form));
      return cardActionResponse(renderConfirmationCard(plainText(answer)));
    });
  });
}

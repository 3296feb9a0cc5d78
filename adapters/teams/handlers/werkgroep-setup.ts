import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { Logger } from '../../../src/logger.ts';
import { errorMessage, isExpected } from '../../../src/messages/errors.ts';
import { withValues } from '../../../src/messages/forms/model.ts';
import { problemsForForm } from '../../../src/messages/forms/problems.ts';
import { plainText } from '../../../src/messages/model.ts';
import type { FormSubmissions } from '../../../src/ports/form-submissions.ts';
import { NEW_WERKGROEP_ACTION } from '../../../src/rhythm/home.ts';
import { parseTeamsSubmission } from '../forms/parse-submission.ts';
import { cardActionResponse, renderConfirmationCard, renderFormCard } from '../forms/render-card.ts';
import { teamsUser } from '../teams-user.ts';

const FORM = 'werkgroep';

/**
 * A new werkgroep on Teams: "Nieuwe werkgroep" on the welcome card turns the card into the
 * set-up form; the submitted form turns into what was made, or comes back with the problems
 * beside the fields and everything typed kept.
 */
export function registerWerkgroepSetup(app: App, forms: FormSubmissions, logger: Logger): void {
  app.on('card.action', async ({ activity, next }) => {
    const verb = activity.value.action.verb ?? '';
    if (verb !== NEW_WERKGROEP_ACTION && verb !== FORM)
      return (await next()) as AdaptiveCardActionResponse | undefined;
    const user = teamsUser(activity);
    if (verb === NEW_WERKGROEP_ACTION) {
      try {
        const answer = await forms.newWerkgroepForm(user);
        if (answer.form) return cardActionResponse(renderFormCard(answer.form));
        return cardActionResponse(renderConfirmationCard(plainText(answer)));
      } catch (err) {
        if (!isExpected(err)) logger.error({ err }, 'nieuwe werkgroep mislukt');
        return cardActionResponse(renderConfirmationCard(plainText(errorMessage(err))));
      }
    }
    const submission = parseTeamsSubmission(activity.value);
    try {
      const done = await forms.submitForm(user, FORM, submission.metadata, submission.values);
      return cardActionResponse(renderConfirmationCard(plainText(done)));
    } catch (err) {
      if (!isExpected(err)) logger.error({ err }, 'werkgroepformulier mislukt');
      const form = await forms.formFor(user, FORM, submission.metadata).catch(() => null);
      const problems = form ? problemsForForm(form, err) : null;
      if (!form || !problems) return cardActionResponse(renderConfirmationCard(plainText(errorMessage(err))));
      return cardActionResponse(renderFormCard(withValues(form, submission.values), problems));
    }
  });
}

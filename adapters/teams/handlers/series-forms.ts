import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import { SchakelError } from '../../../src/domain/errors.ts';
import type { Logger } from '../../../src/logger.ts';
import { errorMessage } from '../../../src/messages/errors.ts';
import { withValues } from '../../../src/messages/forms/model.ts';
import { problemsForForm } from '../../../src/messages/forms/problems.ts';
import { plainText } from '../../../src/messages/model.ts';
import type { FormSubmissions } from '../../../src/ports/form-submissions.ts';
import { parseTeamsSubmission } from '../forms/parse-submission.ts';
import { cardActionResponse, renderConfirmationCard, renderFormCard } from '../forms/render-card.ts';
import { teamsUser } from '../teams-user.ts';

const VERBS = new Set(['reeks', 'bijeenkomst']);

/**
 * The projectleider's series and single-meeting cards, submitted (Action.Execute): the card
 * turns into a confirmation, or comes back with the problems beside the fields and the input kept.
 */
export function registerSeriesForms(app: App, forms: FormSubmissions, logger: Logger): void {
  app.on('card.action', async ({ activity, next }) => {
    const verb = activity.value.action.verb ?? '';
    // Other cards (the check-in) have their own handler further down the chain.
    if (!VERBS.has(verb)) return (await next()) as AdaptiveCardActionResponse | undefined;
    const user = teamsUser(activity);
    const submission = parseTeamsSubmission(activity.value);
    try {
      const done = await forms.submitForm(user, verb, submission.metadata, submission.values);
      return cardActionResponse(renderConfirmationCard(plainText(done)));
    } catch (err) {
      if (!(err instanceof SchakelError)) logger.error({ err }, 'kaartformulier mislukt');
      const form = await forms.formFor(user, verb, submission.metadata).catch(() => null);
      const problems = form ? problemsForForm(form, err) : null;
      // Without a form to show again (not allowed to use it), the card says why in words.
      if (!form || !problems) return cardActionResponse(renderConfirmationCard(plainText(errorMessage(err))));
      return cardActionResponse(renderFormCard(withValues(form, submission.values), problems));
    }
  });
}

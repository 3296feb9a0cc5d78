import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Logger } from '../../../src/logger.ts';
import { isDigestAction } from '../../../src/messages/digest-messages.ts';
import { errorMessage, isExpected } from '../../../src/messages/errors.ts';
import { withValues } from '../../../src/messages/forms/model.ts';
import { problemsForForm } from '../../../src/messages/forms/problems.ts';
import { plainText } from '../../../src/messages/model.ts';
import type { DigestReview } from '../../../src/ports/digest-review.ts';
import { parseTeamsSubmission } from '../forms/parse-submission.ts';
import { cardActionResponse, renderConfirmationCard, renderFormCard } from '../forms/render-card.ts';
import { renderTeamsCard } from '../render-message.ts';
import { teamsUser } from '../teams-user.ts';

const FORMS = new Set(['samenvatting-tekst', 'samenvatting-onderdelen']);

/**
 * The digest review on Teams (Action.Execute), in the projectleider's personal chat where the
 * preview was sent: a button turns the card into its form or publishes; a submitted form turns
 * the card into the new preview, or comes back with the problems beside the fields.
 */
export function registerDigestActions(app: App, digestReview: DigestReview, logger: Logger): void {
  app.on('card.action', async ({ activity, next }) => {
    const verb = activity.value.action.verb ?? '';
    if (!isDigestAction(verb) && !FORMS.has(verb))
      return (await next()) as AdaptiveCardActionResponse | undefined;
    const user = teamsUser(activity);
    if (isDigestAction(verb)) {
      try {
        const data = activity.value.action.data as { value?: unknown } | undefined;
        const answer = await digestReview.digestAction(user, verb, String(data?.value ?? ''));
        if (answer.form) return cardActionResponse(renderFormCard(answer.form));
        return cardActionResponse(renderConfirmationCard(plainText(answer)));
      } catch (err) {
        if (!isExpected(err)) logger.error({ err }, 'samenvatting-knop mislukt');
        return cardActionResponse(renderConfirmationCard(plainText(errorMessage(err))));
      }
    }
    const submission = parseTeamsSubmission(activity.value);
    try {
      const done = await digestReview.submitDigestForm(user, verb, submission.metadata, submission.values);
      // The new preview, as it was first shown and with its buttons, so the review goes on in the same card.
      return cardActionResponse(renderTeamsCard(done, user.workspace) as unknown as IAdaptiveCard);
    } catch (err) {
      if (!isExpected(err)) logger.error({ err }, 'samenvatting-kaart mislukt');
      const form = await digestReview.digestFormFor(user, verb, submission.metadata).catch(() => null);
      const problems = form ? problemsForForm(form, err) : null;
      if (!form || !problems) return cardActionResponse(renderConfirmationCard(plainText(errorMessage(err))));
      return cardActionResponse(renderFormCard(withValues(form, submission.values), problems));
    }
  });
}

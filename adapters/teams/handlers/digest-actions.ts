import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { Logger } from '../../../src/logger.ts';
import { isDigestAction } from '../../../src/messages/digest-messages.ts';
import type { DigestReview } from '../../../src/ports/digest-review.ts';
import { buttonValue } from '../button-value.ts';
import { answerCard } from '../forms/answer-card.ts';
import { cardActionResponse, renderFormCard } from '../forms/render-card.ts';
import { teamsUser } from '../teams-user.ts';
import { buttonPress } from './button-press.ts';

/**
 * The digest review on Teams (Action.Execute), in the projectleider's personal chat where the
 * preview was sent: a button turns the card into its form or publishes. The submitted form goes
 * through the one form protocol (form-submissions.ts) and turns the card into the new preview.
 */
export function registerDigestActions(app: App, digestReview: DigestReview, logger: Logger): void {
  app.on('card.action', async ({ activity, next }) => {
    const verb = activity.value.action.verb ?? '';
    if (!isDigestAction(verb)) return (await next()) as AdaptiveCardActionResponse | undefined;
    const user = teamsUser(activity);
    return buttonPress(logger, 'samenvatting-knop mislukt', async () => {
      const answer = await digestReview.digestAction(user, verb, buttonValue(activity.value.action.data));
      if (answer.form) return cardActionResponse(renderFormCard(answer.form));
      // The preview again ("Annuleren", "Nog niet") is a whole card; publishing answers in a line.
      return cardActionResponse(answerCard(answer, user.workspace));
    });
  });
}

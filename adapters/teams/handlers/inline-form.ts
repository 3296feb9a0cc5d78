import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Logger } from '../../../src/logger.ts';
import { KLAAR_FORM } from '../../../src/messages/forms/klaar-form.ts';
import { plainText } from '../../../src/messages/model.ts';
import type { FormSubmissions } from '../../../src/ports/form-submissions.ts';
import { readTeamsSubmission } from '../forms/parse-submission.ts';
import { cardActionResponse, say } from '../forms/render-card.ts';
import { renderTeamsCard } from '../render-message.ts';
import { teamsPlace, teamsPrefix, teamsUser } from '../teams-user.ts';
import { buttonPress } from './button-press.ts';

/**
 * A form inside a message card ("Klaar melden" under "Welk actiepunt is klaar?", Action.Execute
 * with the form id as verb), through the one form protocol. An answer that belongs in the form's
 * place renews the card (the list of open actiepunten); anything else, a refusal or what is
 * missing, is said to the one who sent it and the card stays as it is.
 */
export function registerInlineForm(app: App, forms: FormSubmissions, logger: Logger): void {
  app.on(
    `card.action.${KLAAR_FORM}`,
    async ({ activity }): Promise<AdaptiveCardActionResponse | undefined> => {
      const user = teamsUser(activity);
      const submission = readTeamsSubmission(activity.value);
      return buttonPress(logger, 'formulier in kaart mislukt', async () => {
        const outcome = await forms.submit(user, KLAAR_FORM, submission.metadata, submission.values, null, {
          place: teamsPlace(activity),
          prefix: teamsPrefix(activity),
        });
        if (outcome.kind === 'replayed') return undefined;
        if (outcome.kind === 'again')
          return say((outcome.form.problems ?? []).map((p) => p.message).join(' '));
        if (outcome.kind === 'done' && outcome.answerIn === 'form')
          return cardActionResponse(
            renderTeamsCard(outcome.message, user.workspace) as unknown as IAdaptiveCard,
          );
        return say(plainText(outcome.message));
      });
    },
  );
}

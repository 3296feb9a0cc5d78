import type { AdaptiveCardActionResponse } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { Logger } from '../../../src/logger.ts';
import { errorMessage } from '../../../src/messages/errors.ts';
import { KLAAR_FORM } from '../../../src/messages/forms/klaar-form.ts';
import { isFormId } from '../../../src/messages/forms/model.ts';
import { plainText } from '../../../src/messages/model.ts';
import type { FormSubmissions } from '../../../src/ports/form-submissions.ts';
import { answerCard } from '../forms/answer-card.ts';
import { readTeamsSubmission } from '../forms/parse-submission.ts';
import {
  cardActionResponse,
  METADATA_KEY,
  renderConfirmationCard,
  renderFormCard,
  say,
} from '../forms/render-card.ts';
import { QUICK_INPUT_VERB } from '../render-message.ts';
import { teamsUser } from '../teams-user.ts';

/**
 * Any submitted form card (Action.Execute, the verb is the form id), through the one form
 * protocol: the card turns into the answer, or comes back with the problems beside the fields and
 * everything typed kept. A refusal that belongs in the chat is said in words outside the personal
 * chat, where the card is not the member's own.
 */
export function registerFormSubmissions(app: App, forms: FormSubmissions, logger: Logger): void {
  app.on('card.action', async ({ activity, next }) => {
    const verb = activity.value.action.verb ?? '';
    // The quick input and the form inside a message card answer in their own way
    // (handlers/quick-input.ts, handlers/inline-form.ts); the quick input's own form, shown after
    // a refusal, is a form like any other (it carries its metadata).
    const data: unknown = activity.value.action.data;
    const carriesMetadata = typeof data === 'object' && data !== null && METADATA_KEY in data;
    const quickInput = verb === QUICK_INPUT_VERB && !carriesMetadata;
    if (!isFormId(verb) || quickInput || verb === KLAAR_FORM)
      return (await next()) as AdaptiveCardActionResponse | undefined;
    const user = teamsUser(activity);
    const personal = activity.conversation.conversationType === 'personal';
    const submission = readTeamsSubmission(activity.value);
    try {
      // Teams sends a resent invoke with the same activity id.
      const requestKey = activity.id ? `teams:${activity.id}` : null;
      const outcome = await forms.submit(user, verb, submission.metadata, submission.values, requestKey);
      if (outcome.kind === 'again') return cardActionResponse(renderFormCard(outcome.form));
      // Only where the edge hands a replay key on (Slack's check-in), never here: nothing to add.
      if (outcome.kind === 'replayed') return undefined;
      if (outcome.kind === 'done') return cardActionResponse(answerCard(outcome.message, user.workspace));
      const text = plainText(outcome.message);
      return outcome.answerIn === 'chat' && !personal
        ? say(text)
        : cardActionResponse(renderConfirmationCard(text));
    } catch (err) {
      logger.error({ err: (err as Error).message, form: verb }, 'kaartformulier mislukt');
      return cardActionResponse(renderConfirmationCard(plainText(errorMessage(err))));
    }
  });
}

import type { App } from '@microsoft/teams.apps';
import type { Logger } from '../../../src/logger.ts';
import { words } from '../../../src/messages/catalogue/words.ts';
import { QUICK_INPUT_FIELD } from '../../../src/messages/forms/quick-input-form.ts';
import { plainText } from '../../../src/messages/model.ts';
import type { FormSubmissions } from '../../../src/ports/form-submissions.ts';
import { flattenTeamsData } from '../forms/parse-submission.ts';
import { cardActionResponse, renderFormCard, say, sayEmptied } from '../forms/render-card.ts';
import { QUICK_INPUT_PREFIX, QUICK_INPUT_VERB } from '../render-message.ts';
import { fromLocalChat, teamsUser } from '../teams-user.ts';
import { buttonPress } from './button-press.ts';

/**
 * The input in a card (an agendapunt under the agenda call) submitted with Action.Execute, as
 * the form `quick_input` (what it is about as metadata, the typed line as its field). The answer
 * is a message to the member only; the card stays as it is, with what they typed, unless Schakel
 * refused it as client data. Then the card is answered with the one-field form (as Slack opens
 * it), the refused field empty and the reason beside it: Teams shows a card answered to a press
 * in place of the card pressed, for that member only, so the refused text no longer stands in
 * their input and the others' card is unchanged. That form is sent like any other
 * (handlers/form-submissions.ts) and turns into the answer. The local chat has one card for
 * everyone: there the answer is a line naming the input, which its page empties (`localChatOnly`:
 * only the local chat can send here, so its word for where the press came from counts).
 */
export function registerQuickInput(
  app: App,
  forms: FormSubmissions,
  logger: Logger,
  localChatOnly = false,
): void {
  app.on(`card.action.${QUICK_INPUT_VERB}`, async ({ activity }) => {
    const data = (activity.value.action.data ?? {}) as Record<string, unknown>;
    const input = typeof data.input === 'string' ? data.input : '';
    const metadata = { input, value: typeof data.value === 'string' ? data.value : '' };
    // Read as every form's fields are (flattenTeamsData): what is no text (an object, a list) is
    // not typed text, and is asked for again instead of stored as "[object Object]".
    const sent = flattenTeamsData(data)[`${QUICK_INPUT_PREFIX}${input}`];
    const typed = typeof sent === 'string' ? sent : '';
    return buttonPress(logger, 'kaartactie mislukt', async () => {
      const outcome = await forms.submit(teamsUser(activity), QUICK_INPUT_VERB, metadata, {
        [QUICK_INPUT_FIELD]: typed,
      });
      if (outcome.kind === 'again') {
        const problems = outcome.form.problems ?? [];
        const text = problems.map((p) => p.message).join(' ');
        if (!problems.some((p) => p.emptied)) return say(text);
        if (localChatOnly && fromLocalChat(activity))
          return sayEmptied(`${text} ${words().adapters.quickInputEmptied}`, [
            `${QUICK_INPUT_PREFIX}${input}`,
          ]);
        return cardActionResponse(renderFormCard(outcome.form));
      }
      // Only where the edge hands a replay key on (Slack's check-in), never here: nothing to add.
      if (outcome.kind === 'replayed') return undefined;
      return say(plainText(outcome.message));
    });
  });
}

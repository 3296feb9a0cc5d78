import type { App } from '@microsoft/teams.apps';
import { z } from 'zod';
import { SchakelError } from '../../../src/domain/errors.ts';
import type { Logger } from '../../../src/logger.ts';
import { errorMessage } from '../../../src/messages/errors.ts';
import { plainText } from '../../../src/messages/model.ts';
import type { FormSubmissions } from '../../../src/ports/form-submissions.ts';
import { QUICK_INPUT_PREFIX, QUICK_INPUT_VERB } from '../render-message.ts';
import { teamsUser } from '../teams-user.ts';

const data = z.looseObject({ input: z.string(), value: z.string() });

/**
 * The input in a card (an agendapunt under the agenda call) submitted with Action.Execute.
 * The answer is a message to the member only; the card stays as it is, with what they typed.
 */
export function registerQuickInput(app: App, forms: FormSubmissions, logger: Logger): void {
  app.on(`card.action.${QUICK_INPUT_VERB}`, async ({ activity }) => {
    const parsed = data.safeParse(activity.value.action.data);
    let text: string;
    if (!parsed.success) {
      text = 'Dit formulier ken ik niet (meer).';
    } else {
      const typed = String(
        (activity.value.action.data as Record<string, unknown>)[
          `${QUICK_INPUT_PREFIX}${parsed.data.input}`
        ] ?? '',
      );
      try {
        text = plainText(
          await forms.quickInput(teamsUser(activity), parsed.data.input, parsed.data.value, typed),
        );
      } catch (err) {
        if (!(err instanceof SchakelError)) logger.error({ err }, 'kaartactie mislukt');
        text = plainText(errorMessage(err));
      }
    }
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text };
  });
}

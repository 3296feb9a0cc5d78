import type { App } from '@slack/bolt';
import { z } from 'zod';
import { SchakelError } from '../../../../src/domain/errors.ts';
import type { Logger } from '../../../../src/logger.ts';
import { errorMessage } from '../../../../src/messages/errors.ts';
import { plainText } from '../../../../src/messages/model.ts';
import type { FormSubmissions } from '../../../../src/ports/form-submissions.ts';
import { QUICK_INPUT_BLOCK, QUICK_INPUT_VIEW } from '../actions/quick-input.ts';

const metadata = z.object({ input: z.string(), value: z.string() });

/** The one-field form submitted: stored through the core, or the reason shown beside the field. */
export function registerQuickInputView(app: App, forms: FormSubmissions, logger: Logger): void {
  app.view(QUICK_INPUT_VIEW, async ({ ack, view, body }) => {
    const meta = metadata.safeParse(safeJson(view.private_metadata));
    const text = view.state.values[QUICK_INPUT_BLOCK]?.[QUICK_INPUT_BLOCK]?.value ?? '';
    if (!meta.success) {
      await ack({
        response_action: 'errors',
        errors: { [QUICK_INPUT_BLOCK]: 'Dit formulier is verlopen. Open het opnieuw.' },
      });
      return;
    }
    const user = { platform: 'slack' as const, workspace: body.team?.id ?? '', userId: body.user.id };
    try {
      const done = await forms.quickInput(user, meta.data.input, meta.data.value, text);
      await ack({
        response_action: 'update',
        view: {
          type: 'modal',
          title: view.title,
          close: { type: 'plain_text', text: 'Sluiten' },
          blocks: [{ type: 'section', text: { type: 'plain_text', text: plainText(done) } }],
        },
      });
    } catch (err) {
      if (!(err instanceof SchakelError)) logger.error({ err }, 'formulier mislukt');
      // The member's text stays in the form; the reason appears beside the field.
      await ack({
        response_action: 'errors',
        errors: { [QUICK_INPUT_BLOCK]: plainText(errorMessage(err)).slice(0, 2000) },
      });
    }
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

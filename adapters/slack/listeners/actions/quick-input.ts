import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { QUICK_INPUT_MAX_LENGTH } from '../../../../src/messages/model.ts';
import { QUICK_INPUT_PREFIX } from '../../render-message.ts';

export const QUICK_INPUT_VIEW = 'quick_input';
export const QUICK_INPUT_BLOCK = 'tekst';

/** The "Agendapunt toevoegen" button under an agenda call opens a one-field form. */
export function registerQuickInputButton(app: App): void {
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${QUICK_INPUT_PREFIX}`),
    async ({ ack, body, action, client }) => {
      await ack();
      const input = action.action_id.slice(QUICK_INPUT_PREFIX.length);
      await client.views.open({
        trigger_id: body.trigger_id,
        view: {
          type: 'modal',
          callback_id: QUICK_INPUT_VIEW,
          private_metadata: JSON.stringify({ input, value: action.value ?? '' }),
          title: { type: 'plain_text', text: action.text.text.slice(0, 24) },
          submit: { type: 'plain_text', text: 'Toevoegen' },
          close: { type: 'plain_text', text: 'Annuleren' },
          blocks: [
            {
              type: 'input',
              block_id: QUICK_INPUT_BLOCK,
              label: { type: 'plain_text', text: 'Waar wil je het in de werkgroep over hebben?' },
              hint: {
                type: 'plain_text',
                text: 'Geen gegevens van cliënten: Schakel weigert tekst die daarop lijkt.',
              },
              element: {
                type: 'plain_text_input',
                action_id: QUICK_INPUT_BLOCK,
                multiline: true,
                max_length: QUICK_INPUT_MAX_LENGTH,
              },
            },
          ],
        },
      });
    },
  );
}

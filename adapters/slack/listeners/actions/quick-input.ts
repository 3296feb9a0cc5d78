import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { quickInputForm } from '../../../../src/messages/forms/quick-input-form.ts';
import { renderModal } from '../../forms/render-modal.ts';
import { QUICK_INPUT_PREFIX } from '../../render-message.ts';

/**
 * The button of a quick input (an agendapunt under the agenda call) opens its one-field form;
 * it is submitted like every other form (views/form-submissions.ts).
 */
export function registerQuickInputButton(app: App): void {
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${QUICK_INPUT_PREFIX}`),
    async ({ ack, body, action, client }) => {
      await ack();
      const input = action.action_id.slice(QUICK_INPUT_PREFIX.length);
      await client.views.open({
        trigger_id: body.trigger_id,
        view: renderModal(quickInputForm({ input, value: action.value ?? '' })),
      });
    },
  );
}

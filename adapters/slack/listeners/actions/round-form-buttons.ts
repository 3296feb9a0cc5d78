import type { App } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import { FORM_ACTIONS, isFormAction } from '../../../../src/messages/checkin-messages.ts';
import { errorMessage, isExpected } from '../../../../src/messages/errors.ts';
import type { FormSubmissions } from '../../../../src/ports/form-submissions.ts';
import { renderModal } from '../../forms/render-modal.ts';
import { buttonUser, respondToPresser } from './button-answer.ts';

const BUTTONS = new RegExp(`^(${FORM_ACTIONS.join('|')})$`);

/**
 * A check-in button (in the member's DM, the channel, or under a confirmation): the form opens as
 * a modal for whoever tapped it. A refusal (not a member, round closed) is told to them alone.
 */
export function registerRoundFormButtons(app: App, forms: FormSubmissions, logger: Logger): void {
  app.action(BUTTONS, async ({ ack, body, action, client, respond }) => {
    await ack();
    if (body.type !== 'block_actions' || !('action_id' in action) || !isFormAction(action.action_id)) return;
    const roundId = 'value' in action && typeof action.value === 'string' ? action.value : '';
    const { user } = buttonUser(body);
    try {
      const form = await forms.roundFormForButton(user, action.action_id, roundId);
      await client.views.open({ trigger_id: body.trigger_id, view: renderModal(form) });
    } catch (err) {
      if (!isExpected(err)) logger.error({ err }, 'formulier openen mislukt');
      await respondToPresser(respond, errorMessage(err));
    }
  });
}

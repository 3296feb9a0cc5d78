import type { App } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import { DIGEST_ACTIONS, isDigestAction } from '../../../../src/messages/digest-messages.ts';
import { errorMessage, isExpected } from '../../../../src/messages/errors.ts';
import type { DigestReview } from '../../../../src/ports/digest-review.ts';
import { renderModal } from '../../forms/render-modal.ts';
import { buttonUser, respondToPresser } from './button-answer.ts';

const BUTTONS = new RegExp(`^(${Object.values(DIGEST_ACTIONS).join('|')})$`);

/**
 * The review buttons under the projectleider's private digest preview: "Publiceren" answers in
 * the same conversation; the other two open their form as a modal.
 */
export function registerDigestButtons(app: App, digestReview: DigestReview, logger: Logger): void {
  app.action(BUTTONS, async ({ ack, body, action, client, respond }) => {
    await ack();
    if (body.type !== 'block_actions' || !('action_id' in action) || !isDigestAction(action.action_id))
      return;
    const value = 'value' in action && typeof action.value === 'string' ? action.value : '';
    const { user } = buttonUser(body);
    try {
      const answer = await digestReview.digestAction(user, action.action_id, value);
      if (answer.form) {
        await client.views.open({ trigger_id: body.trigger_id, view: renderModal(answer.form) });
        return;
      }
      await respondToPresser(respond, answer);
    } catch (err) {
      if (!isExpected(err)) logger.error({ err }, 'samenvatting-knop mislukt');
      await respondToPresser(respond, errorMessage(err));
    }
  });
}

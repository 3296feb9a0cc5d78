import type { App } from '@slack/bolt';
import type { Core } from '../../../../src/core.ts';
import type { Logger } from '../../../../src/logger.ts';
import { CHOOSE_WERKGROEP_ACTION } from '../../../../src/rhythm/chat.ts';
import { renderModal } from '../../forms/render-modal.ts';
import { renderSlackMessage } from '../../render-message.ts';
import { buttonAnswer } from './button-answer.ts';

/**
 * "Voor welke werkgroep?" answered with a button: the message with the buttons becomes the
 * command's answer for that werkgroep; a form opens as a modal.
 */
export function registerWerkgroepChoice(app: App, core: Core, logger: Logger): void {
  app.action(CHOOSE_WERKGROEP_ACTION, async ({ ack, body, action, respond, client }) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button') return;
    const { answer, workspace } = await buttonAnswer(
      body,
      (user, place) => core.chooseWerkgroep(user, place, action.value ?? '', '/schakel '),
      logger,
      'werkgroepkeuze mislukt',
    );
    if (answer.form) await client.views.open({ trigger_id: body.trigger_id, view: renderModal(answer.form) });
    await respond({ replace_original: true, ...renderSlackMessage(answer, workspace) });
  });
}

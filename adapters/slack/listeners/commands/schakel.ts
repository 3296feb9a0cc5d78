import type { App } from '@slack/bolt';
import type { Core } from '../../../../src/core.ts';
import type { Logger } from '../../../../src/logger.ts';
import { errorMessage, isExpected } from '../../../../src/messages/errors.ts';
import type { Message } from '../../../../src/messages/model.ts';
import { renderModal } from '../../forms/render-modal.ts';
import { renderSlackMessage } from '../../render-message.ts';

/** `/schakel <command>`: the text goes to the core as typed; the answer is shown only to the member. */
export function registerSchakelCommand(app: App, core: Core, logger: Logger): void {
  app.command('/schakel', async ({ command, ack, client }) => {
    const user = { platform: 'slack' as const, workspace: command.team_id, userId: command.user_id };
    const place = { platform: 'slack' as const, workspace: command.team_id, channelId: command.channel_id };
    let message: Message;
    try {
      message = await core.handleText(user, place, command.text, '/schakel ');
    } catch (err) {
      if (!isExpected(err)) logger.error({ err: (err as Error).message }, 'slash-commando mislukt');
      message = errorMessage(err);
    }
    if (message.form) {
      // A projectleider's command without details opens its form as a modal.
      await ack();
      await client.views.open({ trigger_id: command.trigger_id, view: renderModal(message.form) });
      return;
    }
    if (message.private) {
      // Personal data goes to the member's direct message with the app, never into the channel.
      await client.chat.postMessage({
        channel: command.user_id,
        ...renderSlackMessage(message, command.team_id),
      });
      await ack({ response_type: 'ephemeral', text: 'Ik heb je een privébericht gestuurd.' });
      return;
    }
    await ack({ response_type: 'ephemeral', ...renderSlackMessage(message, command.team_id) });
  });
}

import type { App } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import { errorMessage, isExpected } from '../../../../src/messages/errors.ts';
import type { Message } from '../../../../src/messages/model.ts';
import type { TextCommands } from '../../../../src/ports/text-commands.ts';
import { renderModal } from '../../forms/render-modal.ts';
import { renderSlackMessage } from '../../render-message.ts';
import { sendFileToMember } from '../../send-file.ts';

/**
 * How long a command may take before Slack gets a "bezig…" ack instead of the answer: well inside
 * Slack's 3 seconds (and Bolt's receiver deadline), so a slow one (the AI summary can take 20 s)
 * never times out. Most commands answer within it, in the ack itself, as before.
 */
export const ACK_WITHIN_MS = 2_000;
export const BUSY_TEXT = 'Bezig… het antwoord verschijnt zo hier.';

/** `/schakel <command>`: the text goes to the core as typed; the answer is shown only to the member. */
export function registerSchakelCommand(app: App, textCommands: TextCommands, logger: Logger): void {
  app.command('/schakel', async ({ command, ack, client, respond }) => {
    const user = { platform: 'slack' as const, workspace: command.team_id, userId: command.user_id };
    const place = { platform: 'slack' as const, workspace: command.team_id, channelId: command.channel_id };
    const work = textCommands.handleText(user, place, command.text, '/schakel ').catch((err: unknown) => {
      if (!isExpected(err)) logger.error({ err }, 'slash-commando mislukt');
      return errorMessage(err);
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), ACK_WITHIN_MS);
    });
    const first = await Promise.race([work, late]);
    clearTimeout(timer);
    if (first !== 'late') return answerInAck(first);

    // Slow: ack now, then replace the "bezig…" message with the answer through the response_url.
    await ack({ response_type: 'ephemeral', text: BUSY_TEXT });
    const message = await work;
    if (message.form) {
      // The trigger to open a modal lasts 3 seconds; it has run out by now.
      await respond({
        replace_original: true,
        text: 'Typ het commando nog eens om het formulier te openen.',
      });
      return;
    }
    if (message.private) {
      await sendPrivately(message);
      await respond({ replace_original: true, text: 'Ik heb je een privébericht gestuurd.' });
      return;
    }
    await respond({ replace_original: true, ...renderSlackMessage(message, command.team_id) });

    /** Personal data goes to the member's direct message with the app, never into the channel. */
    async function sendPrivately(message: Message): Promise<void> {
      await client.chat.postMessage({
        channel: command.user_id,
        ...renderSlackMessage(message, command.team_id),
      });
      if (message.file) await sendFileToMember(client, command.user_id, message.file, logger);
    }

    async function answerInAck(message: Message): Promise<void> {
      if (message.form) {
        // A projectleider's command without details opens its form as a modal.
        await ack();
        await client.views.open({ trigger_id: command.trigger_id, view: renderModal(message.form) });
        return;
      }
      if (message.private) {
        await sendPrivately(message);
        await ack({ response_type: 'ephemeral', text: 'Ik heb je een privébericht gestuurd.' });
        return;
      }
      await ack({ response_type: 'ephemeral', ...renderSlackMessage(message, command.team_id) });
    }
  });
}

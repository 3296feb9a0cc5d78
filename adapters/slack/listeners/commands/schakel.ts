import { randomUUID } from 'node:crypto';
import type { App } from '@slack/bolt';
import { BUSY_TEXT, busyText } from '../../../../src/commands/long-commands.ts';
import type { Logger } from '../../../../src/logger.ts';
import { errorMessage, isExpected } from '../../../../src/messages/errors.ts';
import type { Message } from '../../../../src/messages/model.ts';
import type { TextCommands } from '../../../../src/ports/text-commands.ts';
import { renderModal } from '../../forms/render-modal.ts';
import type { TypedWithNames } from '../../mention-names.ts';
import { renderSlackMessage } from '../../render-message.ts';
import { sendFileToMember } from '../../send-file.ts';
import { lateSlackAnswer, sentPrivately } from '../../slack-command-replier.ts';

/**
 * How long a command may take before Slack gets a "bezig…" ack instead of the answer: well inside
 * Slack's 3 seconds (and Bolt's receiver deadline). Commands known to take long (the AI summary)
 * do not wait at all: they go through the delivery queue. This is the net under the others.
 */
export const ACK_WITHIN_MS = 2_000;
export { BUSY_TEXT };

/** `/schakel <command>`: the text goes to the core as typed; the answer is shown only to the member. */
export function registerSchakelCommand(
  app: App,
  textCommands: TextCommands,
  typed: TypedWithNames,
  logger: Logger,
): void {
  app.command('/schakel', async ({ command, ack, client, respond }) => {
    const user = { platform: 'slack' as const, workspace: command.team_id, userId: command.user_id };
    const place = { platform: 'slack' as const, workspace: command.team_id, channelId: command.channel_id };
    // Slack's three seconds run from the request: looking up a mentioned colleague's name counts too.
    const entered = performance.now();
    const text = await typed(client, command.team_id, command.text);
    const long = textCommands.longCommand(text);
    if (long) {
      // Written down before the ack: from here a restart or a crash no longer loses the answer. A
      // replayed command (the same trigger id) finds it already there and is not queued again.
      const queued = textCommands
        .queueAnswer({
          // Slack gives every command its own trigger id; without one, the request's own signature check stands.
          requestId: command.trigger_id || `${command.user_id}.${randomUUID()}`,
          user,
          place,
          command: long,
          prefix: '/schakel ',
          replyUrl: command.response_url,
        })
        .then(
          // A replay gets an empty ack: the first one's "Bezig…" is where the answer goes.
          (added) => (added ? { response_type: 'ephemeral' as const, text: busyText() } : undefined),
          (err: unknown) => {
            logger.error({ err }, 'traag commando niet in de wachtrij gezet');
            return { response_type: 'ephemeral' as const, ...renderSlackMessage(errorMessage(err)) };
          },
        );
      await ack(await queued);
      return;
    }
    const work = textCommands.handleText(user, place, text, '/schakel ').catch((err: unknown) => {
      if (!isExpected(err)) logger.error({ err }, 'slash-commando mislukt');
      return errorMessage(err);
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), Math.max(0, ACK_WITHIN_MS - (performance.now() - entered)));
    });
    const first = await Promise.race([work, late]);
    clearTimeout(timer);
    if (first !== 'late') return answerInAck(first);

    // Unexpectedly slow: ack now, then replace the "bezig…" message with the answer through the response_url.
    await ack({ response_type: 'ephemeral', text: busyText() });
    const answer = lateSlackAnswer(await work);
    if (answer.direct) await sendPrivately(answer.direct);
    await respond({ replace_original: true, ...renderSlackMessage(answer.replace, command.team_id) });

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
        await ack({ response_type: 'ephemeral', text: sentPrivately() });
        return;
      }
      await ack({ response_type: 'ephemeral', ...renderSlackMessage(message, command.team_id) });
    }
  });
}

import type { App } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import { errorMessage, isExpected } from '../../../../src/messages/errors.ts';
import type { Message } from '../../../../src/messages/model.ts';
import type { TextCommands } from '../../../../src/ports/text-commands.ts';
import type { TypedWithNames } from '../../mention-names.ts';
import { renderSlackMessage } from '../../render-message.ts';
import { sendFileToMember } from '../../send-file.ts';

/**
 * A direct message to the bot is read as a command, the same as after `/schakel`; a colleague
 * mentioned in it is read as their name.
 */
export function registerDirectMessages(
  app: App,
  textCommands: TextCommands,
  typed: TypedWithNames,
  logger: Logger,
): void {
  app.message(async ({ message, context, say, client }) => {
    if (message.subtype !== undefined || !('user' in message) || message.channel_type !== 'im') return;
    const workspace = context.teamId ?? '';
    const user = { platform: 'slack' as const, workspace, userId: message.user };
    const place = { platform: 'slack' as const, workspace, channelId: message.channel };
    let answer: Message;
    try {
      const text = await typed(client, workspace, message.text ?? '');
      answer = await textCommands.handleText(user, place, text, '');
    } catch (err) {
      if (!isExpected(err)) logger.error({ err }, 'direct bericht mislukt');
      answer = errorMessage(err);
    }
    await say(renderSlackMessage(answer, workspace));
    if (answer.file) await sendFileToMember(client, message.user, answer.file, logger);
  });
}

import type { App } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import { errorMessage, isExpected } from '../../../../src/messages/errors.ts';
import type { Message } from '../../../../src/messages/model.ts';
import type { TextCommands } from '../../../../src/ports/text-commands.ts';
import { renderSlackMessage } from '../../render-message.ts';
import { sendFileToMember } from '../../send-file.ts';
import { slackTyped } from '../../typed-text.ts';

/** A direct message to the bot is read as a command, the same as after `/schakel`. */
export function registerDirectMessages(app: App, textCommands: TextCommands, logger: Logger): void {
  app.message(async ({ message, context, say, client }) => {
    if (message.subtype !== undefined || !('user' in message) || message.channel_type !== 'im') return;
    const workspace = context.teamId ?? '';
    const user = { platform: 'slack' as const, workspace, userId: message.user };
    const place = { platform: 'slack' as const, workspace, channelId: message.channel };
    let answer: Message;
    try {
      answer = await textCommands.handleText(user, place, slackTyped(message.text ?? ''), '');
    } catch (err) {
      if (!isExpected(err)) logger.error({ err }, 'direct bericht mislukt');
      answer = errorMessage(err);
    }
    await say(renderSlackMessage(answer, workspace));
    if (answer.file) await sendFileToMember(client, message.user, answer.file, logger);
  });
}

import type { App } from '@slack/bolt';
import type { Core } from '../../../../src/core.ts';
import type { Logger } from '../../../../src/logger.ts';
import { errorMessage, isExpected } from '../../../../src/messages/errors.ts';
import type { Message } from '../../../../src/messages/model.ts';
import { renderSlackMessage } from '../../render-message.ts';

/** A direct message to the bot is read as a command, the same as after `/schakel`. */
export function registerDirectMessages(app: App, core: Core, logger: Logger): void {
  app.message(async ({ message, context, say }) => {
    if (message.subtype !== undefined || !('user' in message) || message.channel_type !== 'im') return;
    const workspace = context.teamId ?? '';
    const user = { platform: 'slack' as const, workspace, userId: message.user };
    const place = { platform: 'slack' as const, workspace, channelId: message.channel };
    let answer: Message;
    try {
      answer = await core.handleText(user, place, message.text ?? '', '');
    } catch (err) {
      if (!isExpected(err)) logger.error({ err }, 'direct bericht mislukt');
      answer = errorMessage(err);
    }
    await say(renderSlackMessage(answer, workspace));
  });
}

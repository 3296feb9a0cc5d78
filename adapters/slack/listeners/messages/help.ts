import type { App } from '@slack/bolt';
import type { Core } from '../../../../src/core.ts';
import { renderSlackMessage } from '../../render-message.ts';

/** "help" in a direct message to the bot, or a mention with "help". */
export function registerHelpMessage(app: App, core: Core): void {
  app.message(/^\s*(help|hulp)\s*[?!.]*\s*$/i, async ({ message, context, say }) => {
    if (message.subtype !== undefined || !('user' in message)) return;
    const user = { platform: 'slack' as const, workspace: context.teamId ?? '', userId: message.user };
    await say(renderSlackMessage(await core.help(user, '/schakel ')));
  });
  app.event('app_mention', async ({ event, context, say }) => {
    if (!/\b(help|hulp)\b/i.test(event.text)) return;
    const user = { platform: 'slack' as const, workspace: context.teamId ?? '', userId: event.user ?? '' };
    await say(renderSlackMessage(await core.help(user, '/schakel ')));
  });
}

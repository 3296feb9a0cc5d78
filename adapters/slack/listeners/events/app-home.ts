import type { App } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import type { Home } from '../../../../src/ports/home.ts';
import { renderSlackMessage } from '../../render-message.ts';

/** The App Home tab: the member's own overview, fresh every time they open it. */
export function registerAppHome(app: App, home: Home, logger: Logger): void {
  app.event('app_home_opened', async ({ event, context, client }) => {
    if (event.tab !== 'home') return;
    const workspace = context.teamId ?? '';
    const message = await home.home({ platform: 'slack', workspace, userId: event.user }, '/schakel ', false);
    try {
      await client.views.publish({
        user_id: event.user,
        view: { type: 'home', blocks: renderSlackMessage(message, workspace).blocks },
      });
    } catch (err) {
      logger.warn({ err }, 'App Home kon niet worden bijgewerkt');
    }
  });
}

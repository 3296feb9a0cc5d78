import type { App } from '@slack/bolt';
import type { Logger } from '../../../../src/logger.ts';
import type { Conversations } from '../../../../src/ports/conversations.ts';

/**
 * Schakel removed from a workspace (app_uninstalled), or its bot token revoked (tokens_revoked
 * with bot tokens): forget the workspace's installation, its channel links and what was still
 * to be sent there. Slack sends these without a usable token, so nothing is said back.
 */
export function registerUninstall(app: App, conversations: Conversations, logger: Logger): void {
  const removed = async (teamId: string | undefined, why: string) => {
    if (!teamId) {
      logger.warn({ why }, 'Slack-verwijdering zonder werkruimte-id genegeerd');
      return;
    }
    await conversations.conversationRemoved({ platform: 'slack', workspace: teamId });
  };
  app.event('app_uninstalled', async ({ context }) => {
    await removed(context.teamId, 'app_uninstalled');
  });
  app.event('tokens_revoked', async ({ event, context }) => {
    // User tokens (Schakel asks for none) leave the installation as it is.
    if ((event.tokens.bot ?? []).length === 0) return;
    await removed(context.teamId, 'tokens_revoked');
  });
}

import type { App } from '@slack/bolt';
import type { Core } from '../../../../src/core.ts';
import type { Logger } from '../../../../src/logger.ts';

/**
 * Schakel removed from a workspace (app_uninstalled), or its bot token revoked (tokens_revoked
 * with bot tokens): forget the workspace's installation, its channel links and what was still
 * to be sent there. Slack sends these without a usable token, so nothing is said back.
 */
export function registerUninstall(app: App, core: Core, logger: Logger): void {
  const removed = async (teamId: string | undefined, why: string) => {
    if (!teamId) {
      logger.warn({ why }, 'Slack-verwijdering zonder werkruimte-id genegeerd');
      return;
    }
    await core.slackWorkspaceRemoved(teamId);
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

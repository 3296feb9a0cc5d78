import type { App } from '@microsoft/teams.apps';
import type { Core } from '../../../src/core.ts';
import { renderTeamsActivity } from '../render-message.ts';
import { teamsUser } from '../teams-user.ts';

type ConversationType = 'personal' | 'channel' | 'groupChat';

/**
 * Schakel added to a team, group chat or personal chat: remember the conversation so the
 * scheduler can send there, and greet a member in their personal chat with their overview
 * (the same as the Slack App Home). Removed: forget it and what was still to be sent there.
 */
export function registerInstall(app: App, core: Core): void {
  app.on('install.add', async ({ activity, send }) => {
    const user = teamsUser(activity);
    const type = (activity.conversation.conversationType ?? 'personal') as ConversationType;
    await core.teamsConversationAdded({
      conversationId: activity.conversation.id,
      tenant: user.workspace,
      serviceUrl: activity.serviceUrl ?? '',
      conversationType: type,
      userId: type === 'personal' ? user.userId : null,
    });
    if (type === 'personal') await send(renderTeamsActivity(await core.home(user, ''), user.workspace));
  });
  app.on('install.remove', async ({ activity }) => {
    await core.teamsConversationRemoved(activity.conversation.id);
  });
}

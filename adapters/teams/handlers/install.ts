import type { App } from '@microsoft/teams.apps';
import type { Core } from '../../../src/ports/core.ts';
import { renderTeamsActivity } from '../render-message.ts';
import { teamIdOf, teamsChannelId, teamsUser } from '../teams-user.ts';

type ConversationType = 'personal' | 'channel' | 'groupChat';

/** Events that mean the team is gone, with Schakel in it. */
const TEAM_GONE = new Set(['teamDeleted', 'teamHardDeleted']);

/**
 * Schakel added to a team, group chat or personal chat: remember the conversation so the
 * scheduler can send there, and greet a member in their personal chat with their overview
 * (the same as the Slack App Home). Removed (uninstalled, the bot taken out, the team deleted):
 * forget it, every channel of the team, and what was still to be sent there.
 */
export function registerInstall(
  app: App,
  { conversations, home }: Pick<Core, 'conversations' | 'home'>,
): void {
  app.on('install.add', async ({ activity, send }) => {
    const user = teamsUser(activity);
    const type = (activity.conversation.conversationType ?? 'personal') as ConversationType;
    const conversationId = teamsChannelId(activity.conversation.id);
    await conversations.conversationAdded({
      platform: 'teams',
      conversationId,
      tenant: user.workspace,
      serviceUrl: activity.serviceUrl ?? '',
      conversationType: type,
      userId: type === 'personal' ? user.userId : null,
      // Installed in a team, the event comes from its General channel, whose id is the team's.
      teamId: teamIdOf(activity) ?? (type === 'channel' ? conversationId : null),
    });
    if (type === 'personal') await send(renderTeamsActivity(await home.home(user, ''), user.workspace));
  });
  app.on('install.remove', async ({ activity }) => {
    await conversations.conversationRemoved({
      platform: 'teams',
      conversationId: teamsChannelId(activity.conversation.id),
      teamId: teamIdOf(activity),
    });
  });
  app.on('conversationUpdate', async ({ activity }) => {
    const botRemoved = (activity.membersRemoved ?? []).some((m) => m.id === activity.recipient.id);
    if (botRemoved || TEAM_GONE.has(activity.channelData?.eventType ?? '')) {
      await conversations.conversationRemoved({
        platform: 'teams',
        conversationId: teamsChannelId(activity.conversation.id),
        teamId: teamIdOf(activity),
      });
    }
    // One channel of the team deleted: forget just that channel, its links and what was still to go there.
    const deleted = (activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
    if (activity.channelData?.eventType === 'channelDeleted' && deleted) {
      await conversations.conversationRemoved({
        platform: 'teams',
        conversationId: teamsChannelId(deleted),
        teamId: null,
      });
    }
  });
}

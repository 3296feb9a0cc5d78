import type { App } from '@microsoft/teams.apps';
import type { Logger } from '../../../src/logger.ts';
import type { Conversations } from '../../../src/ports/conversations.ts';
import { teamIdOf, teamsPlace } from '../teams-user.ts';

/**
 * Teams tells Schakel about a team once, from its General channel. A message or card action from
 * another channel of that team makes that channel known too (before the command is handled), so
 * it can be linked to a werkgroep and the scheduler can send there. Channels of teams without
 * Schakel stay unknown.
 */
export function registerTeamChannels(app: App, conversations: Conversations, logger: Logger): void {
  app.use(async ({ activity, next }) => {
    const teamId = teamIdOf(activity);
    if (teamId && activity.serviceUrl && (activity.type === 'message' || activity.type === 'invoke')) {
      const place = teamsPlace(activity);
      try {
        await conversations.channelSeen({
          platform: 'teams',
          conversationId: place.channelId,
          tenant: place.workspace,
          serviceUrl: activity.serviceUrl,
          teamId,
        });
      } catch (err) {
        // The command itself still gets its answer; only linking this channel may then be refused.
        logger.warn({ err }, 'Teams-kanaal niet onthouden');
      }
    }
    return next();
  });
}

import { type ActivityLike, Client, toActivityParams } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import type { DirectNotifier } from '../../src/checkin/direct-notifier.ts';
import { PermanentFailure } from '../../src/jobs/notifier.ts';
import { renderFormCard } from './forms/render-card.ts';
import { cardActivity, renderTeamsActivity } from './render-message.ts';
import { translateTeamsFailure } from './teams-notifier.ts';

/** A member's personal chat with Schakel, where they are on Teams. */
export interface PersonalChatOf {
  readonly serviceUrl: string;
  readonly userId: string;
  /** The tenant. */
  readonly workspace: string;
}

/** The bot's personal chat with the member (the connector creates it, or returns the one there is), to post to. */
export async function personalChat(app: App, of: PersonalChatOf) {
  const api = new Client(of.serviceUrl, app.api.http);
  const chat = await api.conversations.create({
    isGroup: false,
    ...(app.id ? { bot: { id: `28:${app.id}` } } : {}),
    members: [{ id: of.userId, name: '', role: 'user' }],
    tenantId: of.workspace,
    channelData: { tenant: { id: of.workspace } },
  });
  return {
    id: chat.id,
    post: (activity: ActivityLike) =>
      api.conversations.activities(chat.id).create(toActivityParams(activity)),
  };
}

/**
 * Direct messages on Teams: the connector creates (or returns) the bot's personal chat with the
 * member, and the message goes there. With a form, the card is the form itself, so the member
 * answers right in the chat; Action.Execute then turns it into the confirmation.
 */
export function teamsDirectNotifier(app: App): DirectNotifier {
  return {
    async send(target, message, _key, form) {
      if (!target.serviceUrl) {
        throw new PermanentFailure('Teams-lid zonder serviceUrl: voeg Schakel opnieuw toe aan het kanaal');
      }
      try {
        const chat = await personalChat(app, {
          serviceUrl: target.serviceUrl,
          userId: target.channelId,
          workspace: target.workspace,
        });
        const activity = form
          ? cardActivity(message.fallback, renderFormCard(form))
          : renderTeamsActivity(message, target.workspace);
        const sent = await chat.post(activity);
        // Where the card stands, to change it there later (vergeet-mij): connector, chat, activity.
        return sent?.id
          ? JSON.stringify({ serviceUrl: target.serviceUrl, chat: chat.id, activity: sent.id })
          : null;
      } catch (err) {
        throw translateTeamsFailure(err, message);
      }
    },
    async replace(target, ref, message) {
      const at = JSON.parse(ref) as { serviceUrl: string; chat: string; activity: string };
      const api = new Client(at.serviceUrl, app.api.http);
      try {
        await api.conversations
          .activities(at.chat)
          .update(at.activity, renderTeamsActivity(message, target.workspace));
      } catch (err) {
        throw translateTeamsFailure(err, message);
      }
    },
  };
}

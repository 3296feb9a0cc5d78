import type { Place } from '../../src/core.ts';
import type { PlatformUser } from '../../src/domain/members.ts';

export interface ActivityFrom {
  readonly from: { readonly id: string; readonly aadObjectId?: string };
  readonly conversation: {
    readonly id?: string;
    readonly tenantId?: string;
    readonly conversationType?: unknown;
  };
  readonly channelData?: {
    readonly tenant?: { readonly id?: string };
    readonly team?: { readonly id?: string };
  };
  readonly entities?: ReadonlyArray<{ readonly type?: string; readonly platform?: unknown }>;
}

/**
 * How the local chat (adapters/local-chat) names itself, in the clientInfo entity Teams sends
 * with an activity: its page puts Schakel's mention in front of what is typed in a channel, so
 * there nobody types @Schakel.
 */
export const LOCAL_CHAT_CLIENT = { type: 'clientInfo', platform: 'Schakel lokaal' } as const;

/** A Teams user is known by tenant and Bot Framework user id. */
export function teamsUser(activity: ActivityFrom): PlatformUser {
  return {
    platform: 'teams',
    workspace: activity.conversation.tenantId ?? activity.channelData?.tenant?.id ?? '',
    userId: activity.from.id,
  };
}

/**
 * A reply thread in a channel is `<channel>;messageid=<id>`: werkgroepen are linked to, and
 * reminders sent to, the channel itself, so every handler sees the channel's id.
 */
export function teamsChannelId(conversationId: string): string {
  return conversationId.split(';')[0] ?? conversationId;
}

/** Where a Teams activity was typed: the tenant and the channel or chat (never a thread). */
export function teamsPlace(activity: ActivityFrom): Place {
  return {
    platform: 'teams',
    workspace: teamsUser(activity).workspace,
    channelId: teamsChannelId(activity.conversation.id ?? ''),
  };
}

/** The team of a channel activity, or null in a chat. */
export function teamIdOf(activity: ActivityFrom): string | null {
  const id = activity.channelData?.team?.id;
  return id ? teamsChannelId(id) : null;
}

/**
 * How a command is typed here: to Schakel directly in a chat with it or anywhere in the local chat,
 * after mentioning it elsewhere.
 */
export function teamsPrefix(activity: ActivityFrom): string {
  return activity.conversation.conversationType === 'personal' || fromLocalChat(activity) ? '' : '@Schakel ';
}

/** Typed in the local chat, which says so in its clientInfo entity (LOCAL_CHAT_CLIENT). */
export function fromLocalChat(activity: Pick<ActivityFrom, 'entities'>): boolean {
  return (
    activity.entities?.some(
      (e) => e.type === LOCAL_CHAT_CLIENT.type && e.platform === LOCAL_CHAT_CLIENT.platform,
    ) ?? false
  );
}

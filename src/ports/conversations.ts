/**
 * Where Schakel was added or removed, on either platform. Each event carries its platform; the core
 * decides what to remember and forget. Teams tells about conversations and a team's channels, Slack
 * about a whole workspace.
 */
export type ConversationAdded = {
  readonly platform: 'teams';
  readonly conversationId: string;
  readonly tenant: string;
  readonly serviceUrl: string;
  readonly conversationType: 'personal' | 'channel' | 'groupChat';
  readonly userId: string | null;
  /** The team a channel belongs to; null outside a team. */
  readonly teamId: string | null;
};

/** A message from a channel of a team Schakel may have been added to. */
export type ChannelSeen = {
  readonly platform: 'teams';
  readonly conversationId: string;
  readonly tenant: string;
  readonly serviceUrl: string;
  readonly teamId: string;
};

export type ConversationRemoved =
  /** Removed from a Teams conversation, or from a whole team when teamId is given. */
  | { readonly platform: 'teams'; readonly conversationId: string; readonly teamId: string | null }
  /** Uninstalled from a Slack workspace, or its bot token revoked. */
  | { readonly platform: 'slack'; readonly workspace: string };

export interface Conversations {
  /** Schakel was added to a conversation: remember where, to send there later. */
  conversationAdded(event: ConversationAdded): Promise<void>;
  /** A channel was seen; true when it was remembered (its team has Schakel). */
  channelSeen(event: ChannelSeen): Promise<boolean>;
  /** Schakel was removed: forget the place, its links and everything still to be sent there. */
  conversationRemoved(event: ConversationRemoved): Promise<void>;
}

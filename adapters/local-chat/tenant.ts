import {
  DEMO_GENERAL_CHANNEL,
  DEMO_MEMBERS,
  DEMO_OVERLEGGEN,
  DEMO_TEAM,
  DEMO_TENANT,
  demoUserId,
  type PlayedAs,
} from '../../src/domain/demo-region.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import { LOCAL_CHAT_CLIENT } from '../teams/teams-user.ts';

/** A person the page can play: the demo people with a Teams identity in the local tenant. */
export interface Role {
  readonly key: string;
  readonly userId: string;
  readonly name: string;
  readonly organisation: string;
  /** What they are, as the page says it in the played person's language (localChat.playedAs). */
  readonly playedAs: PlayedAs;
  /** Their personal chat with Schakel. */
  readonly chatId: string;
}

export interface Conversation {
  readonly id: string;
  readonly name: string;
  readonly type: 'personal' | 'channel';
}

export const BOT = { id: '28:schakel-lokaal', name: 'Schakel' } as const;

export const ROLES: readonly Role[] = DEMO_MEMBERS.flatMap((m) =>
  m.playedAs
    ? [
        {
          key: m.key,
          userId: demoUserId(m.key),
          name: m.name,
          organisation: m.organisation,
          playedAs: m.playedAs,
          chatId: `a:lokaal-${m.key}`,
        },
      ]
    : [],
);

const GENERAL: Conversation = { ...DEMO_GENERAL_CHANNEL, type: 'channel' };

export const CHANNELS: readonly Conversation[] = [
  GENERAL,
  ...DEMO_OVERLEGGEN.map((o) => ({ ...o.channel, type: 'channel' as const })),
];

export const roleByKey = (key: string) => ROLES.find((r) => r.key === key) ?? null;

/**
 * The channels one person is in, as in a Teams team with private channels: the team's General
 * channel and the channel of each overleg they belong to. A werkgroeplid does not read the
 * stuurgroep's channel, where the published digests are, as Schakel refuses them those too.
 */
export function channelsOf(role: Role): Conversation[] {
  const mine = DEMO_OVERLEGGEN.filter((o) => o.members.includes(role.key));
  return [GENERAL, ...mine.map((o) => ({ ...o.channel, type: 'channel' as const }))];
}

/** The conversations one person sees: their own chat with Schakel and their channels. */
export function conversationsOf(role: Role): Conversation[] {
  // Named in Dutch here; the page names it in the played person's language (played-language.js).
  const name = words('nl').localChat.sidebar.title;
  return [{ id: role.chatId, name, type: 'personal' }, ...channelsOf(role)];
}

/**
 * One of the person's own conversations by its id, else null: what the page may open, post in and
 * hear of for them (page-requests.ts, event-stream.ts).
 */
export function conversationOf(role: Role, conversationId: string): Conversation | null {
  return conversationsOf(role).find((c) => c.id === conversationId) ?? null;
}

/** The envelope Teams puts around every activity: who, where, which connector to answer on. */
export function envelope(role: Role, conversation: Conversation, serviceUrl: string) {
  const channel = conversation.type === 'channel';
  return {
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: role.userId, name: role.name },
    recipient: BOT,
    conversation: {
      id: conversation.id,
      conversationType: conversation.type,
      tenantId: DEMO_TENANT,
      ...(channel ? { isGroup: true } : {}),
    },
    channelData: {
      tenant: { id: DEMO_TENANT },
      ...(channel
        ? { team: { id: DEMO_TEAM.id, name: DEMO_TEAM.name }, channel: { id: conversation.id } }
        : {}),
    },
    locale: 'nl-NL',
    entities: [LOCAL_CHAT_CLIENT] as Array<Record<string, unknown>>,
  };
}

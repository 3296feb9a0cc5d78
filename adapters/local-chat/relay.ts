import { randomUUID } from 'node:crypto';
import type { LocalConnector } from './connector.ts';
import { BOT, type Conversation, envelope, type Role } from './tenant.ts';

/** What the page gets back from a card action: the card that replaces the old one, or a short note. */
export type ActionOutcome =
  | { readonly kind: 'card'; readonly card: unknown }
  | { readonly kind: 'note'; readonly text: string };

const CARD = 'application/vnd.microsoft.card.adaptive';
const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';

/**
 * Plays the part of the Teams service: what the person does in the page becomes a real Bot
 * Framework activity, posted over HTTP to Schakel's own /api/messages, where the same Teams SDK
 * app as in production handles it and answers on the local connector.
 */
export function createRelay(d: {
  messagesUrl: string;
  connectorUrl: () => string;
  /** Where the page is served: a shared file is downloaded from there. */
  pageUrl: () => string;
  connector: LocalConnector;
  now: () => Date;
  /** After each activity: let the scheduler send what became due (a published digest, a form). */
  afterwards: () => Promise<void>;
}) {
  async function post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
    const res = await fetch(d.messagesUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const text = await res.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    await d.afterwards();
    return { status: res.status, body };
  }

  return {
    /** A typed message: shown in the conversation at once, then handled by Schakel. */
    async message(role: Role, conversation: Conversation, text: string): Promise<void> {
      d.connector.add(
        conversation.id,
        { from: { id: role.userId, name: role.name }, fromBot: false, text, attachments: [] },
        d.now(),
      );
      // In a channel Teams puts the bot's mention in front; the SDK strips it again.
      const channel = conversation.type === 'channel';
      const mention = `<at>${BOT.name}</at>`;
      await post({
        type: 'message',
        id: randomUUID(),
        ...envelope(role, conversation, d.connectorUrl()),
        text: channel ? `${mention} ${text}` : text,
        textFormat: 'plain',
        ...(channel ? { entities: [{ type: 'mention', text: mention, mentioned: BOT }] } : {}),
      });
    },

    /**
     * An Action.Execute on a card (Universal Actions): the invoke's answer is either a new card,
     * which replaces the old one as Teams does, or a message shown under the card.
     */
    async action(
      role: Role,
      conversation: Conversation,
      activityId: string,
      verb: string,
      data: Record<string, unknown>,
    ): Promise<ActionOutcome> {
      const { status, body } = await post({
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: randomUUID(),
        replyToId: activityId,
        ...envelope(role, conversation, d.connectorUrl()),
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      });
      const answer = body as { type?: string; value?: unknown } | null;
      if (status === 200 && answer?.type === CARD && answer.value) {
        d.connector.replace(conversation.id, activityId, {
          text: '',
          attachments: [{ contentType: CARD, content: answer.value }],
        });
        return { kind: 'card', card: answer.value };
      }
      if (status === 200 && typeof answer?.value === 'string') return { kind: 'note', text: answer.value };
      return { kind: 'note', text: 'Schakel kon deze knop niet verwerken. Probeer het nog eens.' };
    },

    /**
     * "Toestaan" or "Weigeren" on a file consent card, as Teams sends it (fileConsent/invoke): on
     * allow, with a place to put the file (the connector's "OneDrive") and where it can be opened.
     * The card says at once what the member chose, as Teams greys it out.
     */
    async fileConsent(role: Role, conversation: Conversation, activityId: string, allow: boolean) {
      const offered = d.connector
        .history(conversation.id)
        .find((a) => a.id === activityId)
        ?.attachments.find((x) => x.contentType === FILE_CONSENT_CARD);
      if (!offered) return false;
      const content = (offered.content ?? {}) as { acceptContext?: unknown; declineContext?: unknown };
      const name = (offered.name ?? 'bestand.json').replace(/[^\w.-]/g, '-');
      const id = randomUUID();
      d.connector.replace(conversation.id, activityId, {
        text: allow ? `Je hebt ${name} toegestaan.` : `Je hebt ${name} geweigerd.`,
        attachments: [],
      });
      const { status } = await post({
        type: 'invoke',
        name: 'fileConsent/invoke',
        id: randomUUID(),
        replyToId: activityId,
        ...envelope(role, conversation, d.connectorUrl()),
        value: {
          type: 'fileUpload',
          action: allow ? 'accept' : 'decline',
          context: allow ? content.acceptContext : content.declineContext,
          ...(allow
            ? {
                uploadInfo: {
                  name,
                  uploadUrl: `${d.connectorUrl()}/onedrive/${id}/${name}`,
                  contentUrl: `${d.pageUrl()}bestanden/${id}`,
                  uniqueId: id,
                  fileType: name.split('.').pop() ?? '',
                },
              }
            : {}),
        },
      });
      return status === 200;
    },

    /** Schakel added to a conversation (installationUpdate), as Teams tells a bot. */
    async installed(role: Role, conversation: Conversation): Promise<void> {
      await post({
        type: 'installationUpdate',
        action: 'add',
        id: randomUUID(),
        ...envelope(role, conversation, d.connectorUrl()),
      });
    },
  };
}

export type Relay = ReturnType<typeof createRelay>;

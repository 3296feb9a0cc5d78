import { randomUUID } from 'node:crypto';
import { escapeHtml } from '../../src/escape.ts';
import type { Logger } from '../../src/logger.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import type { Locale } from '../../src/messages/locale.ts';
import type { LocalConnector } from './connector.ts';
import { takeOutRefused } from './refusals.ts';
import { BOT, CHANNELS, type Conversation, conversationsOf, envelope, ROLES, type Role } from './tenant.ts';

/** What the page gets back from a card action: the card that replaces the old one, or a short note. */
export type ActionOutcome =
  | { readonly kind: 'card'; readonly card: unknown }
  | { readonly kind: 'note'; readonly text: string; readonly emptied?: readonly string[] };

const CARD = 'application/vnd.microsoft.card.adaptive';
const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';

/**
 * Plays the part of the Teams service: what the person does in the page becomes a real Bot
 * Framework activity, posted over HTTP to Schakel's own /api/messages, where the same Teams SDK
 * app as in production handles it and answers on the local connector.
 */
export function createRelay(d: {
  messagesUrl: string;
  /** The secret that lets the activities through (teams/local-chat-gate.ts); none beside TEAMS_SKIP_AUTH. */
  authorization?: string;
  connectorUrl: () => string;
  /** Where the page is served: a shared file is downloaded from there. */
  pageUrl: () => string;
  connector: LocalConnector;
  now: () => Date;
  /** After each activity: let the scheduler send what became due (a published digest, a form). */
  afterwards: () => Promise<void>;
  logger: Logger;
  /** The played person's language (`taal en`): the chat's own lines to them are in it. */
  localeOf: (role: Role) => Promise<Locale>;
}) {
  /**
   * Posts one activity to Schakel. A request that does not get through at all answers status 0:
   * the caller decides what the person sees, and it is logged here (never the activity's text).
   */
  async function post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
    let status = 0;
    let body: unknown = null;
    try {
      const res = await fetch(d.messagesUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(d.authorization ? { authorization: d.authorization } : {}),
        },
        body: JSON.stringify(activity),
      });
      status = res.status;
      const text = await res.text();
      body = text ? JSON.parse(text) : null;
    } catch (err) {
      if (status === 0) d.logger.error({ err, type: activity.type }, 'lokale chat: Schakel niet bereikt');
    }
    await d.afterwards();
    return { status, body };
  }

  /** The id of the conversation's last message, to see afterwards whether Schakel said anything since. */
  const lastId = (conversationId: string) => d.connector.history(conversationId).at(-1)?.id ?? '';
  const answeredSince = (conversationId: string, id: string) => {
    const history = d.connector.history(conversationId);
    const i = history.findIndex((a) => a.id === id);
    return history.slice(i + 1).some((a) => a.fromBot);
  };
  /**
   * Schakel handled the person's action without a word in the conversation (it failed before it
   * could answer, or could not be reached): the person gets the plain apology that says what to
   * do, and the failure is logged by its kind and status only.
   */
  function apologise(conversation: Conversation, kind: string, status: number): void {
    d.logger.error(
      { kind, status, conversation: conversation.type },
      'lokale chat: Schakel gaf geen antwoord',
    );
    d.connector.add(
      conversation.id,
      {
        from: { id: BOT.id, name: BOT.name },
        fromBot: true,
        text: words().errors.unexpected,
        attachments: [],
      },
      d.now(),
    );
  }

  return {
    /** A typed message: shown in the conversation at once, then handled by Schakel. */
    async message(role: Role, conversation: Conversation, text: string): Promise<void> {
      const typed = d.connector.add(
        conversation.id,
        { from: { id: role.userId, name: role.name }, fromBot: false, text, attachments: [] },
        d.now(),
      );
      // In a channel Teams puts the bot's mention in front; the SDK strips it again. What was typed
      // goes as Teams writes it, as HTML ("&amp;" for "&"), and is read back as plain text.
      const channel = conversation.type === 'channel';
      const mention = `<at>${BOT.name}</at>`;
      const around = envelope(role, conversation, d.connectorUrl());
      // Schakel's refusal names the activity it refuses by this id (refusals.ts). Random, as
      // Teams' ids are: Schakel handles an activity id once (teams/replays.ts), across restarts too.
      const activityId = randomUUID();
      const { status } = await post({
        type: 'message',
        id: activityId,
        ...around,
        text: channel ? `${mention} ${escapeHtml(text)}` : escapeHtml(text),
        textFormat: 'plain',
        entities: [
          ...around.entities,
          ...(channel ? [{ type: 'mention', text: mention, mentioned: BOT }] : []),
        ],
      });
      // Schakel answers every message in its conversation, a failure too (teams-app.ts): silence
      // means it failed before it could.
      if (!answeredSince(conversation.id, typed.id)) apologise(conversation, 'bericht', status);
      else
        takeOutRefused(
          d.connector,
          conversation.id,
          { shown: typed.id, sent: activityId },
          words(await d.localeOf(role)).localChat,
        );
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
      if (status === 200 && typeof answer?.value === 'string') {
        // Inputs of the card whose typed text Schakel refused: the page empties them.
        const emptied = (body as { emptied?: unknown }).emptied;
        const inputs = Array.isArray(emptied) ? emptied.filter((id) => typeof id === 'string') : [];
        return { kind: 'note', text: answer.value, ...(inputs.length > 0 ? { emptied: inputs } : {}) };
      }
      // A refusal or a failure Schakel worded itself (teams-app.ts answers an invoke with a 400 and
      // its text); otherwise it failed before it could say anything.
      const error = (body as { error?: unknown } | null)?.error;
      if (typeof error === 'string' && error) return { kind: 'note', text: error };
      d.logger.error(
        { kind: 'knop', status, conversation: conversation.type },
        'lokale chat: Schakel gaf geen antwoord',
      );
      return { kind: 'note', text: words().errors.unexpected };
    },

    /**
     * "Toestaan" or "Weigeren" on a file consent card, as Teams sends it (fileConsent/invoke): on
     * allow, with a place to put the file (the connector's "OneDrive") and where it can be opened.
     * The card says at once what the member chose, as Teams greys it out. False only when there
     * is no such offer; a failure gets its apology in the chat.
     */
    async fileConsent(role: Role, conversation: Conversation, activityId: string, allow: boolean) {
      // Read before the offer is looked up: between finding it and replacing it nothing may wait,
      // or a second press at the same moment finds it too and the file is made twice.
      const chat = words(await d.localeOf(role)).localChat;
      const offered = d.connector
        .history(conversation.id)
        .find((a) => a.id === activityId)
        ?.attachments.find((x) => x.contentType === FILE_CONSENT_CARD);
      if (!offered) return false;
      const content = (offered.content ?? {}) as { acceptContext?: unknown; declineContext?: unknown };
      const name = (offered.name ?? 'bestand.json').replace(/[^\w.-]/g, '-');
      const id = randomUUID();
      const mark = lastId(conversation.id);
      d.connector.replace(conversation.id, activityId, {
        text: (allow ? chat.fileAllowed : chat.fileRefused)(name),
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
      if (status !== 200 && !answeredSince(conversation.id, mark)) apologise(conversation, 'bestand', status);
      return true;
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

/** Schakel added to the team, then to each person's chat, as Teams tells a bot when it is installed. */
export async function installEverywhere(relay: ReturnType<typeof createRelay>): Promise<void> {
  const first = ROLES[0];
  if (!first) return;
  await relay.installed(first, CHANNELS[0]!);
  for (const role of ROLES) await relay.installed(role, conversationsOf(role)[0]!);
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { words } from '../../src/messages/catalogue/words.ts';
import type { RefusalKind } from '../../src/messages/model.ts';
import { readBytes, readJson, sendJson } from '../http/server.ts';

/** A card, or a file offered or shared (Teams puts a file's name and address beside its content). */
export interface ChatAttachment {
  readonly contentType: string;
  readonly content: unknown;
  readonly name?: string;
  readonly contentUrl?: string;
}

/** A file a member allowed Schakel to send: kept in memory only, as OneDrive would keep it. */
interface KeptFile {
  readonly name: string;
  readonly body: Buffer;
}

const KEEP_FILES = 20;
/**
 * The largest file kept (Schakel's own files, such as a member's data, are far smaller): the
 * chat keeps them in memory, and nothing larger is read, let alone stored.
 */
const UPLOAD_MAX_MB = 5;
/** The chat is Dutch, as the demo region is. */
const w = words('nl').localChat;

/** One message in a conversation, as the page shows it. */
export interface ChatActivity {
  readonly id: string;
  readonly conversationId: string;
  readonly from: { readonly id: string; readonly name: string };
  readonly fromBot: boolean;
  readonly text: string;
  readonly attachments: readonly ChatAttachment[];
  readonly timestamp: string;
  /** Set when the card was replaced after an action (Universal Actions). */
  readonly updated?: boolean;
  /** A card's plain text, as the bot sent it beside the card (Teams' summary). */
  readonly summary?: string;
  /** The person's message was taken out of the chat (client data, or a direction sign): `text` says so. */
  readonly taken?: boolean;
  /** Schakel's answer refuses what was typed (Message.refusal, sent in the activity's channelData). */
  readonly refusal?: RefusalKind;
  /** The id of the activity that refusal is for (channelData's replyTo). */
  readonly refuses?: string;
}

export type ConnectorEvent =
  | { readonly kind: 'activity'; readonly activity: ChatActivity }
  | { readonly kind: 'update'; readonly activity: ChatActivity };

const KEEP = 200;

/**
 * The Bot Framework connector (the REST API a bot answers on: v3/conversations/…) that Schakel
 * serves to itself in local mode. The bot's replies, card updates and proactive messages land in
 * the conversation they were sent to, and the page hears of each one.
 */
export function createLocalConnector(opts: { personalChatOf(userId: string): string | null }) {
  const conversations = new Map<string, ChatActivity[]>();
  const listeners = new Set<(e: ConnectorEvent) => void>();
  const files = new Map<string, KeptFile>();
  let n = 0;

  const emit = (e: ConnectorEvent) => {
    for (const l of listeners) l(e);
  };
  const list = (id: string) => {
    const l = conversations.get(id) ?? [];
    conversations.set(id, l);
    return l;
  };

  function add(
    conversationId: string,
    a: Omit<ChatActivity, 'id' | 'conversationId' | 'timestamp'>,
    at: Date,
  ): ChatActivity {
    const activity: ChatActivity = {
      ...a,
      id: `lokaal-${++n}`,
      conversationId,
      timestamp: at.toISOString(),
    };
    const l = list(conversationId);
    l.push(activity);
    if (l.length > KEEP) l.splice(0, l.length - KEEP);
    emit({ kind: 'activity', activity });
    return activity;
  }

  /** A message changed in place, the page told; `updated` marks a change the bot made. */
  function change(
    conversationId: string,
    id: string,
    patch: Partial<ChatActivity>,
    updated = true,
  ): ChatActivity | null {
    const l = list(conversationId);
    const i = l.findIndex((a) => a.id === id);
    const old = l[i];
    if (!old) return null;
    const activity = { ...old, ...patch, id, conversationId, ...(updated ? { updated: true } : {}) };
    l[i] = activity;
    emit({ kind: 'update', activity });
    return activity;
  }
  const replace = (conversationId: string, id: string, patch: Partial<ChatActivity>) =>
    change(conversationId, id, patch);

  /** What the bot posts: text and/or attachments. */
  function fromBot(body: Record<string, unknown>) {
    const attachments = Array.isArray(body.attachments)
      ? (
          body.attachments as Array<{
            contentType?: unknown;
            content?: unknown;
            name?: unknown;
            contentUrl?: unknown;
          }>
        ).map((x) => ({
          contentType: String(x.contentType ?? ''),
          content: x.content,
          ...(typeof x.name === 'string' ? { name: x.name } : {}),
          ...(typeof x.contentUrl === 'string' ? { contentUrl: x.contentUrl } : {}),
        }))
      : [];
    const refusal = refusalOf(body.channelData);
    return {
      text: typeof body.text === 'string' ? body.text : '',
      attachments,
      ...(typeof body.summary === 'string' ? { summary: body.summary } : {}),
      ...(refusal ?? {}),
    };
  }

  return {
    add,
    replace,
    /** A change the chat itself makes (not the bot's update): not marked "Bijgewerkt". */
    amend: (conversationId: string, id: string, patch: Partial<ChatActivity>) =>
      change(conversationId, id, patch, false),
    history: (conversationId: string) => [...(conversations.get(conversationId) ?? [])],
    /** A file the bot put in the member's "OneDrive" (see `handle`), by the id in its address. */
    file: (id: string): KeptFile | null => files.get(id) ?? null,
    listen(l: (e: ConnectorEvent) => void): () => void {
      listeners.add(l);
      return () => listeners.delete(l);
    },

    /** The REST routes under the connector's base path; false when the path is not one of them. */
    async handle(req: IncomingMessage, res: ServerResponse, path: string, now: Date): Promise<boolean> {
      const method = req.method ?? 'GET';
      const upload = /^\/onedrive\/([\w-]+)\/([\w.-]+)$/.exec(path);
      if (method === 'PUT' && upload) {
        // Where the bot puts a file the member allowed (the uploadUrl of a file consent).
        const body = await readBytes(req, UPLOAD_MAX_MB * 1024 * 1024).catch((err: { status?: number }) => {
          throw err.status === 413
            ? Object.assign(new Error(w.fileTooLarge(UPLOAD_MAX_MB)), { status: 413 })
            : err;
        });
        files.set(upload[1] ?? '', { name: upload[2] ?? 'bestand', body });
        for (const old of [...files.keys()].slice(0, Math.max(0, files.size - KEEP_FILES))) files.delete(old);
        sendJson(res, 201, { id: upload[1] });
        return true;
      }
      if (method === 'POST' && path === '/v3/conversations') {
        // The bot opens a personal chat with one member (a check-in form, a direct message).
        const body = await readActivity(req);
        const members = Array.isArray(body.members) ? (body.members as unknown[]) : [];
        const member = members[0] as { id?: unknown } | null | undefined;
        const chat = opts.personalChatOf(String(member?.id ?? ''));
        if (!chat) sendJson(res, 404, { error: { code: 'NotFound', message: w.unknownUser } });
        else sendJson(res, 201, { id: chat });
        return true;
      }
      const m = /^\/v3\/conversations\/([^/]+)\/(activities|members)(?:\/([^/]+))?$/.exec(path);
      if (!m) return false;
      const conversationId = decoded(m[1] ?? '');
      if (m[2] === 'members') {
        sendJson(res, 200, []);
        return true;
      }
      const activityId = m[3] ? decoded(m[3]) : undefined;
      if (method === 'DELETE' && activityId) {
        replace(conversationId, activityId, { text: w.deleted, attachments: [] });
        sendJson(res, 200, {});
        return true;
      }
      const body = await readActivity(req);
      if (body.type === 'typing') {
        sendJson(res, 201, { id: `typing-${++n}` });
        return true;
      }
      if (method === 'PUT' && activityId) {
        const updated = replace(conversationId, activityId, fromBot(body));
        sendJson(res, updated ? 200 : 404, updated ? { id: activityId } : { error: { code: 'NotFound' } });
        return true;
      }
      if (method !== 'POST') return false;
      const a = add(
        conversationId,
        { from: { id: 'schakel', name: 'Schakel' }, fromBot: true, ...fromBot(body) },
        now,
      );
      sendJson(res, 201, { id: a.id });
      return true;
    },
  };
}

/** A path segment decoded; one that is not valid percent-encoding is refused (400). */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw refused(w.invalidAddress);
  }
}

/** What the bot sends: a JSON object, its attachments (if any) objects too; anything else is refused (400). */
async function readActivity(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readJson(req, { whenEmpty: {} });
  const isObject = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
  const attachments = isObject(body) ? (body as { attachments?: unknown }).attachments : undefined;
  if (
    !isObject(body) ||
    (attachments !== undefined && !(Array.isArray(attachments) && attachments.every(isObject)))
  ) {
    throw refused(w.notAnActivity);
  }
  return body as Record<string, unknown>;
}

/**
 * The refusal's kind Schakel put in an activity's channelData (teams/render-message.ts), if any,
 * with the id of the message it refuses.
 */
function refusalOf(channelData: unknown): { refusal: RefusalKind; refuses?: string } | null {
  const said = (channelData as { schakel?: { refusal?: unknown; replyTo?: unknown } } | null | undefined)
    ?.schakel;
  if (said?.refusal !== 'privacy' && said?.refusal !== 'direction') return null;
  return { refusal: said.refusal, ...(typeof said.replyTo === 'string' ? { refuses: said.replyTo } : {}) };
}

const refused = (message: string) => Object.assign(new Error(message), { status: 400 });

export type LocalConnector = ReturnType<typeof createLocalConnector>;

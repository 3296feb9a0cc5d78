import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../../src/clock.ts';
import type { Core } from '../../src/core.ts';
import { DEMO_TEAM } from '../../src/domain/demo-region.ts';
import type { Logger } from '../../src/logger.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import { localUrl } from '../http/local-url.ts';
import { fromThisMachine } from '../http/same-machine.ts';
import { answerFailure, readJson, refusalOf, sendJson } from '../http/server.ts';
import { type ChatRoute, chatMethod, chatRouteFor, get } from './chat-methods.ts';
import { createClockJumps } from './clock-jumps.ts';
import { createLocalConnector } from './connector.ts';
import { createEventStreams } from './event-stream.ts';
import { pageDate } from './page-date.ts';
import { PAGE_PATHS, sendDownload, sendPageWith, servePageFile } from './page-files.ts';
import {
  actionBody,
  asked,
  clockBody,
  fieldsNotText,
  fileBody,
  MESSAGE_MAX,
  messageBody,
  posted,
  roleIn,
  typedLength,
} from './page-requests.ts';
import { createPlayable } from './playable.ts';
import { languageOf, nextMeetingLine, wordsOfPlayedPerson } from './played-person-words.ts';
import { createRelay, installEverywhere } from './relay.ts';
import { conversationsOf, ROLES, roleByKey } from './tenant.ts';

export interface LocalChat {
  readonly url: string;
  /** Where Schakel's replies go: the activities' serviceUrl. */
  readonly connectorUrl: string;
  /** Tells Schakel where it lives, as Teams does when a bot is added: the team, then each person's chat. */
  install(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * "Schakel lokaal": the browser chat of local mode, on its own port. It serves the page, plays the
 * Teams service (relay.ts) and the connector (connector.ts), lets the person switch roles and
 * conversations, and moves the clock. It exists only in local mode: config.ts refuses it in
 * production or beside real Slack or Teams credentials.
 */
export async function startLocalChat(d: {
  port: number;
  host: string;
  messagesUrl: string;
  /** Sent with every activity: in local mode /api/messages takes only these (teams/local-chat-gate.ts). */
  authorization?: string;
  core: Core;
  clock: Clock & { moveTo(t: Date): boolean };
  tick: () => Promise<void>;
  /** The first moment a waiting message falls due, up to the given one: a jump stops there. */
  firstDueUntil: (until: Date) => Promise<Date | null>;
  logger: Logger;
  /** SCHAKEL_TIMEZONE: the page shows its times there, as the messages do. */
  timeZone: string;
  /** Where Schakel's own links point (PUBLIC_URL, its server): only these become clickable. */
  ownUrls: readonly string[];
  /** Schakel's privacy statement on its own server, linked in the sidebar. */
  privacyUrl: string;
}): Promise<LocalChat> {
  const connector = createLocalConnector({
    personalChatOf: (userId) => ROLES.find((r) => r.userId === userId)?.chatId ?? null,
  });
  let connectorUrl = '';
  let pageUrl = '';
  const relay = createRelay({
    messagesUrl: d.messagesUrl,
    authorization: d.authorization,
    connectorUrl: () => connectorUrl,
    pageUrl: () => pageUrl,
    connector,
    now: () => d.clock.now(),
    afterwards: () => d.tick(),
    logger: d.logger,
    localeOf: (role) => languageOf(d.core, role),
  });
  const streams = createEventStreams(connector);
  const { playable, tellChanges } = createPlayable(d.core, (keys) =>
    streams.toAll({ kind: 'spelers', spelers: keys }),
  );
  const { nextMeetingFor, moveClock } = createClockJumps(d);

  const bad = (res: ServerResponse, text: string) => sendJson(res, 400, { fout: text });
  // Dutch where nobody is played yet (the demo region is Dutch); a request naming the person the
  // page plays is refused in that person's language (`taal en`).
  const w = words('nl').localChat;
  const notFound = words('nl').errors.notFound;
  /** The words of the person a request names (`rol` in its body or query), else Dutch. */
  const wordsOfRequest = async (named: unknown) => {
    const key = typeof named === 'object' && named !== null && 'rol' in named ? named.rol : null;
    const role = typeof key === 'string' ? roleByKey(key) : null;
    return words(role ? await languageOf(d.core, role) : 'nl');
  };
  /**
   * Why a typed message was not passed on; too long is worded as a command's text limit is, and
   * a field that is no text (`rol: 5`) is named, not taken for a message not typed yet.
   */
  const messageRefusal = (
    said: ReturnType<typeof words>,
    why: 'place' | 'long' | 'invalid',
    body: unknown,
  ) => {
    if (why === 'long') return said.fields.notSavedTooLong(typedLength(body), MESSAGE_MAX);
    if (why === 'place') return said.localChat.unknownPlace;
    const wrong = fieldsNotText(body);
    return wrong.length > 0 ? said.localChat.notText(wrong) : said.localChat.emptyMessage;
  };

  /** The query of a request, read as a query only (a path such as "//[" is no URL, and new URL would throw on it). */
  const queryOf = (req: IncomingMessage) =>
    Object.fromEntries(new URLSearchParams(req.url?.split('?')[1] ?? ''));
  /** A POST route: `answer` is given its JSON body and the words of the person it names. */
  const post = (
    path: string,
    answer: (res: ServerResponse, raw: unknown, said: ReturnType<typeof words>) => Promise<void>,
  ): ChatRoute => ({
    method: 'POST',
    path,
    async answer(req, res) {
      const raw = await readJson(req, { whenEmpty: {} });
      return answer(res, raw, await wordsOfRequest(raw));
    },
  });

  /** Everything the page asks of the chat: the one list chatMethod (405, HEAD) and `route` read. */
  const routes: readonly ChatRoute[] = [
    // Without its first view (the database not answering) the page asks for it itself, as before.
    get('/', async (_req, res) => {
      const first = await firstView().catch(() => null);
      const lang = first?.taal ?? 'nl';
      const said = words(lang).localChat;
      const { unread: _, ...fixed } = said.sidebar;
      return sendPageWith(res, first, { ...fixed, finishMeeting: said.finishMeeting, lang });
    }),
    ...PAGE_PATHS.filter((path) => path !== '/').map((path) =>
      get(path, (_req, res) => void servePageFile(res, path)),
    ),
    get('/bestanden/*', (_req, res, path) => {
      const id = /^\/bestanden\/([\w-]+)$/.exec(path)?.[1];
      if (id === undefined) return sendJson(res, 404, { fout: notFound });
      const file = connector.file(id);
      if (!file) return sendJson(res, 404, { fout: w.fileGone });
      return sendDownload(res, file);
    }),
    get('/api/toestand', async (_req, res) => sendJson(res, 200, await situation())),
    // The page's date field, read as the commands read a date (page-date.ts).
    get('/api/datum', (req, res) => {
      const text = new URL(req.url ?? '/', 'http://lokaal').searchParams.get('tekst') ?? '';
      return sendJson(res, 200, pageDate(text, d.clock.now(), d.timeZone));
    }),
    get('/api/gesprek', async (req, res) => {
      const here = asked(req);
      if (!here) return bad(res, (await wordsOfRequest(queryOf(req))).localChat.unknownPlace);
      const taal = await languageOf(d.core, here.role);
      // The messages as they are when the answer leaves, not as they were before the database answered.
      return sendJson(res, 200, {
        gesprek: here.conversation,
        berichten: connector.history(here.conversation.id),
        taal,
      });
    }),
    get('/api/volgende', async (req, res) => {
      const here = asked(req);
      if (!here) return bad(res, (await wordsOfRequest(queryOf(req))).localChat.unknownPlace);
      const next = await nextMeetingFor(here.role, here.conversation.id);
      // With the time in Schakel, so the page's clock keeps up with the server's (moved) clock.
      return sendJson(res, 200, {
        tekst: nextMeetingLine(await languageOf(d.core, here.role), next, here.role),
        // Without a meeting "Bijeenkomst afronden" is switched off; `tekst` says why.
        kanAfronden: next !== null,
        nu: d.clock.now().toISOString(),
      });
    }),
    // An event stream has no answer without its body: no HEAD.
    get(
      '/api/gebeurtenissen',
      async (req, res) => {
        // Only the played person's own conversations (event-stream.ts).
        const role = roleByKey(new URL(req.url ?? '/', 'http://lokaal').searchParams.get('rol') ?? '');
        return role
          ? streams.open(req, res, role)
          : bad(res, (await wordsOfRequest(queryOf(req))).localChat.unknownPlace);
      },
      false,
    ),
    post('/api/bericht', async (res, raw, said) => {
      const b = posted(messageBody, raw);
      if (typeof b === 'string') return bad(res, messageRefusal(said, b, raw));
      await relay.message(b.role, b.conversation, b.tekst);
      await tellChanges();
      return sendJson(res, 200, { ok: true });
    }),
    post('/api/actie', async (res, raw, { localChat: played }) => {
      const b = posted(actionBody, raw);
      if (typeof b === 'string') return bad(res, b === 'place' ? played.unknownPlace : played.unknownButton);
      const outcome = await relay.action(b.role, b.conversation, b.activiteit, b.verb, b.data);
      await tellChanges();
      return sendJson(res, 200, outcome);
    }),
    post('/api/bestand', async (res, raw, { localChat: played }) => {
      const b = posted(fileBody, raw);
      if (typeof b === 'string') return bad(res, b === 'place' ? played.unknownPlace : played.unknownFile);
      const ok = await relay.fileConsent(b.role, b.conversation, b.activiteit, b.toestaan);
      return ok ? sendJson(res, 200, { ok: true }) : bad(res, played.fileForgotten);
    }),
    post('/api/klok', async (res, raw, { localChat: played }) => {
      const b = clockBody.safeParse(raw);
      if (!b.success) return bad(res, played.unknownStep);
      const here = roleIn(b.data.rol, b.data.gesprek);
      if (!here) return bad(res, played.unknownPlace);
      return sendJson(res, 200, await moveClock(here.role, here.conversation.id, b.data.stap));
    }),
  ];

  /** One request of the page, `method` as chatMethod reads it (HEAD as GET). */
  async function route(req: IncomingMessage, res: ServerResponse, path: string, method: string) {
    if (path.startsWith('/connector/')) {
      if (await connector.handle(req, res, path.slice('/connector'.length), d.clock.now())) return;
      return sendJson(res, 404, { error: { code: 'NotFound', message: notFound } });
    }
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const found = chatRouteFor(routes, method, path);
    return found ? found.answer(req, res, path) : sendJson(res, 404, { fout: notFound });
  }

  /** The roles, conversations, time and words the page starts from. */
  const situation = async () => {
    const roles = await playable();
    return {
      rollen: roles.map((r) => ({
        key: r.key,
        naam: r.name,
        organisatie: r.organisation,
        // In Dutch; the page says it in the played person's language (gesprekWoorden' rollen).
        rol: words('nl').localChat.playedAs[r.playedAs],
        soort: r.playedAs,
        // Their own chat and only the channels they are in, as Slack and Teams list them; their
        // event stream carries these and no others (event-stream.ts).
        gesprekken: conversationsOf(r),
      })),
      // The demo's team above its channels; beside a real region (nobody to play, no channels
      // here) not the demo's name, which is no team of this database: a neutral word.
      team: roles.length > 0 ? DEMO_TEAM.name : w.sidebar.channels,
      nu: d.clock.now().toISOString(),
      tijdzone: d.timeZone,
      gesprekWoorden: wordsOfPlayedPerson(),
      woorden: {
        onbereikbaar: w.onbereikbaar,
        // The page fills in {naam} and {rol}.
        speeltAls: w.playingAs('{naam}', '{rol}'),
        herstart: w.restartNote,
        // The page fills in {naam} and {ander}.
        vergeten: w.forgotten('{naam}', '{ander}'),
        // Nobody to play (a real region, no demo): why, and what to do, instead of an empty page.
        niemand: roles.length === 0 ? w.noneToPlay : null,
      },
      eigenAdressen: [...new Set([...d.ownUrls, pageUrl].map((u) => new URL(u).origin))],
      privacy: { tekst: words('nl').legal.privacyLink, adres: d.privacyUrl },
    };
  };

  /** What the page shows first: the first role's own chat, and the meeting named under the button. */
  async function firstView() {
    const toestand = await situation();
    const role = roleByKey(toestand.rollen[0]?.key ?? '') ?? ROLES[0]!;
    const next = await nextMeetingFor(role, role.chatId);
    const taal = await languageOf(d.core, role);
    return {
      toestand,
      berichten: connector.history(role.chatId),
      taal,
      volgende: nextMeetingLine(taal, next, role),
      kanAfronden: next !== null,
    };
  }

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (!fromThisMachine(req, path, port, d.host)) {
      return sendJson(res, 403, { fout: w.notFromThisPage });
    }
    const method = chatMethod(routes, req.method, path, res);
    if (method === null) return;
    route(req, res, path, method).catch((err: Error) => {
      // Never a 500, as on the main server: a refusal keeps its status, a fault is logged.
      const refused = refusalOf(err);
      if (!refused) d.logger.error({ err, path }, 'lokale chat: verzoek mislukt');
      answerFailure(req, res, refused?.status ?? 400, {
        fout: refused?.message ?? words().errors.unexpected,
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(d.port, d.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const base = localUrl(d.host, port, '127.0.0.1');
  connectorUrl = `${base}/connector`;
  pageUrl = `${base}/`;
  return {
    url: pageUrl,
    connectorUrl,
    install: () => installEverywhere(relay),
    async stop() {
      streams.endAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

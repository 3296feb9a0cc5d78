import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import type { Clock } from '../../src/clock.ts';
import type { Core } from '../../src/core.ts';
import { DEMO_TEAM, DEMO_TENANT } from '../../src/domain/demo-region.ts';
import type { Logger } from '../../src/logger.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import { when } from '../../src/messages/meeting-messages.ts';
import { answerFailure, readJson, refusalOf, sendJson } from '../http/server.ts';
import { createLocalConnector } from './connector.ts';
import { createRelay } from './relay.ts';
import { CHANNELS, type Conversation, conversationsOf, ROLES, type Role, roleByKey } from './tenant.ts';

export interface LocalChat {
  readonly url: string;
  /** Where Schakel's replies go: the activities' serviceUrl. */
  readonly connectorUrl: string;
  /** Tells Schakel where it lives, as Teams does when a bot is added: the team, then each person's chat. */
  install(): Promise<void>;
  stop(): Promise<void>;
}

const STATIC = join(import.meta.dirname, 'static');
const require = createRequire(import.meta.url);
/** Everything the page loads, from the project's own files: nothing leaves this machine. */
const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: join(STATIC, 'index.html'), type: 'text/html; charset=utf-8' },
  '/chat.css': { file: join(STATIC, 'chat.css'), type: 'text/css; charset=utf-8' },
  '/chat.js': { file: join(STATIC, 'chat.js'), type: 'text/javascript; charset=utf-8' },
  '/cards.js': { file: join(STATIC, 'cards.js'), type: 'text/javascript; charset=utf-8' },
  '/adaptivecards.js': {
    file: require.resolve('adaptivecards/dist/adaptivecards.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
};

const DAY = 86_400_000;
const messageBody = z.object({
  rol: z.string(),
  gesprek: z.string(),
  tekst: z.string().trim().min(1).max(4000),
});
const actionBody = z.object({
  rol: z.string(),
  gesprek: z.string(),
  activiteit: z.string(),
  verb: z.string().min(1).max(200),
  data: z.record(z.string(), z.unknown()).default({}),
});
const fileBody = z.object({
  rol: z.string(),
  gesprek: z.string(),
  activiteit: z.string(),
  toestaan: z.boolean(),
});
const clockBody = z.object({
  rol: z.string(),
  gesprek: z.string(),
  stap: z.enum(['bijeenkomst', 'dag', 'week']),
});

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
  core: Core;
  clock: Clock & { moveTo(t: Date): boolean };
  tick: () => Promise<void>;
  logger: Logger;
  /** SCHAKEL_TIMEZONE: the page shows its times there, as the messages do. */
  timeZone: string;
  /** Where Schakel's own links point (PUBLIC_URL, its server): only these become clickable. */
  ownUrls: readonly string[];
}): Promise<LocalChat> {
  const connector = createLocalConnector({
    personalChatOf: (userId) => ROLES.find((r) => r.userId === userId)?.chatId ?? null,
  });
  let connectorUrl = '';
  let pageUrl = '';
  const relay = createRelay({
    messagesUrl: d.messagesUrl,
    connectorUrl: () => connectorUrl,
    pageUrl: () => pageUrl,
    connector,
    now: () => d.clock.now(),
    afterwards: () => d.tick(),
    logger: d.logger,
  });
  const streams = new Set<ServerResponse>();
  connector.listen((e) => {
    const line = `data: ${JSON.stringify(e)}\n\n`;
    for (const s of streams) s.write(line);
  });

  const where = (role: Role, id: string): Conversation | null =>
    conversationsOf(role).find((c) => c.id === id) ?? null;
  const bad = (res: ServerResponse, text: string) => sendJson(res, 400, { fout: text });
  // The page is Dutch, as the demo region is.
  const w = words('nl').localChat;

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path.startsWith('/connector/')) {
      if (await connector.handle(req, res, path.slice('/connector'.length), d.clock.now())) return;
      return sendJson(res, 404, { error: { code: 'NotFound', message: 'Niet gevonden' } });
    }
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const file = req.method === 'GET' ? FILES[path] : undefined;
    if (file) {
      const body = readFileSync(file.file);
      res.writeHead(200, {
        'content-type': file.type,
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      return void res.end(body);
    }
    const download = req.method === 'GET' ? /^\/bestanden\/([\w-]+)$/.exec(path) : null;
    if (download) {
      const file = connector.file(download[1] ?? '');
      if (!file) return sendJson(res, 404, { fout: 'Dit bestand is er niet meer. Vraag het opnieuw aan.' });
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${file.name}"`,
        'content-length': file.body.length,
        'cache-control': 'no-store',
      });
      return void res.end(file.body);
    }
    if (req.method === 'GET' && path === '/api/toestand') {
      return sendJson(res, 200, {
        rollen: ROLES.map((r) => ({
          key: r.key,
          naam: r.name,
          organisatie: r.organisation,
          rol: r.playedAs,
          chatId: r.chatId,
        })),
        team: DEMO_TEAM.name,
        gesprekken: CHANNELS,
        nu: d.clock.now().toISOString(),
        tijdzone: d.timeZone,
        woorden: { onbereikbaar: w.onbereikbaar, bestandAanbod: w.bestandAanbod },
        eigenAdressen: [...new Set([...d.ownUrls, pageUrl].map((u) => new URL(u).origin))],
      });
    }
    if (req.method === 'GET' && path === '/api/gesprek') {
      const q = new URL(req.url ?? '/', 'http://lokaal').searchParams;
      const role = roleByKey(q.get('rol') ?? '');
      const conversation = role ? where(role, q.get('id') ?? '') : null;
      if (!role || !conversation) return bad(res, 'Onbekende rol of onbekend gesprek.');
      return sendJson(res, 200, { gesprek: conversation, berichten: connector.history(conversation.id) });
    }
    if (req.method === 'GET' && path === '/api/volgende') {
      const q = new URL(req.url ?? '/', 'http://lokaal').searchParams;
      const role = roleByKey(q.get('rol') ?? '');
      const conversation = role ? where(role, q.get('id') ?? '') : null;
      if (!role || !conversation) return bad(res, 'Onbekende rol of onbekend gesprek.');
      const next = await nextMeetingFor(role, conversation.id);
      return sendJson(res, 200, {
        tekst: next ? w.nextMeeting(next.werkgroep, when(next.occurrence)) : w.noMeeting,
      });
    }
    if (req.method === 'GET' && path === '/api/gebeurtenissen') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': verbonden\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (req.method !== 'POST') return sendJson(res, 404, { fout: 'Niet gevonden' });
    const raw = await readJson(req, { whenEmpty: {} });
    if (path === '/api/bericht') {
      const b = messageBody.safeParse(raw);
      const role = b.success ? roleByKey(b.data.rol) : null;
      const conversation = b.success && role ? where(role, b.data.gesprek) : null;
      if (!b.success || !role || !conversation) return bad(res, 'Typ eerst een bericht.');
      await relay.message(role, conversation, b.data.tekst);
      return sendJson(res, 200, { ok: true });
    }
    if (path === '/api/actie') {
      const b = actionBody.safeParse(raw);
      const role = b.success ? roleByKey(b.data.rol) : null;
      const conversation = b.success && role ? where(role, b.data.gesprek) : null;
      if (!b.success || !role || !conversation) return bad(res, 'Deze knop ken ik niet.');
      return sendJson(
        res,
        200,
        await relay.action(role, conversation, b.data.activiteit, b.data.verb, b.data.data),
      );
    }
    if (path === '/api/bestand') {
      const b = fileBody.safeParse(raw);
      const role = b.success ? roleByKey(b.data.rol) : null;
      const conversation = b.success && role ? where(role, b.data.gesprek) : null;
      if (!b.success || !role || !conversation) return bad(res, 'Dit bestand ken ik niet.');
      const ok = await relay.fileConsent(role, conversation, b.data.activiteit, b.data.toestaan);
      return ok
        ? sendJson(res, 200, { ok: true })
        : bad(res, 'Dit bestand ken ik niet meer. Vraag het opnieuw aan.');
    }
    if (path === '/api/klok') {
      const b = clockBody.safeParse(raw);
      const role = b.success ? roleByKey(b.data.rol) : null;
      if (!b.success || !role) return bad(res, 'Onbekende stap.');
      if (!where(role, b.data.gesprek)) return bad(res, 'Onbekende rol of onbekend gesprek.');
      return sendJson(res, 200, await moveClock(role, b.data.gesprek, b.data.stap));
    }
    return sendJson(res, 404, { fout: 'Niet gevonden' });
  }

  /** The meeting "Bijeenkomst afronden" lets happen: this channel's, else the first of the person's werkgroepen. */
  const nextMeetingFor = (role: Role, conversationId: string) =>
    d.core.deliveries.nextMeeting(
      { platform: 'teams', workspace: DEMO_TENANT, userId: role.userId },
      { platform: 'teams', workspace: DEMO_TENANT, channelId: conversationId },
    );

  /** Let the next meeting happen now, or a day or week pass; then the scheduler sends what fell due. */
  async function moveClock(role: Role, conversationId: string, step: 'bijeenkomst' | 'dag' | 'week') {
    const now = d.clock.now();
    let said: string;
    if (step === 'bijeenkomst') {
      const next = await nextMeetingFor(role, conversationId);
      if (!next) return { nu: now.toISOString(), tekst: w.noMeeting };
      d.clock.moveTo(new Date(next.end.getTime() + 60_000));
      said = w.meetingEnded(next.werkgroep, when(next.occurrence));
    } else {
      d.clock.moveTo(new Date(now.getTime() + (step === 'dag' ? DAY : 7 * DAY)));
      said = step === 'dag' ? w.dayLater : w.weekLater;
    }
    // The invitation opens the round, which queues each member's form: a second tick sends those.
    await d.tick();
    await d.tick();
    return { nu: d.clock.now().toISOString(), tekst: said };
  }

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (!fromThisPage(req, path, port, d.host)) {
      return sendJson(res, 403, { fout: 'Dit verzoek komt niet van de lokale chat.' });
    }
    route(req, res, path).catch((err: Error) => {
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
  const host = d.host === '0.0.0.0' ? '127.0.0.1' : d.host;
  connectorUrl = `http://${host}:${port}/connector`;
  pageUrl = `http://${host}:${port}/`;
  return {
    url: pageUrl,
    connectorUrl,
    install: () => installEverywhere(relay),
    async stop() {
      for (const s of streams) s.end();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Whether a request may be from the chat's own page, in the browser of the person running
 * Schakel. Any website they visit could otherwise post to it: a form or a no-cors fetch sends
 * text/plain without asking, so a POST must be JSON (a browser asks this server first for that,
 * and is not answered) and, when the browser names its origin, come from this server's address.
 * Bound to this machine only, the page must also be asked for by a loopback name: another name
 * that points here (DNS rebinding) gets nothing.
 */
function fromThisPage(req: IncomingMessage, path: string, port: number, boundTo: string): boolean {
  const host = req.headers.host ?? '';
  const loopback = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  if (LOOPBACK.has(boundTo) && !loopback.includes(host)) return false;
  if (req.method === 'GET' || req.method === 'HEAD') return true;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return false;
  // Schakel's own calls to the connector come from Node, not from a page: they name no origin.
  if (!path.startsWith('/api/')) return true;
  return (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

async function installEverywhere(relay: ReturnType<typeof createRelay>): Promise<void> {
  const first = ROLES[0];
  if (!first) return;
  await relay.installed(first, CHANNELS[0]!);
  for (const role of ROLES) await relay.installed(role, conversationsOf(role)[0]!);
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../src/logger.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import type { Metrics } from '../../src/metrics.ts';
import { allowedMethods, pathMatches, sendMethodNotAllowed } from './method-not-allowed.ts';
import { sendNotFound } from './not-found.ts';
import { sendJson } from './send-json.ts';

export { sendJson } from './send-json.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface Route {
  readonly method: 'GET' | 'POST';
  /** Exact path, or a prefix ending in `*`. */
  readonly path: string;
  readonly name: string;
  readonly handler: RouteHandler;
  /** A GET route answers HEAD too (the same answer without its body), unless this is false. */
  readonly head?: false;
}

/**
 * How long a client may take: its headers (20 s) and its whole request (30 s). Slack and Teams
 * send a request in well under a second; Node's default of five minutes would let anyone hold a
 * connection open by sending a body one byte at a time. Checked every 2 s.
 */
export const HTTP_TIMEOUTS = { headersMs: 20_000, requestMs: 30_000, checkEveryMs: 2_000 };

export interface HttpServer {
  readonly server: Server;
  readonly port: number;
  /** Stops taking new requests and waits (up to graceMs) for those in flight. */
  close(graceMs?: number): Promise<void>;
}

/** The one HTTP server: health, readiness, metrics and the platform endpoints. */
export async function startHttpServer(opts: {
  port: number;
  host: string;
  routes: readonly Route[];
  metrics: Metrics;
  logger: Logger;
  /** HTTP_TIMEOUTS unless given (a test, shorter). */
  timeouts?: typeof HTTP_TIMEOUTS;
}): Promise<HttpServer> {
  const { routes, metrics, logger } = opts;
  let inFlight = 0;
  let drained: (() => void) | undefined;

  const timeouts = opts.timeouts ?? HTTP_TIMEOUTS;
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      connectionsCheckingInterval: timeouts.checkEveryMs,
    },
    async (req, res) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      // HEAD is GET without the body (Node leaves it out): uptime monitors often ask with HEAD.
      const head = req.method === 'HEAD';
      const route = routes.find(
        (r) =>
          (r.method === req.method || (head && r.method === 'GET' && r.head !== false)) &&
          pathMatches(r.path, path),
      );
      // A path Schakel serves, asked with another method: 405 with the methods it takes, not 404.
      const allowed = route ? [] : allowedMethods(routes, path);
      const name = route?.name ?? (allowed.length > 0 ? 'method_not_allowed' : 'not_found');
      const stopTimer = metrics.httpDuration.startTimer({ route: name });
      inFlight++;
      res.on('close', () => {
        stopTimer();
        metrics.httpRequests.inc({ route: name, status: String(res.statusCode) });
        if (--inFlight === 0) drained?.();
      });
      try {
        if (!route && allowed.length > 0) return sendMethodNotAllowed(res, allowed);
        if (!route) {
          const w = words('nl').web;
          sendNotFound(req, res, { title: w.notFoundTitle, text: w.notFoundPage, error: w.notFound });
          return;
        }
        await route.handler(req, res);
      } catch (err) {
        // Never a 500: a refusal the handler named keeps its status, anything else is logged with
        // its stack, counted, and answered as a request Schakel could not handle.
        const refused = refusalOf(err);
        if (!refused) {
          metrics.handlerErrors.inc({ platform: 'http' });
          logger.error({ err, route: name }, 'verzoek mislukt');
        }
        answerFailure(req, res, refused?.status ?? 400, {
          error: refused?.message ?? words('nl').web.requestFailed,
        });
      }
    },
  );
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    server,
    port,
    async close(graceMs = 10_000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => {
            drained = resolve;
          }),
          new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref()),
        ]);
      }
      server.closeAllConnections();
      await closed;
    },
  };
}

/** A refusal a handler threw on purpose (a 4xx with its Dutch message), or null for a fault. */
export function refusalOf(err: unknown): { status: number; message: string } | null {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500
    ? { status, message: (err as Error).message }
    : null;
}

/**
 * The answer to a request that failed, unless one already went out. A request whose body was not
 * read to its end closes its connection afterwards: the rest of that body must not be read as the
 * next request on it.
 */
export function answerFailure(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
): void {
  if (res.headersSent) return void res.end();
  if (!req.complete) res.setHeader('connection', 'close');
  sendJson(res, status, body);
}

/**
 * The body as text. Over the limit it is a refusal (413, reason `too_large`): reading stops there
 * without destroying the request, so the answer still reaches the client; `answerRefusal` closes
 * the connection after it.
 * A body cut off by its sender (who hung up halfway) is a refusal too (400, reason `aborted`): no
 * fault of Schakel's, so neither logged as one nor counted among the handler errors.
 */
export async function readBody(req: IncomingMessage, limit = 1_000_000): Promise<string> {
  return (await readBytes(req, limit)).toString('utf8');
}

/** The body as bytes (a file), refused as `readBody` refuses. */
export function readBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // A compressed body would be read (and its signature checked) as if it were the plain one:
    // Slack and Teams send none, so it is refused (415) before any of it is read.
    if (!plainBody(req.headers['content-encoding'])) {
      return reject(
        Object.assign(new Error(words('nl').web.compressedRefused), { status: 415, reason: 'encoding' }),
      );
    }
    // A body that says it is over the limit is refused before any of it is read.
    if (Number(req.headers['content-length']) > limit) return reject(tooLarge());
    const cutOff = () =>
      reject(
        Object.assign(new Error(words('nl').web.requestCutOff), {
          status: 400,
          reason: 'aborted',
        }),
      );
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      reject(tooLarge());
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', (err) => (req.complete ? reject(err) : cutOff()));
    req.once('close', () => req.complete || cutOff());
  });
}

/** A body over the limit: refused (413), counted on /metrics by its reason as the others are. */
function tooLarge(): Error {
  return Object.assign(new Error(words('nl').web.requestTooLarge), { status: 413, reason: 'too_large' });
}

/** No Content-Encoding, or only `identity`: the body is the bytes as sent. */
function plainBody(encoding: string | undefined): boolean {
  return (encoding ?? '').split(',').every((e) => ['', 'identity'].includes(e.trim().toLowerCase()));
}

/**
 * The body read as JSON (`whenEmpty` for an empty body); JSON that does not parse is a refusal
 * (400), as is a body over the limit (413). Keys named `__proto__` are dropped: spread or assigned
 * further on, they would change an object's prototype instead of being a field.
 */
export async function readJson(req: IncomingMessage, opts: { limit?: number; whenEmpty?: unknown } = {}) {
  const text = await readBody(req, opts.limit);
  if (text === '' && opts.whenEmpty !== undefined) return opts.whenEmpty;
  try {
    return JSON.parse(text, (key, value) => (key === '__proto__' ? undefined : value)) as unknown;
  } catch {
    throw Object.assign(new Error(words('nl').web.notJson), { status: 400 });
  }
}

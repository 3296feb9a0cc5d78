import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../src/logger.ts';
import type { Metrics } from '../../src/metrics.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface Route {
  readonly method: 'GET' | 'POST';
  /** Exact path, or a prefix ending in `*`. */
  readonly path: string;
  readonly name: string;
  readonly handler: RouteHandler;
}

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
}): Promise<HttpServer> {
  const { routes, metrics, logger } = opts;
  let inFlight = 0;
  let drained: (() => void) | undefined;

  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const route = routes.find((r) => r.method === req.method && matches(r.path, path));
    const name = route?.name ?? 'not_found';
    const stopTimer = metrics.httpDuration.startTimer({ route: name });
    inFlight++;
    res.on('close', () => {
      stopTimer();
      metrics.httpRequests.inc({ route: name, status: String(res.statusCode) });
      if (--inFlight === 0) drained?.();
    });
    try {
      if (!route) {
        sendJson(res, 404, { error: 'Niet gevonden' });
        return;
      }
      await route.handler(req, res);
    } catch (err) {
      // Never a 500: a refusal the handler named keeps its status, anything else is logged with
      // its stack, counted, and answered as a request Schakel could not handle.
      const status = (err as { status?: unknown }).status;
      const refused = typeof status === 'number' && status >= 400 && status < 500;
      if (!refused) {
        metrics.handlerErrors.inc({ platform: 'http' });
        logger.error({ err, route: name }, 'verzoek mislukt');
      }
      if (!res.headersSent) {
        sendJson(res, refused ? status : 400, {
          error: refused ? (err as Error).message : 'Dit verzoek kon Schakel niet verwerken',
        });
      } else res.end();
    }
  });
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

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

export async function readBody(req: IncomingMessage, limit = 1_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw Object.assign(new Error('Verzoek is te groot'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

import type { HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import type { RouteHandler } from '../http/server.ts';
import { readBody, sendJson } from '../http/server.ts';

/**
 * Lets the Teams SDK run inside our one HTTP server: it registers its routes
 * here, and our server calls them. The SDK keeps JWT validation and dispatch.
 */
export class TeamsHttpBridge implements IHttpServerAdapter {
  readonly handlers = new Map<string, HttpRouteHandler>();

  registerRoute(_method: 'POST', path: string, handler: HttpRouteHandler): void {
    this.handlers.set(path, handler);
  }

  // Our server is already listening; the SDK's start and stop have nothing to do.
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  routeHandler(path: string): RouteHandler {
    return async (req, res) => {
      const handler = this.handlers.get(path);
      if (!handler) return sendJson(res, 404, { error: 'Niet gevonden' });
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        return sendJson(res, 400, { error: 'Ongeldige JSON' });
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter((e): e is [string, string | string[]] => e[1] !== undefined),
      );
      const out = await handler({ body, headers });
      if (out.body === undefined) {
        res.writeHead(out.status);
        res.end();
      } else sendJson(res, out.status, out.body);
    };
  }
}

import type { Logger } from '../../src/logger.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import type { Metrics } from '../../src/metrics.ts';
import { fromThisMachine } from './same-machine.ts';
import { sendJson } from './send-json.ts';
import type { Route } from './server.ts';

/**
 * Local mode: Schakel's own routes on the main server (health, metrics, the calendar feed, the
 * digest files, the legal pages) answer only a request for this machine's own names, by the rule
 * the local chat and /api/messages use. A web page that points its own host name here (DNS
 * rebinding) would otherwise read the metrics, or a feed or file whose link it knows. Production
 * keeps its real host name behind a proxy, and never gets this.
 *
 * A refusal is logged in one line by its reason and the route's own path (never the host named,
 * nor the link asked for: a feed's link is its key), and counted like the /api/messages ones.
 */
export function thisMachineOnly(
  routes: readonly Route[],
  boundTo: string,
  { logger, metrics }: { logger: Logger; metrics: Metrics },
): Route[] {
  return routes.map((route) => ({
    ...route,
    handler: (req, res) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (fromThisMachine(req, path, req.socket.localPort ?? 0, boundTo)) return route.handler(req, res);
      metrics.refusedRequests.inc({ platform: 'web', reason: 'local' });
      logger.warn({ reason: 'afkomst' }, `lokale modus: verzoek aan ${route.path} geweigerd (403)`);
      sendJson(res, 403, { error: words('nl').web.notThisMachine });
    },
  }));
}

import type { Metrics } from '../../src/metrics.ts';
import type { Database } from '../../src/store/database.ts';
import { migrationsApplied } from '../../src/store/migrate.ts';
import { type Route, sendJson } from './server.ts';

export function healthRoutes(db: Database, metrics: Metrics, isStopping: () => boolean): Route[] {
  return [
    {
      method: 'GET',
      path: '/healthz',
      name: 'healthz',
      handler: (_req, res) => sendJson(res, 200, { status: 'ok' }),
    },
    {
      method: 'GET',
      path: '/readyz',
      name: 'readyz',
      handler: async (_req, res) => {
        if (isStopping()) return sendJson(res, 503, { status: 'stopping' });
        try {
          const ready = await migrationsApplied(db);
          sendJson(res, ready ? 200 : 503, {
            status: ready ? 'ready' : 'migrations pending',
            database: db.kind,
          });
        } catch {
          sendJson(res, 503, { status: 'database unreachable', database: db.kind });
        }
      },
    },
    {
      method: 'GET',
      path: '/metrics',
      name: 'metrics',
      handler: async (_req, res) => {
        const text = await metrics.registry.metrics();
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        res.end(text);
      },
    },
  ];
}

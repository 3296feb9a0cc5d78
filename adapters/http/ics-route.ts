import type { Core } from '../../src/core.ts';
import { type Route, sendJson } from './server.ts';

/** GET /ics/<secret-token>.ics: the werkgroep's calendar, for Outlook or Google Calendar. */
export function icsRoute(core: Core): Route {
  return {
    method: 'GET',
    path: '/ics/*',
    name: 'ics',
    handler: async (req, res) => {
      const match = (req.url ?? '').match(/^\/ics\/([A-Za-z0-9_-]+)\.ics(?:\?.*)?$/);
      const feed = match?.[1] ? await core.icsFeed(match[1]) : null;
      if (!feed) return sendJson(res, 404, { error: 'Deze agendalink bestaat niet (meer).' });
      res.writeHead(200, {
        'content-type': 'text/calendar; charset=utf-8',
        'cache-control': 'private, max-age=300',
        'content-length': Buffer.byteLength(feed),
      });
      res.end(feed);
    },
  };
}

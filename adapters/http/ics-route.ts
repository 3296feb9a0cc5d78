import type { PublicFiles } from '../../src/ports/public-files.ts';
import { type Route, sendJson } from './server.ts';

/** GET /ics/<secret-token>.ics: the werkgroep's calendar, for Outlook or Google Calendar. */
export function icsRoute(publicFiles: PublicFiles): Route {
  return {
    method: 'GET',
    path: '/ics/*',
    name: 'ics',
    handler: async (req, res) => {
      const match = (req.url ?? '').match(/^\/ics\/([A-Za-z0-9_-]+)\.ics(?:\?.*)?$/);
      const feed = match?.[1] ? await publicFiles.icsFeed(match[1]) : null;
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

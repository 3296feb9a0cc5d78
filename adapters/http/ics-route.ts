import type { IncomingMessage, ServerResponse } from 'node:http';
import { InvalidInput } from '../../src/domain/errors.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import type { PublicFiles } from '../../src/ports/public-files.ts';
import { clientHasIt, etagOf } from './conditional-get.ts';
import { sendPage, wantsPage } from './html-page.ts';
import { sendNotFound } from './not-found.ts';
import { sendJson } from './send-json.ts';
import type { Route } from './server.ts';

/**
 * GET /ics/<secret-token>.ics: the werkgroep's calendar, for Outlook or Google Calendar. Its bytes
 * stay the same while the series does not change (DTSTAMP is its last change), with an ETag: a
 * calendar polling with If-None-Match and that tag gets a 304, no feed.
 */
export function icsRoute(publicFiles: PublicFiles): Route {
  return {
    method: 'GET',
    path: '/ics/*',
    name: 'ics',
    handler: async (req, res) => {
      const match = (req.url ?? '').match(/^\/ics\/([A-Za-z0-9_-]+)\.ics(?:\?.*)?$/);
      let feed: Awaited<ReturnType<PublicFiles['icsFeed']>>;
      try {
        feed = match?.[1] ? await publicFiles.icsFeed(match[1]) : null;
      } catch (err) {
        if (err instanceof InvalidInput) return sendSeriesBroken(req, res, err.message);
        throw err;
      }
      if (!feed) {
        const w = words('nl').web;
        // A calendar app gets JSON; a person who opened the link in a browser, a page saying what now.
        return sendNotFound(req, res, { title: w.feedGoneTitle, text: w.feedGone, error: w.feedMissing });
      }
      const etag = etagOf(feed.text);
      const validators = { etag, 'cache-control': 'private, max-age=300' };
      if (clientHasIt(req, etag)) return void res.writeHead(304, validators).end();
      res.writeHead(200, {
        'content-type': 'text/calendar; charset=utf-8',
        ...validators,
        'content-length': Buffer.byteLength(feed.text),
      });
      res.end(feed.text);
    },
  };
}

/**
 * The link is right but its stored series breaks the rules (an older import): 409, with why and
 * who can mend it, never an empty calendar that would silently wipe the meetings from the reader's.
 */
function sendSeriesBroken(req: IncomingMessage, res: ServerResponse, reason: string): void {
  if (wantsPage(req)) sendPage(res, 409, words('nl').web.feedBrokenTitle, [reason]);
  else sendJson(res, 409, { error: reason });
}

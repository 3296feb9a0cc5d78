import { words } from '../../src/messages/catalogue/words.ts';
import type { PublicFiles } from '../../src/ports/public-files.ts';
import { sendNotFound } from './not-found.ts';
import type { Route } from './server.ts';

/**
 * GET /digest/<secret-token>.png and .pdf: the chart and the PDF of a published stuurgroep
 * digest. The token is the only key, as for the calendar feed: the stuurgroep opens the links
 * from their channel without logging in anywhere.
 */
export function digestFilesRoute(publicFiles: PublicFiles): Route {
  return {
    method: 'GET',
    path: '/digest/*',
    name: 'digest_files',
    handler: async (req, res) => {
      const match = (req.url ?? '').match(/^\/digest\/([A-Za-z0-9_-]{16,64})\.(png|pdf)(?:\?.*)?$/);
      const token = match?.[1];
      const kind = match?.[2] === 'png' ? 'png' : match?.[2] === 'pdf' ? 'pdf' : null;
      const file = token && kind ? await publicFiles.digestFile(token, kind) : null;
      if (!file) {
        const w = words('nl');
        // Opened from a chat in a browser: a page that says why and what to do; a program gets JSON.
        const link = { title: w.adapters.fileGoneTitle, text: w.adapters.fileGone, error: w.web.fileMissing };
        return sendNotFound(req, res, link);
      }
      res.writeHead(200, {
        'content-type': file.type,
        'cache-control': 'private, max-age=300',
        'content-length': file.body.byteLength,
        ...(kind === 'pdf' ? { 'content-disposition': 'inline; filename="samenvatting.pdf"' } : {}),
      });
      res.end(file.body);
    },
  };
}

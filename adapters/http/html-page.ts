import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The look of every page Schakel serves itself: system fonts, Schakel's colour, nothing fetched. */
export const PAGE_STYLE =
  'body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}h1{color:#1b7f79}';

/**
 * Sends a whole HTML page whose only style is `style`, inline. Its Content-Security-Policy allows
 * that one style (by its hash) and nothing else: no script, no image, font or stylesheet from
 * anywhere, no form, no frame around it. A page of Schakel's can then neither track its reader
 * nor be made to run what someone slipped into it.
 */
export function sendHtml(
  res: ServerResponse,
  status: number,
  page: { lang: string; title: string; style: string; body: string },
): void {
  const html = `<!doctype html>
<html lang="${page.lang}"><head><meta charset="utf-8"><title>${page.title} – Schakel</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${page.style}</style>
</head><body>${page.body}</body></html>`;
  const styleHash = createHash('sha256').update(page.style).digest('base64');
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(html);
}

/**
 * A small Dutch page for a person in a browser: a heading and a few paragraphs (trusted HTML,
 * escaped by the caller where it holds outside text), never a raw JSON error.
 */
export function sendPage(
  res: ServerResponse,
  status: number,
  title: string,
  paragraphs: readonly string[],
): void {
  const body = `<h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`;
  sendHtml(res, status, { lang: 'nl', title, style: PAGE_STYLE, body });
}

/** A browser opening a link asks for HTML; a program (curl, a test, a feed reader) does not. */
export function wantsPage(req: IncomingMessage): boolean {
  return /\btext\/html\b/.test(req.headers.accept ?? '');
}

import type { IncomingMessage, ServerResponse } from 'node:http';

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
  const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${title} – Schakel</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}h1{color:#1b7f79}</style>
</head><body><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

/** A browser opening a link asks for HTML; a program (curl, a test, a feed reader) does not. */
export function wantsPage(req: IncomingMessage): boolean {
  return /\btext\/html\b/.test(req.headers.accept ?? '');
}

import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { escapeHtml } from '../../src/escape.ts';

const STATIC = join(import.meta.dirname, 'static');
const require = createRequire(import.meta.url);
const SCRIPT = 'text/javascript; charset=utf-8';

/** Everything the page loads, from the project's own files: nothing leaves this machine. */
const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: join(STATIC, 'index.html'), type: 'text/html; charset=utf-8' },
  '/chat.css': { file: join(STATIC, 'chat.css'), type: 'text/css; charset=utf-8' },
  '/cards.css': { file: join(STATIC, 'cards.css'), type: 'text/css; charset=utf-8' },
  '/messages.css': { file: join(STATIC, 'messages.css'), type: 'text/css; charset=utf-8' },
  '/chat.js': { file: join(STATIC, 'chat.js'), type: SCRIPT },
  '/conversation-address.js': { file: join(STATIC, 'conversation-address.js'), type: SCRIPT },
  '/cards.js': { file: join(STATIC, 'cards.js'), type: SCRIPT },
  '/time-in-schakel.js': { file: join(STATIC, 'time-in-schakel.js'), type: SCRIPT },
  '/dutch-date.js': { file: join(STATIC, 'dutch-date.js'), type: SCRIPT },
  '/typed-input.js': { file: join(STATIC, 'typed-input.js'), type: SCRIPT },
  '/dutch-time.js': { file: join(STATIC, 'dutch-time.js'), type: SCRIPT },
  '/dutch-calendar.js': { file: join(STATIC, 'dutch-calendar.js'), type: SCRIPT },
  '/file-offers.js': { file: join(STATIC, 'file-offers.js'), type: SCRIPT },
  '/live-events.js': { file: join(STATIC, 'live-events.js'), type: SCRIPT },
  '/messages.js': { file: join(STATIC, 'messages.js'), type: SCRIPT },
  '/narrow-menu.js': { file: join(STATIC, 'narrow-menu.js'), type: SCRIPT },
  '/played-language.js': { file: join(STATIC, 'played-language.js'), type: SCRIPT },
  '/adaptivecards.js': { file: require.resolve('adaptivecards/dist/adaptivecards.min.js'), type: SCRIPT },
};

/** The paths of the page's own files (the page itself at `/`). */
export const PAGE_PATHS: readonly string[] = Object.keys(FILES);

/** Sends the page's own file at `path`; false when there is none. */
export function servePageFile(res: ServerResponse, path: string): boolean {
  const file = FILES[path];
  if (!file) return false;
  send(res, readFileSync(file.file), file.type);
  return true;
}

function send(res: ServerResponse, body: Buffer, type: string): void {
  res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * The page with `begin` (what it shows first) inside it as JSON, so it draws its first conversation
 * before its load event: a headless browser's screenshot (`chromium --screenshot`) shows it; and
 * with its fixed words (`fixedWords`, the catalogue's localChat.sidebar) in their places.
 */
export function sendPageWith(
  res: ServerResponse,
  begin: unknown,
  fixedWords: Readonly<Record<string, string>>,
): void {
  // `<` escaped, so nothing in a message can end the script element.
  const json = JSON.stringify(begin).replaceAll('<', '\\u003c');
  const page = readFileSync(FILES['/']!.file, 'utf8')
    // The page's fixed words ({{key}}) from the catalogue, in the first person's language, which
    // is the page's language too (the file says nl, a valid lang for its checks). Filled in before
    // the first view goes in: a "{{send}}" a member typed stays as typed.
    .replace(/\{\{(\w+)\}\}/g, (_, key: string) => escapeHtml(fixedWords[key] ?? ''))
    .replace('<html lang="nl">', () => `<html lang="${escapeHtml(fixedWords.lang ?? 'nl')}">`)
    .replace(
      '</head>',
      // A function, so a `$` in a message is not read as a replacement pattern.
      () => `<script type="application/json" id="begin">${json}</script>\n  </head>`,
    );
  send(res, Buffer.from(page), FILES['/']!.type);
}

/** Sends a file Schakel offered in the chat (the connector keeps it) as a download. */
export function sendDownload(res: ServerResponse, file: { name: string; body: Buffer }): void {
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-disposition': `attachment; filename="${file.name}"`,
    'content-length': file.body.length,
    'cache-control': 'no-store',
  });
  res.end(file.body);
}

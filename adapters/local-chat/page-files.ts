import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const STATIC = join(import.meta.dirname, 'static');
const require = createRequire(import.meta.url);
const SCRIPT = 'text/javascript; charset=utf-8';

/** Everything the page loads, from the project's own files: nothing leaves this machine. */
const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: join(STATIC, 'index.html'), type: 'text/html; charset=utf-8' },
  '/chat.css': { file: join(STATIC, 'chat.css'), type: 'text/css; charset=utf-8' },
  '/chat.js': { file: join(STATIC, 'chat.js'), type: SCRIPT },
  '/cards.js': { file: join(STATIC, 'cards.js'), type: SCRIPT },
  '/time-in-schakel.js': { file: join(STATIC, 'time-in-schakel.js'), type: SCRIPT },
  '/adaptivecards.js': { file: require.resolve('adaptivecards/dist/adaptivecards.min.js'), type: SCRIPT },
};

/** Sends the page's own file at `path`; false when there is none. */
export function servePageFile(res: ServerResponse, path: string): boolean {
  const file = FILES[path];
  if (!file) return false;
  const body = readFileSync(file.file);
  res.writeHead(200, {
    'content-type': file.type,
    'content-length': body.length,
    'cache-control': 'no-store',
  });
  res.end(body);
  return true;
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

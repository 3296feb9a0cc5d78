import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A strong ETag for a body: the same bytes, the same tag, across restarts and instances. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * True when the client already holds this version (RFC 9110 13.1.2): its If-None-Match names the tag
 * (weakly compared, or "*"). A GET answered 304 then, without the body. If-Modified-Since is not
 * answered: a feed also changes when its werkgroep is renamed or its window moves on, which no single
 * date says, while the tag of the bytes does.
 */
export function clientHasIt(req: IncomingMessage, etag: string): boolean {
  const noneMatch = req.headers['if-none-match'];
  if (noneMatch === undefined) return false;
  // Ours is always a strong tag; the client's may come weak ("W/…").
  return noneMatch
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || t.replace(/^W\//, '') === etag);
}

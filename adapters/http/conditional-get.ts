import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A strong ETag for a body: the same bytes, the same tag, across restarts and instances. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * True when the client already holds this version (RFC 9110 13.1.2 and 13.1.3): its If-None-Match
 * names the tag (weakly compared, or "*"); without If-None-Match, its If-Modified-Since is not
 * before `changedAt`. A GET answered 304 then, without the body.
 */
export function clientHasIt(req: IncomingMessage, etag: string, changedAt: Date): boolean {
  const noneMatch = req.headers['if-none-match'];
  if (noneMatch !== undefined) {
    const bare = etag.replace(/^W\//, '');
    return noneMatch
      .split(',')
      .map((t) => t.trim())
      .some((t) => t === '*' || t.replace(/^W\//, '') === bare);
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && changedAt.getTime() <= since;
}

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { fromThisMachine } from '../http/same-machine.ts';

/** Why a request to /api/messages was refused in local mode, and with which status. */
export interface LocalRefusal {
  readonly status: 401 | 403;
  readonly reason: 'afkomst' | 'geheim' | 'serviceUrl';
}

/**
 * Local mode checks no Bot Framework token on /api/messages (there are no credentials), so only
 * the local chat may talk to it: its relay sends a secret made at start-up, which lives in this
 * process only. Any web page the person visits, a host name pointing here (DNS rebinding) or
 * another program on this machine then gets nothing carried out. An activity must also name the
 * local connector as its serviceUrl, so an answer never goes anywhere else.
 */
export interface LocalChatGate {
  /** What the local chat's relay sends as `Authorization`. */
  readonly authorization: string;
  /** The local connector's URL, once the chat listens; until then every activity is refused. */
  pinServiceUrl(connectorUrl: string): void;
  /** Checked before the body is read: host, origin, JSON (as the chat page) and the secret. */
  admit(req: IncomingMessage, path: string): LocalRefusal | null;
  /** The serviceUrl an admitted activity is handled with, or a refusal when it named another. */
  serviceUrlFor(named: unknown): string | LocalRefusal;
}

export function createLocalChatGate(boundTo: string): LocalChatGate {
  const authorization = `Bearer ${randomBytes(32).toString('base64url')}`;
  // Digests of equal length, compared in constant time: neither the secret nor its length leaks.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  const expected = digest(authorization);
  let connector: string | undefined;
  const bare = (url: string) => url.replace(/\/+$/, '');
  return {
    authorization,
    pinServiceUrl(connectorUrl) {
      connector = bare(connectorUrl);
    },
    admit(req, path) {
      if (!fromThisMachine(req, path, req.socket.localPort ?? 0, boundTo)) {
        return { status: 403, reason: 'afkomst' };
      }
      const given = req.headers.authorization ?? '';
      return timingSafeEqual(digest(given), expected) ? null : { status: 401, reason: 'geheim' };
    },
    serviceUrlFor(named) {
      if (!connector || (named !== undefined && (typeof named !== 'string' || bare(named) !== connector))) {
        return { status: 403, reason: 'serviceUrl' };
      }
      return connector;
    },
  };
}

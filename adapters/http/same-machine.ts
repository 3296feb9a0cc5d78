import type { IncomingMessage } from 'node:http';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Whether a request to a server of local mode (the local chat's page, Schakel's own
 * /api/messages) may be from this machine's own programs, and not from a website the person
 * running Schakel visits. Any website could otherwise post to it: a form or a no-cors fetch sends
 * text/plain without asking, so a POST to an `/api/` path must be JSON (a browser asks this
 * server first for that, and is not answered) and, when the browser names its origin, come from
 * this server's address. Bound to this machine only, the server must also be asked for by a
 * loopback name: another name that points here (DNS rebinding) gets nothing.
 */
export function fromThisMachine(req: IncomingMessage, path: string, port: number, boundTo: string): boolean {
  const host = req.headers.host ?? '';
  const loopback = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  if (LOOPBACK.has(boundTo) && !loopback.includes(host)) return false;
  if (req.method === 'GET' || req.method === 'HEAD') return true;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return false;
  // Schakel's own calls to the connector come from Node, not from a page: they name no origin.
  if (!path.startsWith('/api/')) return true;
  return (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

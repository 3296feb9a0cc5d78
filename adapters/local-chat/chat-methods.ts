import type { IncomingMessage, ServerResponse } from 'node:http';
import { allowedMethods, pathMatches, sendMethodNotAllowed } from '../http/method-not-allowed.ts';

/**
 * A path the local chat's page and API serve (exact, or a prefix ending in `*`), the method it
 * takes and what answers it. A GET takes HEAD too (the answer without its body), unless `head` is
 * false. Schakel's own connector (/connector/…) is not among them: only Schakel calls it.
 */
export interface ChatRoute {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly head?: false;
  readonly answer: (req: IncomingMessage, res: ServerResponse, path: string) => void | Promise<void>;
}

/** A GET route (with HEAD, unless `head` is false). */
export function get(path: string, answer: ChatRoute['answer'], head?: false): ChatRoute {
  return head === false ? { method: 'GET', path, head, answer } : { method: 'GET', path, answer };
}

/**
 * The method a request is read as among `routes`: HEAD as GET (Node leaves the body out). A path
 * the chat serves asked with a method it does not take is answered here, 405 with `Allow` as on
 * Schakel's own server, and null is returned.
 */
export function chatMethod(
  routes: readonly ChatRoute[],
  method: string | undefined,
  path: string,
  res: ServerResponse,
): string | null {
  const allowed = allowedMethods(routes, path);
  if (allowed.length === 0 || allowed.includes(method ?? ''))
    return method === 'HEAD' ? 'GET' : (method ?? '');
  sendMethodNotAllowed(res, allowed, 'fout');
  return null;
}

/** The route that answers `method` (as chatMethod reads it) on `path`; undefined for none. */
export function chatRouteFor(
  routes: readonly ChatRoute[],
  method: string,
  path: string,
): ChatRoute | undefined {
  return routes.find((r) => r.method === method && pathMatches(r.path, path));
}

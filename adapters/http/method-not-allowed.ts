import type { ServerResponse } from 'node:http';
import { words } from '../../src/messages/catalogue/words.ts';
import { sendJson } from './send-json.ts';

/** What a route takes: its method and path (`*` at the end for a prefix), and whether HEAD too. */
interface RouteShape {
  readonly method: string;
  readonly path: string;
  readonly head?: false;
}

/**
 * The methods Schakel answers on `path`, in the order of the routes (a GET route takes HEAD too,
 * unless it says not); empty for a path Schakel does not serve.
 */
export function allowedMethods(routes: readonly RouteShape[], path: string): string[] {
  const methods = routes
    .filter((r) => pathMatches(r.path, path))
    .flatMap((r) => (r.method === 'GET' && r.head !== false ? ['GET', 'HEAD'] : [r.method]));
  return [...new Set(methods)];
}

/** Whether a route's path (exact, or a prefix ending in `*`) is `path`. */
export function pathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/**
 * A 405 for a path Schakel serves, asked with another method: `Allow` names the ones it takes.
 * `key`: the body's field for the words, `error` on Schakel's server, `fout` in the local chat's API.
 */
export function sendMethodNotAllowed(
  res: ServerResponse,
  methods: readonly string[],
  key: 'error' | 'fout' = 'error',
): void {
  res.setHeader('allow', methods.join(', '));
  sendJson(res, 405, { [key]: words('nl').web.methodNotAllowed(methods) });
}

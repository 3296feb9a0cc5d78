import type { ServerResponse } from 'node:http';
import { allowedMethods, sendMethodNotAllowed } from '../http/method-not-allowed.ts';
import { PAGE_PATHS } from './page-files.ts';

/**
 * The paths the local chat's page and API serve (local-chat.ts) and the method each takes; a GET
 * takes HEAD too (the answer without its body), except the event stream. Schakel's own connector
 * (/connector/…) is not among them: only Schakel calls it.
 */
const CHAT_ROUTES = [
  ...PAGE_PATHS.map((path) => ({ method: 'GET', path })),
  { method: 'GET', path: '/bestanden/*' },
  { method: 'GET', path: '/api/toestand' },
  { method: 'GET', path: '/api/datum' },
  { method: 'GET', path: '/api/gesprek' },
  { method: 'GET', path: '/api/volgende' },
  { method: 'GET', path: '/api/gebeurtenissen', head: false as const },
  ...['/api/bericht', '/api/actie', '/api/bestand', '/api/klok'].map((path) => ({ method: 'POST', path })),
];

/**
 * The method `route` reads a request as: HEAD as GET (Node leaves the body out). A path the chat
 * serves asked with a method it does not take is answered here, 405 with `Allow` as on Schakel's
 * own server, and null is returned.
 */
export function chatMethod(method: string | undefined, path: string, res: ServerResponse): string | null {
  const allowed = allowedMethods(CHAT_ROUTES, path);
  if (allowed.length === 0 || allowed.includes(method ?? ''))
    return method === 'HEAD' ? 'GET' : (method ?? '');
  sendMethodNotAllowed(res, allowed, 'fout');
  return null;
}

/**
 * A server Schakel had to reach (Slack, Teams, an AI service) could not be reached, in one plain
 * line: Node's own words ("connect ECONNREFUSED 127.0.0.1:80", "fetch failed") are English and
 * name a system call. The database has its own line (database-reach.ts).
 */

import { words } from '../messages/catalogue/words.ts';

/** The catalogue's `cli` words (networkReasons and the line around them), in Dutch or English. */
const said = (english: boolean) => words(english ? 'en' : 'nl').cli;

interface NetworkError {
  readonly code?: string;
  readonly address?: string;
  readonly hostname?: string;
  readonly port?: number;
  readonly cause?: unknown;
}

/** The network error in `err` or its causes (fetch wraps it in "fetch failed"), or null. */
function networkCause(err: unknown): NetworkError | null {
  for (
    let e = err as NetworkError | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as NetworkError, depth++
  ) {
    if (typeof e === 'object' && typeof e.code === 'string' && e.code in said(false).networkReasons) return e;
  }
  return null;
}

/** Where (host and port, when Node gives them) and why a server could not be reached; null for any other error. */
export function unreachable(err: unknown, english: boolean): { where?: string; why: string } | null {
  const e = networkCause(err);
  if (!e) return null;
  const host = e.hostname ?? e.address;
  const why = said(english).networkReasons[e.code!]!;
  if (!host) return { why };
  // An IPv6 address before its port in brackets, as a URL writes it: [::1]:5432, never ::1:5432.
  const named = e.port && host.includes(':') ? `[${host}]` : host;
  return { where: `${named}${e.port ? `:${e.port}` : ''}`, why };
}

/** "127.0.0.1:5432: de verbinding werd geweigerd", for a sentence of the caller's; null for any other error. */
export function networkReason(err: unknown, english: boolean): string | null {
  const found = unreachable(err, english);
  return found && (found.where ? `${found.where}: ${found.why}` : found.why);
}

/** One line for a server that could not be reached; null for any other error. */
export function networkProblem(err: unknown, english: boolean): string | null {
  const found = unreachable(err, english);
  if (!found) return null;
  return said(english).unreachableServer(found.where ?? said(english).someServer, found.why);
}

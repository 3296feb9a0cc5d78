/**
 * A server Schakel had to reach (Slack, Teams, an AI service) could not be reached, in one plain
 * line: Node's own words ("connect ECONNREFUSED 127.0.0.1:80", "fetch failed") are English and
 * name a system call. The database has its own line (database-reach.ts).
 */

import type { Bilingual as Words } from './command.ts';

const REASONS: Readonly<Record<string, Words>> = {
  ECONNREFUSED: { nl: 'de verbinding werd geweigerd', en: 'the connection was refused' },
  ENOTFOUND: { nl: 'die naam is onbekend', en: 'that name is unknown' },
  EAI_AGAIN: { nl: 'de naam kon niet worden opgezocht', en: 'the name could not be looked up' },
  ETIMEDOUT: { nl: 'er kwam geen antwoord op tijd', en: 'no answer came in time' },
  ECONNRESET: { nl: 'de verbinding werd verbroken', en: 'the connection was broken off' },
  EHOSTUNREACH: { nl: 'die computer is onbereikbaar', en: 'that computer is unreachable' },
  ENETUNREACH: { nl: 'het netwerk is onbereikbaar', en: 'the network is unreachable' },
};

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
    if (typeof e === 'object' && typeof e.code === 'string' && e.code in REASONS) return e;
  }
  return null;
}

/** Where (host and port, when Node gives them) and why a server could not be reached; null for any other error. */
export function unreachable(err: unknown, english: boolean): { where?: string; why: string } | null {
  const e = networkCause(err);
  if (!e) return null;
  const host = e.hostname ?? e.address;
  const why = REASONS[e.code!]![english ? 'en' : 'nl'];
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
  const where = found.where ?? (english ? 'a server' : 'een server');
  return english
    ? `Cannot reach ${where}: ${found.why}. Check the network connection and the addresses in the settings (schakel doctor).`
    : `Kan ${where} niet bereiken: ${found.why}. Controleer de netwerkverbinding en de adressen in de instellingen (schakel doctor).`;
}

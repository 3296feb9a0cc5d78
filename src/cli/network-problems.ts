/**
 * A server Schakel had to reach (Slack, Teams, an AI service) could not be reached, in one plain
 * line: Node's own words ("connect ECONNREFUSED 127.0.0.1:80", "fetch failed") are English and
 * name a system call. The database has its own line (database-reach.ts).
 */

type Words = { readonly nl: string; readonly en: string };

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

/** One line for a server that could not be reached; null for any other error. */
export function networkProblem(err: unknown, english: boolean): string | null {
  const e = networkCause(err);
  if (!e) return null;
  const host = e.hostname ?? e.address;
  const where = host ? `${host}${e.port ? `:${e.port}` : ''}` : english ? 'a server' : 'een server';
  const why = REASONS[e.code!]![english ? 'en' : 'nl'];
  return english
    ? `Cannot reach ${where}: ${why}. Check the network connection and the addresses in the settings (schakel doctor).`
    : `Kan ${where} niet bereiken: ${why}. Controleer de netwerkverbinding en de adressen in de instellingen (schakel doctor).`;
}

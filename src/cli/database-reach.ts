import { networkReason } from './network-problems.ts';

/** The configured PostgreSQL server did not answer: said in one plain line, never as a stack. */
export class DatabaseUnreachable extends Error {
  constructor(cause: unknown) {
    super(`database unreachable: ${(cause as Error)?.message}`, { cause });
    this.name = 'DatabaseUnreachable';
  }
}

export function unreachableText(err: DatabaseUnreachable, english: boolean): string {
  // In words where it is a network error (the same as any other server's); pg's own message otherwise
  // ("password authentication failed ...").
  const reason = networkReason(err.cause, english) ?? (err.cause as Error)?.message;
  return english
    ? `Schakel cannot reach the database (${reason}). Check DATABASE_URL and that the server is running; "schakel doctor" tells more.`
    : `Schakel kan de database niet bereiken (${reason}). Controleer DATABASE_URL en of de server draait; "schakel doctor" zegt meer.`;
}

import { words } from '../messages/catalogue/words.ts';
import { networkReason } from './network-problems.ts';

/** The configured PostgreSQL server did not answer: said in one plain line, never as a stack. */
export class DatabaseUnreachable extends Error {
  constructor(cause: unknown) {
    super(`database unreachable: ${(cause as Error)?.message}`, { cause });
    this.name = 'DatabaseUnreachable';
  }
}

/** The name pg's message quotes (`role "schakel" does not exist`): a role or database, never a secret. */
const quoted = (message: string) => /"([^"]*)"/.exec(message)?.[1] ?? '';

/**
 * Why the database could not be used, in words (`start`, `migrate` and `doctor` alike): pg's own
 * message is English ("connect ECONNREFUSED …", `role "x" does not exist`). By PostgreSQL's
 * error code (SQLSTATE); any other error keeps its own message.
 */
export function databaseReason(err: unknown, english: boolean): string {
  const w = words(english ? 'en' : 'nl').cli.database;
  const network = networkReason(err, english);
  if (network) return network;
  const e = err as { code?: string; message?: string } | undefined;
  const message = e?.message ?? String(err);
  if (e?.code === '28000' && /^role /.test(message)) return w.roleMissing(quoted(message));
  if (e?.code === '3D000') return w.databaseMissing(quoted(message));
  if (e?.code === '28P01') return w.passwordRefused(quoted(message));
  if (/^Connection terminated unexpectedly/.test(message)) return w.terminated;
  return message;
}

export function unreachableText(err: DatabaseUnreachable, english: boolean): string {
  return words(english ? 'en' : 'nl').cli.database.unreachable(databaseReason(err.cause, english));
}

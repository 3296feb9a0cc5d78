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
  if (e?.code === '28000' && /pg_hba\.conf/.test(message)) return w.hbaRefused;
  if (e?.code === '3D000') return w.databaseMissing(quoted(message));
  if (e?.code === '28P01') return w.passwordRefused(quoted(message));
  if (/^Connection terminated unexpectedly/.test(message)) return w.terminated;
  return message;
}

/** A role or database name as SQL writes it: quoted unless it is a plain lower-case identifier. */
const sqlName = (name: string) =>
  /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;

/**
 * The server answered but refused Schakel (the role or database does not exist, the password or
 * pg_hba.conf says no): which, and what to do about it. Undefined for anything else.
 */
export function refusalText(err: unknown, english: boolean): string | undefined {
  const w = words(english ? 'en' : 'nl').cli.database;
  const e = err as { code?: string; message?: string } | undefined;
  const message = e?.message ?? '';
  const advice =
    e?.code === '3D000'
      ? w.makeDatabase(sqlName(quoted(message)))
      : e?.code === '28P01'
        ? w.fixPassword
        : e?.code === '28000' && /^role /.test(message)
          ? w.makeRole(sqlName(quoted(message)))
          : e?.code === '28000' && /pg_hba\.conf/.test(message)
            ? w.fixHba
            : undefined;
  return advice && w.refused(databaseReason(err, english), advice);
}

export function unreachableText(err: DatabaseUnreachable, english: boolean): string {
  return (
    refusalText(err.cause, english) ??
    words(english ? 'en' : 'nl').cli.database.unreachable(databaseReason(err.cause, english))
  );
}

import { words } from '../messages/catalogue/words.ts';
import { networkReason } from './network-problems.ts';

/** The configured PostgreSQL server did not answer: said in one plain line, never as a stack. */
export class DatabaseUnreachable extends Error {
  constructor(cause: unknown) {
    super(`database unreachable: ${(cause as Error)?.message}`, { cause });
    this.name = 'DatabaseUnreachable';
  }
}

/**
 * The name pg's message quotes (`role "schakel" does not exist`): a role or database, never a
 * secret. From the first quote to the last, so a name with a quote in it comes whole.
 */
const quoted = (message: string) => /"(.*)"/s.exec(message)?.[1] ?? '';

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
  if (NO_SSL.test(message)) return w.noSsl;
  return message;
}

/** pg's words when DATABASE_URL asks for SSL and the server answers it has none. */
const NO_SSL = /^The server does not support SSL connections/;

/** A role or database name as SQL writes it: quoted unless it is a plain lower-case identifier. */
const sqlName = (name: string) =>
  /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;

/**
 * The server answered but refused Schakel (the role or database does not exist, the password or
 * pg_hba.conf says no): which, and what to do about it. Undefined for anything else.
 */
export function refusalText(err: unknown, english: boolean, url?: string): string | undefined {
  const w = words(english ? 'en' : 'nl').cli.database;
  const e = err as { code?: string; message?: string } | undefined;
  const message = e?.message ?? '';
  const owner = userOf(url);
  const advice =
    e?.code === '3D000'
      ? owner
        ? w.makeDatabaseFor(sqlName(quoted(message)), sqlName(owner))
        : w.makeDatabase(sqlName(quoted(message)))
      : e?.code === '28P01'
        ? w.fixPassword
        : e?.code === '28000' && /^role /.test(message)
          ? w.makeRole(sqlName(quoted(message)))
          : e?.code === '28000' && /pg_hba\.conf/.test(message)
            ? w.fixHba
            : NO_SSL.test(message)
              ? w.fixSsl
              : undefined;
  return advice && w.refused(databaseReason(err, english), advice);
}

/** The user DATABASE_URL names (`postgres://regiobeheer:…@host/db`), or undefined; never the password. */
function userOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).username) || undefined;
  } catch {
    return undefined;
  }
}

export function unreachableText(err: DatabaseUnreachable, english: boolean, url?: string): string {
  return (
    refusalText(err.cause, english, url) ??
    words(english ? 'en' : 'nl').cli.database.unreachable(databaseReason(err.cause, english))
  );
}

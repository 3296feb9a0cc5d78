import type { Database } from './database.ts';

// PostgreSQL's codes for a prepared statement that is missing or already there.
const STATEMENT_NAME_CODES = new Set(['26000', '42P05']);
const TRIES = 64;

/**
 * Whether the connections Schakel gets share their server connections between transactions, as
 * a pooler in transaction (or statement) pooling does (PgBouncer before 1.21, or without
 * max_prepared_statements). Schakel prepares its busiest statements by name, once per connection
 * (the replay claim, the check-in): behind such a pooler one is missing on, or already on, the
 * server connection a later transaction gets, and that request fails. Asked the way it fails: the
 * same named statement from several connections at once. A server that is not behind a pooler, or
 * one in session pooling, never fails this.
 */
export async function sharesServerConnections(db: Database): Promise<boolean> {
  const name = `schakel-pooler-probe-${process.pid}`;
  const results = await Promise.allSettled(
    Array.from({ length: TRIES }, (_, i) =>
      db.pool.query({ name, text: 'SELECT $1::int AS n', values: [i] }),
    ),
  );
  return results.some(
    (r) => r.status === 'rejected' && STATEMENT_NAME_CODES.has((r.reason as { code?: string }).code ?? ''),
  );
}

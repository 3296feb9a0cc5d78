import type { Database, Queryable } from '../../src/store/database.ts';

/** `db` whose transactions count the statements sent in them: `counter.statements` (set it to 0 to start over). */
export function countingStatements(db: Database): { readonly db: Database; statements: number } {
  const counter = { db, statements: 0 };
  const counting = (client: Queryable): Queryable => ({
    query: ((...args: Parameters<Queryable['query']>) => {
      counter.statements++;
      return (client.query as (...a: unknown[]) => unknown)(...args);
    }) as Queryable['query'],
  });
  counter.db = { ...db, transaction: (fn) => db.transaction((client) => fn(counting(client))) };
  return counter;
}

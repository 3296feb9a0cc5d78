import type { Database, Queryable } from './database.ts';

/**
 * How use cases reach the data without holding the pool or a transaction's client: a repository
 * is a plain object of methods bound to one handle, and a unit of work runs a function on the
 * repositories of one transaction. Both are built here, in src/store/, and passed in by the
 * composition (src/core.ts, the CLI); a use case never sees the pool.
 */

type RepositoryFunction = (db: Queryable, ...args: never[]) => unknown;

/** Repository functions `(db, …args)` as methods `(…args)` on one handle. */
export type Bound<F extends Record<string, RepositoryFunction>> = {
  readonly [K in keyof F]: F[K] extends (db: Queryable, ...args: infer A) => infer R
    ? (...args: A) => R
    : never;
};

export function bind<F extends Record<string, RepositoryFunction>>(db: Queryable, functions: F): Bound<F> {
  return Object.fromEntries(
    Object.entries(functions).map(([name, fn]) => [name, (...args: never[]) => fn(db, ...args)]),
  ) as Bound<F>;
}

export interface UnitOfWork<R> {
  /** The repositories on the pool: reads may run side by side. */
  readonly read: R;
  /** Runs fn on the repositories of one transaction: all of it lands, or none. One query at a time. */
  transaction<T>(fn: (tx: R) => Promise<T>): Promise<T>;
}

export function unitOfWork<R>(db: Database, repositories: (handle: Queryable) => R): UnitOfWork<R> {
  return {
    read: repositories(db.pool),
    transaction: (fn) => db.transaction((tx) => fn(repositories(tx))),
  };
}

import { readFile } from 'node:fs/promises';
import type { Database } from '../../src/store/database.ts';

/** Linux counts process CPU time in ticks of 10 ms (USER_HZ 100). */
const TICK_MS = 10;

/**
 * The CPU time the PostgreSQL backends of this database have used so far, in milliseconds, read
 * from /proc: only when the server runs on this machine (Linux); null otherwise.
 */
export async function databaseCpuMs(db: Database): Promise<number | null> {
  const { rows } = await db.pool.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database()',
  );
  let ticks = 0;
  for (const { pid } of rows) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    if (stat === null) return null;
    // After the command name in parentheses: utime and stime are the 12th and 13th fields.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * TICK_MS;
}

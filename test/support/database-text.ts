import type { Database } from '../../src/store/database.ts';

/** Every row of every table as text: to prove a refused text was stored nowhere. */
export async function databaseText(db: Database): Promise<string> {
  const { rows } = await db.pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const parts: string[] = [];
  for (const { table_name } of rows) {
    const r = await db.pool.query(`SELECT row_to_json(t)::text AS j FROM "${table_name}" t`);
    parts.push(...r.rows.map((x) => x.j as string));
  }
  return parts.join('\n');
}

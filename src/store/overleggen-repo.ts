import type { Queryable } from './database.ts';

export async function overlegNamesOf(db: Queryable, memberId: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT o.name FROM overleggen o JOIN overleg_members om ON om.overleg_id = o.id
      WHERE om.member_id = $1 ORDER BY o.kind, o.name`,
    [memberId],
  );
  return rows.map((r) => r.name);
}

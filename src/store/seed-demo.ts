import { DEMO_MEMBERS, DEMO_OVERLEGGEN, DEMO_REGION } from '../domain/demo-region.ts';
import type { Database } from './database.ts';
import { linkIdentity } from './members-repo.ts';

/** Seeds the fictional demo region once; returns false when it was already there. */
export async function seedDemo(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inserted = await tx.query(
      `INSERT INTO regions (id, name, start_level, target_level) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [DEMO_REGION.id, DEMO_REGION.name, DEMO_REGION.startLevel, DEMO_REGION.targetLevel],
    );
    if (inserted.rowCount === 0) return false;
    const ids = new Map<string, string>();
    for (const m of DEMO_MEMBERS) {
      const { rows } = await tx.query<{ id: string }>(
        'INSERT INTO members (region_id, name, organisation, domain) VALUES ($1, $2, $3, $4) RETURNING id',
        [DEMO_REGION.id, m.name, m.organisation, m.domain],
      );
      const id = rows[0]!.id;
      ids.set(m.key, id);
      for (const role of m.roles) {
        await tx.query('INSERT INTO member_roles (member_id, role) VALUES ($1, $2)', [id, role]);
      }
      for (const identity of m.identities) await linkIdentity(tx, identity, id);
    }
    for (const o of DEMO_OVERLEGGEN) {
      const { rows } = await tx.query<{ id: string }>(
        'INSERT INTO overleggen (region_id, name, kind) VALUES ($1, $2, $3) RETURNING id',
        [DEMO_REGION.id, o.name, o.kind],
      );
      for (const key of o.members) {
        await tx.query('INSERT INTO overleg_members (overleg_id, member_id) VALUES ($1, $2)', [
          rows[0]!.id,
          ids.get(key),
        ]);
      }
    }
    return true;
  });
}

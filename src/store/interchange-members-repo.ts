import type { GuardedText } from '../privacy/guarded-text.ts';
import type { Queryable } from './database.ts';

/** Members per statement, as `schakel members import` writes them (member-import-repo.ts). */
const BATCH = 1000;

export interface InterchangeMember {
  readonly id: string;
  readonly regionId: string;
  readonly name: GuardedText;
  readonly organisation: GuardedText;
  readonly domain: string;
  readonly email: string | null;
  readonly roles: readonly string[];
}

/**
 * The members of a schakel/v1 file with their roles, a thousand at a time: three statements per
 * thousand instead of three per member. The file states each member's roles in full, so roles it
 * leaves out are taken away. The ids in one file are different (validation refuses a repeated one).
 */
export async function upsertMembers(db: Queryable, members: readonly InterchangeMember[]): Promise<void> {
  for (let start = 0; start < members.length; start += BATCH) {
    await upsertBatch(db, members.slice(start, start + BATCH));
  }
}

async function upsertBatch(db: Queryable, members: readonly InterchangeMember[]): Promise<void> {
  const ids = members.map((m) => m.id);
  await db.query(
    `INSERT INTO members (id, region_id, name, organisation, domain, email)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, organisation = EXCLUDED.organisation,
       domain = EXCLUDED.domain, email = EXCLUDED.email`,
    [
      ids,
      members.map((m) => m.regionId),
      members.map((m) => m.name),
      members.map((m) => m.organisation),
      members.map((m) => m.domain),
      members.map((m) => m.email),
    ],
  );
  const roles = members.flatMap((m) => m.roles.map((role) => [m.id, role] as const));
  const roleIds = roles.map(([id]) => id);
  const roleNames = roles.map(([, role]) => role);
  await db.query(
    `DELETE FROM member_roles r WHERE r.member_id = ANY($1::uuid[])
       AND NOT EXISTS (SELECT 1 FROM unnest($2::uuid[], $3::text[]) AS k(id, role)
                        WHERE k.id = r.member_id AND k.role = r.role)`,
    [ids, roleIds, roleNames],
  );
  await db.query(
    'INSERT INTO member_roles (member_id, role) SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT DO NOTHING',
    [roleIds, roleNames],
  );
}

import type { PlatformUser } from '../domain/members.ts';
import type { MemberRow } from '../members/csv-import.ts';
import { audit } from './audit-repo.ts';
import type { Database, Queryable } from './database.ts';
import { linkIdentity } from './members-repo.ts';
import { bind, unitOfWork } from './unit-of-work.ts';

/** Adds or updates one member (the same e-mail in the region is the same person), their roles and accounts. */
export async function upsertMember(
  db: Queryable,
  regionId: string,
  overlegId: string | null,
  m: MemberRow,
  identities: readonly PlatformUser[],
): Promise<'added' | 'updated'> {
  const existing = await db.query<{ id: string }>(
    'SELECT id FROM members WHERE region_id = $1 AND lower(email) = $2',
    [regionId, m.email],
  );
  let id = existing.rows[0]?.id;
  if (id) {
    await db.query('UPDATE members SET name = $2, organisation = $3, domain = $4 WHERE id = $1', [
      id,
      m.name,
      m.organisation,
      m.domain,
    ]);
  } else {
    const { rows } = await db.query<{ id: string }>(
      'INSERT INTO members (region_id, name, organisation, domain, email) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [regionId, m.name, m.organisation, m.domain, m.email],
    );
    id = rows[0]!.id;
  }
  for (const role of m.roles) {
    await db.query('INSERT INTO member_roles (member_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      id,
      role,
    ]);
  }
  for (const identity of identities) await linkIdentity(db, identity, id);
  if (overlegId) {
    await db.query(
      'INSERT INTO overleg_members (overleg_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [overlegId, id],
    );
  }
  return existing.rows[0] ? 'updated' : 'added';
}

export async function findOverlegByName(
  db: Queryable,
  regionId: string,
  name: string,
): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM overleggen WHERE region_id = $1 AND name = $2',
    [regionId, name],
  );
  return rows[0]?.id ?? null;
}

export async function regionExists(db: Queryable, regionId: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM regions WHERE id = $1', [regionId])).rowCount === 1;
}

/** `schakel members import`: the region and werkgroep it names, each member, and the logbook line. */
export const memberImportRepository = (db: Queryable) =>
  bind(db, { regionExists, findOverlegByName, upsertMember, audit });
export type MemberImportRepository = ReturnType<typeof memberImportRepository>;
export const memberImportStore = (db: Database) => unitOfWork(db, memberImportRepository);

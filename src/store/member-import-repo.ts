import type { PlatformUser } from '../domain/members.ts';
import type { MemberRow } from '../members/csv-import.ts';
import { audit } from './audit-repo.ts';
import type { Database, Queryable } from './database.ts';
import { bind, unitOfWork } from './unit-of-work.ts';

/** Rows per statement: large enough that 10 000 members take a few dozen statements, small enough for one message. */
const BATCH = 1000;

/**
 * Adds or updates members (the same e-mail in the region is the same person), their roles and
 * accounts, a thousand at a time: a handful of statements per thousand members instead of four
 * per member, each of which searched the region for the e-mail address.
 */
export async function upsertMembers(
  db: Queryable,
  regionId: string,
  overlegId: string | null,
  members: ReadonlyArray<{ readonly row: MemberRow; readonly identities: readonly PlatformUser[] }>,
): Promise<{ added: number; updated: number; renamed: Renamed[] }> {
  let added = 0;
  const renamed: Renamed[] = [];
  for (let start = 0; start < members.length; start += BATCH) {
    added += await upsertBatch(db, regionId, overlegId, members.slice(start, start + BATCH), renamed);
  }
  return { added, updated: members.length - added, renamed };
}

/** A member already there whose row (found by e-mail address) gave another name. */
export interface Renamed {
  readonly from: string;
  readonly to: string;
  readonly email: string;
}

/** One batch; the e-mail addresses in it are different (the CSV check refuses a repeated one). */
async function upsertBatch(
  db: Queryable,
  regionId: string,
  overlegId: string | null,
  members: ReadonlyArray<{ readonly row: MemberRow; readonly identities: readonly PlatformUser[] }>,
  renamed: Renamed[],
): Promise<number> {
  const rows = members.map((m) => m.row);
  const ids = await existingIds(db, regionId, rows);
  const known = rows.filter((r) => ids.has(keyOf(r)));
  const fresh = rows.filter((r) => !ids.has(keyOf(r)));
  if (known.length > 0) {
    const before = await db.query<{ id: string; name: string }>(
      'SELECT id, name FROM members WHERE id = ANY($1::uuid[])',
      [known.map((r) => ids.get(keyOf(r)))],
    );
    const names = new Map(before.rows.map((m) => [m.id, m.name]));
    for (const r of known) {
      const was = names.get(ids.get(keyOf(r))!);
      if (r.email && was !== undefined && was !== r.name)
        renamed.push({ from: was, to: r.name, email: r.email.toLowerCase() });
    }
    await db.query(
      `UPDATE members m SET name = u.name, organisation = u.organisation, domain = u.domain,
              email = coalesce(m.email, u.email)
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])
              AS u(id, name, organisation, domain, email)
        WHERE m.id = u.id`,
      [known.map((r) => ids.get(keyOf(r))), ...columns(known), known.map((r) => r.email)],
    );
  }
  if (fresh.length > 0) {
    const inserted = await db.query<{ id: string; email: string | null; name: string; organisation: string }>(
      `INSERT INTO members (region_id, name, organisation, domain, email)
       SELECT $1::text, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])
       RETURNING id, email, name, organisation`,
      [regionId, ...columns(fresh), fresh.map((r) => r.email)],
    );
    for (const r of inserted.rows) ids.set(keyOf(r), r.id);
  }
  const roles = rows.flatMap((r) => r.roles.map((role) => [ids.get(keyOf(r))!, role] as const));
  await db.query(
    `INSERT INTO member_roles (member_id, role) SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT DO NOTHING`,
    [roles.map(([id]) => id), roles.map(([, role]) => role)],
  );
  // The same account found for two addresses ends with the last, as one statement per account did.
  const accounts = new Map<string, [PlatformUser, string]>();
  for (const m of members) {
    for (const u of m.identities)
      accounts.set(`${u.platform} ${u.workspace} ${u.userId}`, [u, ids.get(keyOf(m.row))!]);
  }
  if (accounts.size > 0) {
    const linked = [...accounts.values()];
    await db.query(
      `INSERT INTO platform_identities (platform, workspace, user_id, member_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[])
       ON CONFLICT (platform, workspace, user_id) DO UPDATE SET member_id = EXCLUDED.member_id`,
      [
        linked.map(([u]) => u.platform),
        linked.map(([u]) => u.workspace),
        linked.map(([u]) => u.userId),
        linked.map(([, id]) => id),
      ],
    );
  }
  if (overlegId) {
    await db.query(
      `INSERT INTO overleg_members (overleg_id, member_id) SELECT $1::uuid, * FROM unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [overlegId, rows.map((r) => ids.get(keyOf(r))!)],
    );
  }
  return fresh.length;
}

/**
 * Who a row is: the e-mail address (the same in the region is the same person), or without one
 * the name and organisation among the region's members without an address.
 */
const keyOf = (m: { email: string | null; name: string; organisation: string }) =>
  m.email ? `@${m.email.toLowerCase()}` : `${m.name.toLowerCase()}\n${m.organisation.toLowerCase()}`;

/** The ids of the rows' members already in the region, by keyOf. */
async function existingIds(db: Queryable, regionId: string, rows: readonly MemberRow[]) {
  const withEmail = rows.flatMap((r) => (r.email ? [r.email] : []));
  const without = rows.filter((r) => !r.email);
  const found = await db.query<{ id: string; email: string | null; name: string; organisation: string }>(
    `SELECT m.id, e.email, m.name, m.organisation FROM unnest($2::text[]) AS e(email)
       JOIN members m ON m.region_id = $1 AND lower(m.email) = e.email
     UNION ALL
     SELECT m.id, NULL, m.name, m.organisation FROM unnest($3::text[], $4::text[]) AS n(name, organisation)
       JOIN members m ON m.region_id = $1 AND m.email IS NULL
        AND lower(m.name) = n.name AND lower(m.organisation) = n.organisation`,
    [
      regionId,
      withEmail,
      without.map((r) => r.name.toLowerCase()),
      without.map((r) => r.organisation.toLowerCase()),
    ],
  );
  const ids = new Map(found.rows.map((r) => [keyOf(r), r.id]));
  // A member imported before without an address, now given one: the same person, not a new one.
  const gotAddress = rows.filter((r) => r.email && !ids.has(keyOf(r)));
  if (gotAddress.length > 0) {
    const before = await db.query<{ id: string; name: string; organisation: string }>(
      `SELECT DISTINCT ON (lower(m.name), lower(m.organisation)) m.id, m.name, m.organisation
         FROM unnest($2::text[], $3::text[]) AS n(name, organisation)
         JOIN members m ON m.region_id = $1 AND m.email IS NULL
          AND lower(m.name) = n.name AND lower(m.organisation) = n.organisation`,
      [
        regionId,
        gotAddress.map((r) => r.name.toLowerCase()),
        gotAddress.map((r) => r.organisation.toLowerCase()),
      ],
    );
    const byName = new Map(before.rows.map((m) => [keyOf({ ...m, email: null }), m.id]));
    for (const r of gotAddress) {
      const id = byName.get(keyOf({ ...r, email: null }));
      if (id) ids.set(keyOf(r), id);
    }
  }
  return ids;
}

const columns = (rows: readonly MemberRow[]) => [
  rows.map((r) => r.name),
  rows.map((r) => r.organisation),
  rows.map((r) => r.domain),
];

export async function findOverlegByName(
  db: Queryable,
  regionId: string,
  name: string,
): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    // Capitals do not count, as with members erase --naam; an exact match first.
    `SELECT id FROM overleggen WHERE region_id = $1 AND lower(btrim(name)) = lower(btrim($2))
      ORDER BY (name = $2) DESC, name LIMIT 1`,
    [regionId, name],
  );
  return rows[0]?.id ?? null;
}

export async function regionExists(db: Queryable, regionId: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM regions WHERE id = $1', [regionId])).rowCount === 1;
}

/** `schakel members import`: the region and werkgroep it names, each member, and the logbook line. */
export const memberImportRepository = (db: Queryable) =>
  bind(db, { regionExists, findOverlegByName, upsertMembers, audit });
export type MemberImportRepository = ReturnType<typeof memberImportRepository>;
export const memberImportStore = (db: Database) => unitOfWork(db, memberImportRepository);

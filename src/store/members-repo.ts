import { z } from 'zod';
import { DOMAINS, type Member, type PlatformUser, ROLES } from '../domain/members.ts';
import { isLocale } from '../messages/locale.ts';
import type { Queryable } from './database.ts';
import type { StoredLocale } from './member-locale-repo.ts';

const memberRow = z.object({
  id: z.string(),
  region_id: z.string(),
  name: z.string(),
  organisation: z.string(),
  domain: z.enum(DOMAINS),
  roles: z.array(z.enum(ROLES)).nullable(),
  locale: z.string().nullable(),
  locale_chosen: z.boolean(),
});

function toMember(row: unknown): Member {
  return toMemberAndLocale(row).member;
}

/** A row of `memberByIdentity` (extra columns are ignored). */
export function toMemberAndLocale(row: unknown): MemberAndLocale {
  const r = memberRow.parse(row);
  return {
    member: {
      id: r.id,
      regionId: r.region_id,
      name: r.name,
      organisation: r.organisation,
      domain: r.domain,
      roles: r.roles ?? [],
    },
    locale: { locale: isLocale(r.locale) ? r.locale : null, chosen: r.locale_chosen },
  };
}

/** A member with their stored language, read together (a request needs both). */
export interface MemberAndLocale {
  readonly member: Member;
  readonly locale: StoredLocale;
}

const SELECT_MEMBER = `
  SELECT m.id, m.region_id, m.name, m.organisation, m.domain, m.locale, m.locale_chosen,
         array_remove(array_agg(r.role ORDER BY r.role), NULL) AS roles
    FROM members m LEFT JOIN member_roles r ON r.member_id = m.id`;

export async function findMemberByIdentity(db: Queryable, user: PlatformUser): Promise<Member | null> {
  return (await findMemberAndLocale(db, user))?.member ?? null;
}

/** The member behind a platform user with their stored language, in one query; null when unknown. */
export async function findMemberAndLocale(
  db: Queryable,
  user: PlatformUser,
): Promise<MemberAndLocale | null> {
  const { rows } = await db.query({
    name: 'member-and-locale-by-identity',
    text: memberByIdentity('$1', '$2', '$3'),
    values: [user.platform, user.workspace, user.userId],
  });
  return rows[0] ? toMemberAndLocale(rows[0]) : null;
}

/** The query of findMemberAndLocale, with its parameters (platform, workspace, user id) named. */
export function memberByIdentity(platform: string, workspace: string, userId: string): string {
  return `${SELECT_MEMBER}
      JOIN platform_identities p ON p.member_id = m.id
     WHERE p.platform = ${platform} AND p.workspace = ${workspace} AND p.user_id = ${userId}
     GROUP BY m.id`;
}

export async function findMember(db: Queryable, id: string): Promise<Member | null> {
  const { rows } = await db.query(`${SELECT_MEMBER} WHERE m.id = $1 GROUP BY m.id`, [id]);
  return rows[0] ? toMember(rows[0]) : null;
}

export async function linkIdentity(db: Queryable, user: PlatformUser, memberId: string): Promise<void> {
  await db.query(
    `INSERT INTO platform_identities (platform, workspace, user_id, member_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (platform, workspace, user_id) DO UPDATE SET member_id = EXCLUDED.member_id`,
    [user.platform, user.workspace, user.userId, memberId],
  );
}

/** The names of a region's projectleiders, as a refusal names them to a member of that region. */
export async function projectleiderNames(db: Queryable, regionId: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT m.name FROM members m JOIN member_roles r ON r.member_id = m.id AND r.role = 'projectleider'
      WHERE m.region_id = $1 ORDER BY m.name`,
    [regionId],
  );
  return rows.map((r) => r.name);
}

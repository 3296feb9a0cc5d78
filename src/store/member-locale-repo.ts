import { z } from 'zod';
import type { PlatformUser } from '../domain/members.ts';
import { isLocale, type Locale } from '../messages/locale.ts';
import type { Queryable } from './database.ts';

const localeRow = z.object({ locale: z.string().nullable(), locale_chosen: z.boolean() });

export interface StoredLocale {
  readonly locale: Locale | null;
  /** The member chose it (`taal en`): the platform's locale does not change it. */
  readonly chosen: boolean;
}

/** The stored language of the member behind a platform user; null when Schakel does not know them. */
export async function localeOfUser(db: Queryable, user: PlatformUser): Promise<StoredLocale | null> {
  const { rows } = await db.query(
    `SELECT m.locale, m.locale_chosen FROM members m
       JOIN platform_identities p ON p.member_id = m.id
      WHERE p.platform = $1 AND p.workspace = $2 AND p.user_id = $3`,
    [user.platform, user.workspace, user.userId],
  );
  if (!rows[0]) return null;
  const r = localeRow.parse(rows[0]);
  return { locale: isLocale(r.locale) ? r.locale : null, chosen: r.locale_chosen };
}

/** What the platform says the member's language is; ignored once the member chose one. */
export async function rememberPlatformLocale(
  db: Queryable,
  user: PlatformUser,
  locale: Locale,
): Promise<void> {
  await db.query(
    `UPDATE members m SET locale = $4
       FROM platform_identities p
      WHERE p.member_id = m.id AND p.platform = $1 AND p.workspace = $2 AND p.user_id = $3
        AND NOT m.locale_chosen AND m.locale IS DISTINCT FROM $4`,
    [user.platform, user.workspace, user.userId, locale],
  );
}

/** The member's own choice (`taal en`); true when the member is known. */
export async function chooseLocale(db: Queryable, memberId: string, locale: Locale): Promise<void> {
  await db.query('UPDATE members SET locale = $2, locale_chosen = true WHERE id = $1', [memberId, locale]);
}

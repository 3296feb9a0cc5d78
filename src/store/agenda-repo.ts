import type { PlatformUser } from '../domain/members.ts';
import type { GuardedText } from '../privacy/guarded-text.ts';
import { audit } from './audit-repo.ts';
import type { Database, Queryable } from './database.ts';
import { findOverleg, findSeries, lockOverlegForPlanning } from './rhythm-repo.ts';
import { bind, unitOfWork } from './unit-of-work.ts';

export async function addAgendaItem(
  db: Queryable,
  item: { overlegId: string; forOccurrence: string; text: GuardedText; addedBy: string },
): Promise<string> {
  const { rows } = await db.query(
    'INSERT INTO agenda_items (overleg_id, for_occurrence, text, added_by) VALUES ($1, $2, $3, $4) RETURNING id',
    [item.overlegId, item.forOccurrence, item.text, item.addedBy],
  );
  return rows[0].id;
}

export async function agendaFor(db: Queryable, overlegId: string, occurrence: string): Promise<string[]> {
  const { rows } = await db.query(
    'SELECT text FROM agenda_items WHERE overleg_id = $1 AND for_occurrence = $2 ORDER BY created_at, id',
    [overlegId, occurrence],
  );
  return rows.map((r) => r.text);
}

/** The new actiepunt's id; null when its owner no longer exists (erased while it was being made). */
export async function addActiepunt(
  db: Queryable,
  a: {
    overlegId: string;
    description: GuardedText;
    ownerId: string | null;
    dueDate: string | null;
    createdBy: string;
  },
): Promise<string | null> {
  try {
    const { rows } = await db.query(
      `INSERT INTO actiepunten (overleg_id, description, owner_id, due_date, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [a.overlegId, a.description, a.ownerId, a.dueDate, a.createdBy],
    );
    return rows[0].id;
  } catch (err) {
    if (ownerGone(err)) return null;
    throw err;
  }
}

/** The database refused an actiepunt's owner that no longer exists (foreign key violation). */
function ownerGone(err: unknown): boolean {
  const e = err as { code?: unknown; constraint?: unknown };
  return e?.code === '23503' && e.constraint === 'actiepunten_owner_id_fkey';
}

export interface OpenActiepunt {
  readonly id: string;
  /** Its number within the overleg, the same for as long as it exists. */
  readonly number: number;
  readonly description: string;
  readonly dueDate: string | null;
  readonly owner: { readonly id: string; readonly name: string; readonly identities: PlatformUser[] } | null;
  /** The member who noted it (null when that member was erased): may remove it (`schrap`). */
  readonly createdBy: string | null;
}

/** Open actiepunten of an overleg with their owners and the owners' platform identities. */
export async function openActiepunten(db: Queryable, overlegId: string): Promise<OpenActiepunt[]> {
  return (await openActiepuntenOfMany(db, [overlegId])).get(overlegId) ?? [];
}

/** openActiepunten for many overleggen in one query (the scheduler's batch), by overleg id. */
export async function openActiepuntenOfMany(
  db: Queryable,
  overlegIds: readonly string[],
): Promise<Map<string, OpenActiepunt[]>> {
  const { rows } = await db.query(
    `SELECT a.overleg_id, a.id, a.number, a.description, a.due_date, a.created_by, m.id AS owner_id, m.name AS owner_name,
            coalesce(json_agg(json_build_object('platform', p.platform, 'workspace', p.workspace, 'userId', p.user_id))
              FILTER (WHERE p.user_id IS NOT NULL), '[]') AS identities
       FROM actiepunten a
       LEFT JOIN members m ON m.id = a.owner_id
       LEFT JOIN platform_identities p ON p.member_id = m.id
      WHERE a.overleg_id = ANY($1::uuid[]) AND a.done_at IS NULL AND a.removed_at IS NULL
      GROUP BY a.id, m.id
      ORDER BY a.due_date NULLS LAST, a.created_at`,
    [overlegIds],
  );
  const byOverleg = new Map<string, OpenActiepunt[]>();
  for (const r of rows) {
    const list = byOverleg.get(r.overleg_id) ?? [];
    list.push({
      id: r.id,
      number: r.number,
      description: r.description,
      dueDate: r.due_date,
      owner: r.owner_id ? { id: r.owner_id, name: r.owner_name, identities: r.identities } : null,
      createdBy: r.created_by,
    });
    byOverleg.set(r.overleg_id, list);
  }
  return byOverleg;
}

/** agendaFor many meetings in one query, by `${overlegId}|${occurrence}`. */
export async function agendasOfMany(
  db: Queryable,
  meetings: ReadonlyArray<{ readonly overlegId: string; readonly occurrence: string }>,
): Promise<Map<string, string[]>> {
  const { rows } = await db.query(
    `SELECT a.overleg_id, a.for_occurrence, a.text
       FROM agenda_items a JOIN unnest($1::uuid[], $2::text[]) AS m(overleg_id, occurrence)
         ON a.overleg_id = m.overleg_id AND a.for_occurrence = m.occurrence
      ORDER BY a.created_at, a.id`,
    [meetings.map((m) => m.overlegId), meetings.map((m) => m.occurrence)],
  );
  const byMeeting = new Map<string, string[]>();
  for (const r of rows) {
    const key = `${r.overleg_id}|${r.for_occurrence}`;
    byMeeting.set(key, [...(byMeeting.get(key) ?? []), r.text]);
  }
  return byMeeting;
}

export async function findActiepunt(db: Queryable, id: string) {
  const { rows } = await db.query(
    'SELECT id, overleg_id, owner_id, created_by, done_at, removed_at FROM actiepunten WHERE id::text = $1',
    [id],
  );
  const r = rows[0];
  return r
    ? {
        id: r.id as string,
        overlegId: r.overleg_id as string,
        ownerId: r.owner_id as string | null,
        createdBy: r.created_by as string | null,
        done: r.done_at !== null,
        removed: r.removed_at !== null,
      }
    : null;
}

/** The largest number a PostgreSQL `integer` column (actiepunten.number) holds. */
const INTEGER_MAX = 2_147_483_647;

/** The actiepunt with this number in the overleg, open, done or removed (then without its text). */
export async function findActiepuntByNumber(db: Queryable, overlegId: string, number: number) {
  // No actiepunt holds a number beyond the column's integer, and PostgreSQL refuses to compare one.
  if (!Number.isSafeInteger(number) || number < 1 || number > INTEGER_MAX) return null;
  const { rows } = await db.query(
    'SELECT id, description, done_at, removed_at FROM actiepunten WHERE overleg_id = $1 AND number = $2',
    [overlegId, number],
  );
  const r = rows[0];
  return r
    ? {
        id: r.id as string,
        description: r.description as string,
        done: r.done_at !== null,
        removed: r.removed_at !== null,
      }
    : null;
}

/** False when it was done (or removed) already: someone else was first, perhaps a moment before. */
export async function markActiepuntDone(db: Queryable, id: string, now: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE actiepunten SET done_at = $2 WHERE id = $1 AND done_at IS NULL AND removed_at IS NULL',
    [id, now],
  );
  return rowCount === 1;
}

/**
 * An open actiepunt removed (022_actiepunt_removed.sql): its text, owner, creator and deadline
 * cleared, its number kept taken. False when it was removed or done already (two requests at
 * once: the row lock lets only the first one change it).
 */
export async function removeActiepunt(db: Queryable, id: string, now: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE actiepunten SET removed_at = $2, description = '', owner_id = NULL, created_by = NULL, due_date = NULL
      WHERE id = $1 AND done_at IS NULL AND removed_at IS NULL`,
    [id, now],
  );
  return rowCount === 1;
}

/** An open actiepunt's deadline ('YYYY-MM-DD') set, changed, or (null) removed; a done one stays as it was. */
export async function setActiepuntDueDate(db: Queryable, id: string, dueDate: string | null): Promise<void> {
  await db.query(
    'UPDATE actiepunten SET due_date = $2 WHERE id = $1 AND done_at IS NULL AND removed_at IS NULL',
    [id, dueDate],
  );
}

export async function isOverlegMember(db: Queryable, overlegId: string, memberId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'SELECT 1 FROM overleg_members WHERE overleg_id = $1 AND member_id = $2',
    [overlegId, memberId],
  );
  return rowCount === 1;
}

/** The werkgroep's members by name (an actiepunt's `@Naam`). */
export async function overlegMemberNames(
  db: Queryable,
  overlegId: string,
): Promise<Array<{ id: string; name: string }>> {
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT m.id, m.name FROM overleg_members om JOIN members m ON m.id = om.member_id
      WHERE om.overleg_id = $1 ORDER BY m.name`,
    [overlegId],
  );
  return rows;
}

/** What src/agenda/ reads and writes: agendapunten, actiepunten, and the werkgroep and series they belong to. */
export const agendaRepository = (db: Queryable) =>
  bind(db, {
    findOverleg,
    findSeries,
    isOverlegMember,
    lockOverlegForPlanning,
    addAgendaItem,
    agendaFor,
    addActiepunt,
    openActiepunten,
    findActiepunt,
    markActiepuntDone,
    removeActiepunt,
    setActiepuntDueDate,
    audit,
  });
export type AgendaRepository = ReturnType<typeof agendaRepository>;

/** The agenda's repositories on the pool, and in one transaction (src/core.ts builds it once). */
export const agendaStore = (db: Database) => unitOfWork(db, agendaRepository);
export type AgendaStore = ReturnType<typeof agendaStore>;

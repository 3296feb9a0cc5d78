import { z } from 'zod';
import {
  DIGEST_SECTIONS,
  type DigestDocument,
  type DigestSection,
  type DigestVersion,
} from '../domain/digest-document.ts';
import type { GuardedText } from '../privacy/guarded-text.ts';
import type { Queryable } from './database.ts';

/**
 * The versions of a region's stuurgroep digest: at most one open draft per region and period (the
 * newest version), the published ones, which are only ever read after publishing, and the
 * withdrawn ones (empty; they keep their number taken, see withdrawDraftsOfRegion).
 */

const versionRow = z.object({
  region_id: z.string(),
  period_label: z.string(),
  version: z.number(),
  status: z.enum(['draft', 'published', 'withdrawn']),
  // The document is our own JSON, written by this module; its shape is DigestDocument's.
  document: z.custom<DigestDocument>((v) => typeof v === 'object' && v !== null),
  corrects: z.number().nullable(),
  summary: z.string(),
  own_summary: z.boolean(),
  summary_carried: z.boolean(),
  omitted: z.array(z.enum(DIGEST_SECTIONS)),
  file_token: z.string().nullable(),
  created_by: z.string().nullable(),
  created_at: z.date(),
  published_at: z.date().nullable(),
});

const COLUMNS = `region_id, period_label, version, status, document, corrects, summary, own_summary,
                 summary_carried, omitted,
                 file_token, created_by, created_at, published_at`;

function toVersion(row: unknown): DigestVersion {
  const r = versionRow.parse(row);
  return {
    regionId: r.region_id,
    period: r.period_label,
    version: r.version,
    status: r.status,
    document: r.document,
    corrects: r.corrects,
    summary: r.summary,
    ownSummary: r.own_summary,
    summaryCarried: r.summary_carried,
    omitted: r.omitted,
    fileToken: r.file_token,
    createdAt: r.created_at,
    publishedAt: r.published_at,
  };
}

/** The newest version of a region's digest for a period, draft, published or withdrawn. */
export async function newestVersion(
  db: Queryable,
  regionId: string,
  period: string,
): Promise<DigestVersion | null> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM digest_versions WHERE region_id = $1 AND period_label = $2
      ORDER BY version DESC LIMIT 1`,
    [regionId, period],
  );
  return rows[0] ? toVersion(rows[0]) : null;
}

export async function findVersion(
  db: Queryable,
  regionId: string,
  period: string,
  version: number,
): Promise<DigestVersion | null> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM digest_versions WHERE region_id = $1 AND period_label = $2 AND version = $3`,
    [regionId, period, version],
  );
  return rows[0] ? toVersion(rows[0]) : null;
}

/**
 * The newest version of the latest period published (by the day it ends), never a period that had
 * not begun on `today` ('YYYY-MM-DD'): a correction of an older period does not push a newer one away.
 */
export async function latestPublished(
  db: Queryable,
  regionId: string,
  today: string,
): Promise<DigestVersion | null> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM digest_versions WHERE region_id = $1 AND status = 'published'
        AND document->'period'->>'from' <= $2
      ORDER BY document->'period'->>'to' DESC, published_at DESC, version DESC LIMIT 1`,
    [regionId, today],
  );
  return rows[0] ? toVersion(rows[0]) : null;
}

/**
 * Whether a published digest of the region reads the figures of the tertiaal from `from` to `to`:
 * its period ends in that tertiaal (a tertiaal's digest, or one since the previous meeting).
 */
export async function figuresPublished(
  db: Queryable,
  regionId: string,
  tertiaal: { readonly from: string; readonly to: string },
): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT EXISTS (SELECT 1 FROM digest_versions WHERE region_id = $1 AND status = 'published'
        AND document->'period'->>'to' BETWEEN $2 AND $3) AS published`,
    [regionId, tertiaal.from, tertiaal.to],
  );
  return rows[0]?.published === true;
}

/**
 * The version behind a file link: a published one, or a draft's preview (its token changes when
 * published). A withdrawn draft has no token any more, and the status says so again here.
 */
export async function versionByToken(db: Queryable, token: string): Promise<DigestVersion | null> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM digest_versions WHERE file_token = $1 AND status <> 'withdrawn'`,
    [token],
  );
  return rows[0] ? toVersion(rows[0]) : null;
}

/**
 * A new draft version. When the same version was just made by someone else (two `samenvatting`
 * at once, or a worker that took over a slow command), theirs stands and this one is not written.
 */
export async function insertDraft(
  db: Queryable,
  d: {
    regionId: string;
    period: string;
    version: number;
    document: DigestDocument;
    corrects: number | null;
    summary: string;
    /** The summary is the projectleider's own text of the version before. */
    ownSummary?: boolean;
    omitted: readonly DigestSection[];
    createdBy: string | null;
    at: Date;
    /** The secret of the draft's preview files; publishing replaces it with a new one. */
    fileToken: string;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO digest_versions (region_id, period_label, version, status, document, corrects, summary,
                                  omitted, created_by, created_at, file_token, own_summary, summary_carried)
     VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $9, $10, $11, $11)
     ON CONFLICT (region_id, period_label, version) DO NOTHING`,
    [
      d.regionId,
      d.period,
      d.version,
      JSON.stringify(d.document),
      d.corrects,
      d.summary,
      [...d.omitted],
      d.createdBy,
      d.at,
      d.fileToken,
      d.ownSummary ?? false,
    ],
  );
}

/**
 * Changes a draft; a published row is never touched (the WHERE says so). True when a draft changed.
 * The summary the projectleider typed goes to the stuurgroep, so only guarded text is stored; it is
 * then her text of this version (no longer carried over). `fixedSummary`: Schakel's summary written
 * anew from a fresh count, only where the draft still has Schakel's (not her own text).
 */
export async function updateDraft(
  db: Queryable,
  key: { regionId: string; period: string; version: number },
  change: {
    document?: DigestDocument;
    summary?: GuardedText;
    fixedSummary?: string;
    omitted?: readonly DigestSection[];
  },
): Promise<boolean> {
  const r = await db.query(
    `UPDATE digest_versions
        SET document = coalesce($4::jsonb, document),
            summary = coalesce($5, CASE WHEN own_summary THEN NULL ELSE $7 END, summary),
            own_summary = own_summary OR $5 IS NOT NULL,
            summary_carried = summary_carried AND $5 IS NULL,
            omitted = coalesce($6::text[], omitted)
      WHERE region_id = $1 AND period_label = $2 AND version = $3 AND status = 'draft'`,
    [
      key.regionId,
      key.period,
      key.version,
      change.document ? JSON.stringify(change.document) : null,
      change.summary ?? null,
      change.omitted ? [...change.omitted] : null,
      change.fixedSummary ?? null,
    ],
  );
  return r.rowCount === 1;
}

/** Draft → published, once: a second publish of the same version finds no draft and returns false. */
export async function markPublished(
  db: Queryable,
  key: { regionId: string; period: string; version: number },
  p: { token: string; by: string | null; at: Date },
): Promise<boolean> {
  const r = await db.query(
    `UPDATE digest_versions SET status = 'published', file_token = $4, published_by = $5, published_at = $6
      WHERE region_id = $1 AND period_label = $2 AND version = $3 AND status = 'draft'`,
    [key.regionId, key.period, key.version, p.token, p.by, p.at],
  );
  return r.rowCount === 1;
}

/**
 * The region's open drafts are withdrawn when a member's data is erased: a draft's document froze
 * their level and their own words when it was made. The row stays, emptied, so its number is never
 * made again and an old button for it is answered "ingetrokken"; published versions stay as they
 * went to the stuurgroep. Returns how many were withdrawn.
 */
export async function withdrawDraftsOfRegion(db: Queryable, regionId: string): Promise<number> {
  const r = await db.query(
    `UPDATE digest_versions
        SET status = 'withdrawn', document = '{}'::jsonb, summary = '', omitted = '{}', file_token = NULL
      WHERE region_id = $1 AND status = 'draft'`,
    [regionId],
  );
  return r.rowCount ?? 0;
}

/**
 * The region's drafts, locked until the transaction ends: making a draft and erasing a member take
 * it in turn. FOR NO KEY UPDATE, not FOR UPDATE: a row that refers to the region (the erasure's
 * logbook line, a check-in answer) takes a key-share lock on it, which this does not wait for, so
 * a transaction that wrote such a row first cannot deadlock with one that holds this.
 */
export async function lockRegionDrafts(db: Queryable, regionId: string): Promise<void> {
  await db.query('SELECT 1 FROM regions WHERE id = $1 FOR NO KEY UPDATE', [regionId]);
}

/**
 * A fingerprint of who the region's members are. A draft is built from the figures on the pool,
 * outside any transaction; it is written only if this is unchanged, under the region's lock,
 * which an erasure (eraseMember) holds until it is done: so a draft can never be written with the
 * answers of a member erased while it was being made.
 */
export async function regionMembersMark(db: Queryable, regionId: string): Promise<string> {
  const { rows } = await db.query(
    `SELECT md5(coalesce(string_agg(id::text, ',' ORDER BY id), '')) AS mark FROM members WHERE region_id = $1`,
    [regionId],
  );
  return z.object({ mark: z.string() }).parse(rows[0]).mark;
}

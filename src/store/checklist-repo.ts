import { z } from 'zod';
import { CHECKLIST_ANSWERS, type ChecklistItemAnswer } from '../domain/checklist.ts';
import type { ChecklistAnswer } from '../messages/forms/checklist-form.ts';
import type { ProgressAnswer } from '../messages/forms/progress-form.ts';
import type { Queryable } from './database.ts';
import { voortgangFor } from './digest-repo.ts';

const itemRow = z.object({ item: z.number(), answer: z.enum(CHECKLIST_ANSWERS) });

function toChecklist(rows: unknown[]): ChecklistAnswer | null {
  if (rows.length === 0) return null;
  return { items: rows.map((r) => itemRow.parse(r)) };
}

function itemsJson(items: ChecklistAnswer['items']): string {
  return JSON.stringify(items.map((i) => ({ item: i.item, answer: i.answer satisfies ChecklistItemAnswer })));
}

/** A member's own checklist for a tertiaal, or null when they have not filled it in. */
export async function memberChecklist(
  db: Queryable,
  overlegId: string,
  memberId: string,
  tertiaal: string,
): Promise<ChecklistAnswer | null> {
  const { rows } = await db.query(
    `SELECT item::int AS item, answer FROM checklist_answers
      WHERE overleg_id = $1 AND member_id = $2 AND tertiaal = $3 ORDER BY item`,
    [overlegId, memberId, tertiaal],
  );
  return toChecklist(rows);
}

/** The member's most recent checklist before this tertiaal, to fill in the form with. */
export async function lastMemberChecklist(db: Queryable, overlegId: string, memberId: string) {
  const { rows } = await db.query(
    `SELECT max(tertiaal) AS t FROM checklist_answers WHERE overleg_id = $1 AND member_id = $2`,
    [overlegId, memberId],
  );
  return rows[0]?.t ? memberChecklist(db, overlegId, memberId, rows[0].t) : null;
}

export async function saveMemberChecklist(
  db: Queryable,
  c: { overlegId: string; memberId: string; tertiaal: string; answer: ChecklistAnswer; now: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO checklist_answers (overleg_id, member_id, tertiaal, item, answer, updated_at)
     SELECT $1, $2, $3, i.item, i.answer, $5 FROM jsonb_to_recordset($4::jsonb) AS i(item int, answer text)
     ON CONFLICT (overleg_id, member_id, tertiaal, item) DO UPDATE
        SET answer = EXCLUDED.answer, updated_at = EXCLUDED.updated_at
      WHERE checklist_answers.answer <> EXCLUDED.answer`,
    [c.overlegId, c.memberId, c.tertiaal, itemsJson(c.answer.items), c.now],
  );
}

export async function agreedChecklist(
  db: Queryable,
  regionId: string,
  tertiaal: string,
): Promise<ChecklistAnswer | null> {
  const { rows } = await db.query(
    'SELECT item::int AS item, answer FROM checklist_agreed WHERE region_id = $1 AND tertiaal = $2 ORDER BY item',
    [regionId, tertiaal],
  );
  return toChecklist(rows);
}

/** The werkgroep's most recently agreed checklist (any tertiaal), to start a new one from. */
export async function lastAgreedChecklist(db: Queryable, regionId: string): Promise<ChecklistAnswer | null> {
  const { rows } = await db.query('SELECT max(tertiaal) AS t FROM checklist_agreed WHERE region_id = $1', [
    regionId,
  ]);
  return rows[0]?.t ? agreedChecklist(db, regionId, rows[0].t) : null;
}

export async function saveAgreedChecklist(
  db: Queryable,
  c: { regionId: string; tertiaal: string; answer: ChecklistAnswer; recordedBy: string; now: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO checklist_agreed (region_id, tertiaal, item, answer, recorded_by, updated_at)
     SELECT $1, $2, i.item, i.answer, $4, $5 FROM jsonb_to_recordset($3::jsonb) AS i(item int, answer text)
     ON CONFLICT (region_id, tertiaal, item) DO UPDATE
        SET answer = EXCLUDED.answer, recorded_by = EXCLUDED.recorded_by, updated_at = EXCLUDED.updated_at
      WHERE checklist_agreed.answer <> EXCLUDED.answer`,
    [c.regionId, c.tertiaal, itemsJson(c.answer.items), c.recordedBy, c.now],
  );
}

/** A region's voortgang for one tertiaal as the progress form holds it (read as the digest reads it). */
export async function voortgangOf(
  db: Queryable,
  regionId: string,
  tertiaal: string,
): Promise<ProgressAnswer | null> {
  const r = await voortgangFor(db, regionId, tertiaal);
  if (!r) return null;
  return {
    trajecten: r.trajecten,
    duurzameUitstroom: r.duurzame_uitstroom,
    duurzameUitstroomPercentage: r.duurzame_uitstroom_pct,
    leerbijeenkomsten: r.leerbijeenkomsten,
    casusbesprekingen: r.casusbesprekingen,
  };
}

export async function saveVoortgang(
  db: Queryable,
  v: { regionId: string; tertiaal: string; answer: ProgressAnswer; recordedBy: string; now: Date },
): Promise<void> {
  const a = v.answer;
  await db.query(
    `INSERT INTO voortgang (region_id, tertiaal, trajecten, duurzame_uitstroom, duurzame_uitstroom_pct,
                            leerbijeenkomsten, casusbesprekingen, recorded_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (region_id, tertiaal) DO UPDATE SET trajecten = EXCLUDED.trajecten,
       duurzame_uitstroom = EXCLUDED.duurzame_uitstroom, duurzame_uitstroom_pct = EXCLUDED.duurzame_uitstroom_pct,
       leerbijeenkomsten = EXCLUDED.leerbijeenkomsten, casusbesprekingen = EXCLUDED.casusbesprekingen,
       recorded_by = EXCLUDED.recorded_by, updated_at = EXCLUDED.updated_at`,
    [
      v.regionId,
      v.tertiaal,
      a.trajecten,
      a.duurzameUitstroom,
      a.duurzameUitstroomPercentage,
      a.leerbijeenkomsten,
      a.casusbesprekingen,
      v.recordedBy,
      v.now,
    ],
  );
}

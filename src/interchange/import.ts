import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.ts';
import { erasedMemberKey } from '../privacy/erased-member-key.ts';
import type { Guard } from '../privacy/guard.ts';
import { guardWhole } from '../privacy/guarded-text.ts';
import { tertiaalOf } from '../schedule/tertialen.ts';
import type { ExistingIds, InterchangeRepository } from '../store/interchange-repo.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import { databaseId } from './ids.ts';
import type { Interchange } from './schema.ts';
import { type FileProblem, interchangeSeriesTexts, type Validated, validateInterchange } from './validate.ts';

export interface ImportCounts {
  readonly regions: number;
  readonly members: number;
  readonly werkgroepen: number;
  readonly checkins: number;
  readonly checklist: number;
  readonly voortgang: number;
  /** Of each kind in the file, how many were there before (updated, not added). */
  readonly existing: Omit<ImportCounts, 'existing' | 'erased'>;
  /** Members in the file who were erased in Schakel before: left out, with their check-ins (never named). */
  readonly erased: number;
}

export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; problems: FileProblem[] };

/**
 * Validates the whole file, then writes all of it in one transaction. The ids are read inside the
 * transaction, so what was checked is what is written against; a bad file writes nothing.
 */
export async function importInterchange(
  store: UnitOfWork<InterchangeRepository>,
  text: string,
  guard: Guard,
  clock: Clock,
): Promise<ImportResult> {
  return store
    .transaction(async (tx) => {
      const existing = await tx.existingIds();
      const checked = validateInterchange(text, existing, guard);
      if (!checked.ok) throw new Refused(checked.problems);
      const erased = await erasedIn(tx, checked.document);
      const document = withoutErased(checked.document, erased);
      const updated = await write(tx, { ...checked, document }, existing, guard, clock.now());
      return { ok: true as const, counts: countsOf(document, existing, updated, erased.size) };
    })
    .catch((err: unknown) => {
      if (err instanceof Refused) return { ok: false as const, problems: err.problems };
      throw err;
    });
}

/**
 * The file's members that an erasure (vergeet-mij, `schakel members erase`) recorded: an older
 * export still holds them, and restoring it must not undo the erasure. Known by the one-way key the
 * logbook kept (src/privacy/erased-member-key.ts), never by name.
 */
async function erasedIn(tx: InterchangeRepository, doc: Interchange): Promise<ReadonlySet<string>> {
  const keyOf = new Map(doc.members.map((m) => [erasedMemberKey(databaseId('member', m.id)), m.id]));
  const found = await tx.erasedKeysAmong([...keyOf.keys()]);
  return new Set([...found].map((key) => keyOf.get(key)!));
}

/** The file without the erased members: not in a werkgroep, and without their check-ins and knelpunten. */
function withoutErased(doc: Interchange, erased: ReadonlySet<string>): Interchange {
  if (erased.size === 0) return doc;
  return {
    ...doc,
    members: doc.members.filter((m) => !erased.has(m.id)),
    werkgroepen: doc.werkgroepen.map((w) => ({
      ...w,
      memberIds: w.memberIds.filter((id) => !erased.has(id)),
    })),
    checkins: doc.checkins.filter((c) => !erased.has(c.memberId)),
  };
}

class Refused extends Error {
  readonly problems: FileProblem[];
  constructor(problems: FileProblem[]) {
    super('bestand geweigerd');
    this.problems = problems;
  }
}

async function write(
  tx: InterchangeRepository,
  { document: doc, pass }: Extract<Validated, { ok: true }>,
  existing: ExistingIds,
  guard: Guard,
  now: Date,
) {
  for (const r of doc.regions) await tx.upsertRegion({ ...r, name: pass.text(r.name) });
  await tx.upsertMembers(
    doc.members.map((m) => ({
      ...m,
      id: databaseId('member', m.id),
      name: pass.text(m.name),
      organisation: pass.text(m.organisation),
      email: m.email ?? null,
    })),
  );
  const werkgroepRegion = new Map(existing.overleggen);
  for (const [i, w] of doc.werkgroepen.entries()) {
    const id = databaseId('werkgroep', w.id);
    werkgroepRegion.set(id, w.regionId);
    await tx.upsertOverleg({
      id,
      regionId: w.regionId,
      name: pass.text(w.name),
      kind: w.kind,
      memberIds: w.memberIds.map((m) => databaseId('member', m)),
      // Checked with the rest of the file in validation; the series is stored as one value.
      definition: w.series && guardWhole(guard, w.series, (s) => interchangeSeriesTexts(i, s)),
      icsToken: randomBytes(24).toString('base64url'),
      now,
    });
  }
  // Of the history, what was there already: an answer, a checklist or a voortgang line updated.
  const updated = { checkins: 0, checklist: 0, voortgang: 0 };
  for (const c of doc.checkins) {
    const overlegId = databaseId('werkgroep', c.werkgroepId);
    const memberId = databaseId('member', c.memberId);
    const roundId = await tx.roundForDate(overlegId, c.date, now);
    const newAnswer = await tx.upsertAnswer({
      roundId,
      memberId,
      samenwerkingsniveau: c.level,
      toelichting: pass.optional(c.toelichting),
      wentWell: pass.optional(c.wentWell),
      now,
    });
    if (!newAnswer) updated.checkins++;
    // Validation made sure the werkgroep exists in the file or the database.
    const regionId = werkgroepRegion.get(overlegId)!;
    for (const [slot, k] of c.knelpunten.entries()) {
      await tx.upsertKnelpunt({
        ...k,
        description: pass.text(k.description),
        oplossing: pass.optional(k.oplossing),
        overlegId,
        regionId,
        roundId,
        memberId,
        slot: slot + 1,
        now,
      });
    }
  }
  for (const c of doc.checklist) {
    const tertiaal = c.tertiaal ?? tertiaalOf(c.date!).label;
    let there = false;
    for (const [item, answer] of Object.entries(c.answers)) {
      if (!(await tx.upsertAgreed(c.regionId, tertiaal, Number(item), answer, now))) there = true;
    }
    if (there) updated.checklist++;
  }
  for (const v of doc.voortgang) {
    const t = v.values;
    const newLine = await tx.upsertVoortgang({
      regionId: v.regionId,
      tertiaal: v.tertiaal ?? tertiaalOf(v.date!).label,
      values: [
        t.trajecten,
        t.duurzameUitstroom,
        t.duurzameUitstroomPercentage,
        t.leerbijeenkomsten,
        t.casusbesprekingen,
      ].map((n) => n ?? null),
      now,
    });
    if (!newLine) updated.voortgang++;
  }
  return updated;
}

function countsOf(
  doc: Interchange,
  existing: ExistingIds,
  updated: { checkins: number; checklist: number; voortgang: number },
  erased: number,
): ImportCounts {
  return {
    erased,
    existing: {
      ...updated,
      regions: doc.regions.filter((r) => existing.regions.has(r.id)).length,
      members: doc.members.filter((m) => existing.members.has(databaseId('member', m.id))).length,
      werkgroepen: doc.werkgroepen.filter((w) => existing.overleggen.has(databaseId('werkgroep', w.id)))
        .length,
    },
    regions: doc.regions.length,
    members: doc.members.length,
    werkgroepen: doc.werkgroepen.length,
    checkins: doc.checkins.length,
    checklist: doc.checklist.length,
    voortgang: doc.voortgang.length,
  };
}

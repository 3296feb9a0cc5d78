import type { z } from 'zod';
import { PrivacyRefusal } from '../domain/errors.ts';
import type { Guard } from '../privacy/guard.ts';
import { guardFields, linkForGuard, type TextPass } from '../privacy/guarded-text.ts';
import type { SeriesInput } from '../schedule/series-schema.ts';
import { dutchZodErrors } from '../schedule/series-schema.ts';
import type { ExistingIds } from '../store/interchange-repo.ts';
import { databaseId } from './ids.ts';
import { jsonSyntaxProblem } from './json-syntax.ts';
import { type Interchange, interchangeSchema } from './schema.ts';

/** One thing wrong with a file: where (a JSON path such as `members[3].domain`) and what, in Dutch. */
export interface FileProblem {
  readonly path: string;
  readonly message: string;
}

/** A valid file, with `pass` that hands out its texts as GuardedText (they all passed the guard). */
export type Validated =
  | { ok: true; document: Interchange; pass: TextPass }
  | { ok: false; problems: FileProblem[] };

/** `["members", 3, "domain"]` → `members[3].domain` */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out || '(bestand)';
}

/**
 * Checks the whole file before anything is written: its shape, that every id it points at exists
 * in the file or in the database, and that no free text looks like client data. All problems are
 * reported at once so a region can fix its file in one go.
 */
export function validateInterchange(text: string, existing: ExistingIds, guard: Guard): Validated {
  let raw: unknown;
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, problems: [notJson(json)] };
  }
  const parsed = interchangeSchema.safeParse(raw, { error: dutchZodErrors });
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const doc = parsed.data;
  const privacy = privacyProblems(doc, guard);
  const problems = [...referenceProblems(doc, existing), ...privacy.problems];
  return privacy.pass && problems.length === 0
    ? { ok: true, document: doc, pass: privacy.pass }
    : { ok: false, problems };
}

/** Where the file stops being JSON (line and column, as an editor counts them) and what to do. */
function notJson(json: string): FileProblem {
  const at = jsonSyntaxProblem(json);
  return at
    ? { path: `regel ${at.line}, kolom ${at.column}`, message: `geen geldige JSON: ${at.message}` }
    : {
        path: '(bestand)',
        message: 'geen geldige JSON. Controleer het bestand in een editor die JSON kent.',
      };
}

function zodProblems(error: z.ZodError): FileProblem[] {
  return error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message }));
}

function referenceProblems(doc: Interchange, existing: ExistingIds): FileProblem[] {
  const problems: FileProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const regions = new Set(existing.regions);
  const fileRegions = new Set<string>();
  doc.regions.forEach((r, i) => {
    if (fileRegions.has(r.id)) add(`regions[${i}].id`, `regio ${r.id} staat twee keer in het bestand`);
    fileRegions.add(r.id);
    regions.add(r.id);
  });
  const region = (id: string, path: string) => {
    if (!regions.has(id)) add(path, `regio ${id} bestaat niet in het bestand of in Schakel`);
  };
  // Member and werkgroep ids map to database ids; the region they belong to may not change.
  const members = new Map(existing.members);
  const fileMembers = new Set<string>();
  doc.members.forEach((m, i) => {
    region(m.regionId, `members[${i}].regionId`);
    const dbId = databaseId('member', m.id);
    if (fileMembers.has(dbId)) add(`members[${i}].id`, `deelnemer ${m.id} staat twee keer in het bestand`);
    const before = existing.members.get(dbId);
    if (before !== undefined && before !== m.regionId) {
      add(`members[${i}].regionId`, `deelnemer ${m.id} hoort in Schakel bij een andere regio`);
    }
    fileMembers.add(dbId);
    members.set(dbId, m.regionId);
  });
  const werkgroepen = new Map(existing.overleggen);
  const fileWerkgroepen = new Set<string>();
  doc.werkgroepen.forEach((w, i) => {
    region(w.regionId, `werkgroepen[${i}].regionId`);
    const dbId = databaseId('werkgroep', w.id);
    if (fileWerkgroepen.has(dbId))
      add(`werkgroepen[${i}].id`, `werkgroep ${w.id} staat twee keer in het bestand`);
    const before = existing.overleggen.get(dbId);
    if (before !== undefined && before !== w.regionId) {
      add(`werkgroepen[${i}].regionId`, `werkgroep ${w.id} hoort in Schakel bij een andere regio`);
    }
    fileWerkgroepen.add(dbId);
    werkgroepen.set(dbId, w.regionId);
  });
  const sameNames = new Set<string>();
  doc.werkgroepen.forEach((w, i) => {
    const key = `${w.regionId}/${w.name}`;
    if (sameNames.has(key))
      add(`werkgroepen[${i}].name`, `de regio heeft al een werkgroep met de naam ${w.name}`);
    sameNames.add(key);
    w.memberIds.forEach((id, j) => {
      const memberRegion = members.get(databaseId('member', id));
      if (memberRegion === undefined)
        add(`werkgroepen[${i}].memberIds[${j}]`, `deelnemer ${id} bestaat niet`);
      else if (memberRegion !== w.regionId)
        add(`werkgroepen[${i}].memberIds[${j}]`, `deelnemer ${id} hoort bij een andere regio`);
    });
  });
  const seen = new Set<string>();
  doc.checkins.forEach((c, i) => {
    const memberRegion = members.get(databaseId('member', c.memberId));
    const werkgroepRegion = werkgroepen.get(databaseId('werkgroep', c.werkgroepId));
    if (memberRegion === undefined) add(`checkins[${i}].memberId`, `deelnemer ${c.memberId} bestaat niet`);
    if (werkgroepRegion === undefined)
      add(`checkins[${i}].werkgroepId`, `werkgroep ${c.werkgroepId} bestaat niet`);
    if (memberRegion !== undefined && werkgroepRegion !== undefined && memberRegion !== werkgroepRegion) {
      add(`checkins[${i}].memberId`, `deelnemer ${c.memberId} hoort bij een andere regio dan de werkgroep`);
    }
    const key = `${c.memberId}/${c.werkgroepId}/${c.date}`;
    if (seen.has(key))
      add(`checkins[${i}]`, 'deze deelnemer heeft op deze datum al een check-in in het bestand');
    seen.add(key);
  });
  for (const [i, c] of doc.checklist.entries()) region(c.regionId, `checklist[${i}].regionId`);
  for (const [i, v] of doc.voortgang.entries()) region(v.regionId, `voortgang[${i}].regionId`);
  return problems;
}

/**
 * Every text a person typed through the privacy guard, names and organisations included: a name
 * may be a name, but not a name with a diagnosis, a BSN or a phone number.
 */
function privacyProblems(doc: Interchange, guard: Guard): { problems: FileProblem[]; pass: TextPass | null } {
  const fields: Record<string, string | undefined> = {};
  doc.regions.forEach((r, i) => {
    fields[`regions[${i}].name`] = r.name;
  });
  doc.members.forEach((m, i) => {
    fields[`members[${i}].name`] = m.name;
    fields[`members[${i}].organisation`] = m.organisation;
  });
  doc.werkgroepen.forEach((w, i) => {
    fields[`werkgroepen[${i}].name`] = w.name;
    if (w.series) Object.assign(fields, interchangeSeriesTexts(i, w.series));
  });
  doc.checkins.forEach((c, i) => {
    fields[`checkins[${i}].toelichting`] = c.toelichting;
    fields[`checkins[${i}].wentWell`] = c.wentWell;
    c.knelpunten.forEach((k, j) => {
      fields[`checkins[${i}].knelpunten[${j}].description`] = k.description;
      fields[`checkins[${i}].knelpunten[${j}].oplossing`] = k.oplossing ?? undefined;
    });
  });
  try {
    return { problems: [], pass: guardFields(guard, fields) };
  } catch (err) {
    if (err instanceof PrivacyRefusal)
      return { problems: err.problems.map((p) => ({ path: p.field, message: p.message })), pass: null };
    throw err;
  }
}

/** The place and link of werkgroep `i`'s series, in its base, each change and each move, by JSON path. */
export function interchangeSeriesTexts(i: number, series: SeriesInput): Record<string, string | undefined> {
  const fields: Record<string, string | undefined> = {
    [`werkgroepen[${i}].series.location`]: series.location ?? undefined,
    [`werkgroepen[${i}].series.onlineUrl`]: linkForGuard(series.onlineUrl),
  };
  series.changes?.forEach((c, j) => {
    fields[`werkgroepen[${i}].series.changes[${j}].location`] = c.location ?? undefined;
    fields[`werkgroepen[${i}].series.changes[${j}].onlineUrl`] = linkForGuard(c.onlineUrl);
  });
  series.exceptions?.forEach((e, j) => {
    if (e.kind === 'move') fields[`werkgroepen[${i}].series.exceptions[${j}].location`] = e.location;
  });
  return fields;
}

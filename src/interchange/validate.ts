import type { z } from 'zod';
import { InvalidInput, PrivacyRefusal } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { zodOwnWords } from '../messages/zod-words.ts';
import type { Guard } from '../privacy/guard.ts';
import { guardFields, linkForGuard, type TextPass } from '../privacy/guarded-text.ts';
import { defineSeries } from '../schedule/series-definition.ts';
import { movedPartOf, type SeriesInput } from '../schedule/series-schema.ts';
import { tertiaalOf } from '../schedule/tertialen.ts';
import type { ExistingIds } from '../store/interchange-repo.ts';
import { databaseId } from './ids.ts';
import { firstNameTwice, jsonSyntaxProblem } from './json-syntax.ts';
import { type Interchange, interchangeSchema } from './schema.ts';

/** One thing wrong with a file: where (a JSON path such as `members[3].domain`) and what, in the language being spoken. */
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
  return out || words().imports.references.wholeFile;
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
  const twice = firstNameTwice(json);
  if (twice) {
    return {
      ok: false,
      problems: [{ path: jsonPath(twice.path), message: words().imports.json.nameTwice(twice.name) }],
    };
  }
  const parsed = interchangeSchema.safeParse(raw, { error: zodOwnWords });
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const doc = parsed.data;
  const privacy = privacyProblems(doc, guard);
  const problems = [
    ...referenceProblems(doc, existing),
    ...emailProblems(doc, existing),
    ...seriesProblems(doc),
    ...privacy.problems,
  ];
  return privacy.pass && problems.length === 0
    ? { ok: true, document: doc, pass: privacy.pass }
    : { ok: false, problems };
}

/** Where the file stops being JSON (line and column, as an editor counts them) and what to do. */
function notJson(json: string): FileProblem {
  const at = jsonSyntaxProblem(json);
  const w = words().imports;
  return at
    ? { path: w.json.at(at.line, at.column), message: w.json.notJson(at.message) }
    : { path: w.references.wholeFile, message: w.json.notJsonAtAll };
}

/** Each unknown field at its own place (`members[0].telefoon`), as a value is named. */
function zodProblems(error: z.ZodError): FileProblem[] {
  return error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({
          path: jsonPath([...i.path, key]),
          message: words().imports.value.unknownFields([key]),
        }))
      : [{ path: jsonPath(i.path), message: i.message }],
  );
}

function referenceProblems(doc: Interchange, existing: ExistingIds): FileProblem[] {
  const problems: FileProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const w = words().imports.references;
  const regions = new Set(existing.regions);
  const fileRegions = new Set<string>();
  doc.regions.forEach((r, i) => {
    if (fileRegions.has(r.id)) add(`regions[${i}].id`, w.regionTwice(r.id));
    fileRegions.add(r.id);
    regions.add(r.id);
  });
  const region = (id: string, path: string) => {
    if (!regions.has(id)) add(path, w.noRegion(id));
  };
  // Member and werkgroep ids map to database ids; the region they belong to may not change.
  const members = new Map(existing.members);
  const fileMembers = new Set<string>();
  doc.members.forEach((m, i) => {
    region(m.regionId, `members[${i}].regionId`);
    const dbId = databaseId('member', m.id);
    if (fileMembers.has(dbId)) add(`members[${i}].id`, w.memberTwice(m.id));
    const before = existing.members.get(dbId);
    if (before !== undefined && before !== m.regionId) {
      add(`members[${i}].regionId`, w.memberMoved(m.id));
    }
    fileMembers.add(dbId);
    members.set(dbId, m.regionId);
  });
  const werkgroepen = new Map(existing.overleggen);
  const fileWerkgroepen = new Set<string>();
  doc.werkgroepen.forEach((g, i) => {
    region(g.regionId, `werkgroepen[${i}].regionId`);
    const dbId = databaseId('werkgroep', g.id);
    if (fileWerkgroepen.has(dbId)) add(`werkgroepen[${i}].id`, w.werkgroepTwice(g.id));
    const before = existing.overleggen.get(dbId);
    if (before !== undefined && before !== g.regionId) {
      add(`werkgroepen[${i}].regionId`, w.werkgroepMoved(g.id));
    }
    fileWerkgroepen.add(dbId);
    werkgroepen.set(dbId, g.regionId);
  });
  const sameNames = new Set<string>();
  doc.werkgroepen.forEach((g, i) => {
    const key = `${g.regionId}/${g.name}`;
    if (sameNames.has(key)) add(`werkgroepen[${i}].name`, w.sameName(g.name));
    sameNames.add(key);
    g.memberIds.forEach((id, j) => {
      const memberRegion = members.get(databaseId('member', id));
      if (memberRegion === undefined) add(`werkgroepen[${i}].memberIds[${j}]`, w.noMember(id));
      else if (memberRegion !== g.regionId) add(`werkgroepen[${i}].memberIds[${j}]`, w.memberElsewhere(id));
    });
  });
  const seen = new Set<string>();
  doc.checkins.forEach((c, i) => {
    const memberRegion = members.get(databaseId('member', c.memberId));
    const werkgroepRegion = werkgroepen.get(databaseId('werkgroep', c.werkgroepId));
    if (memberRegion === undefined) add(`checkins[${i}].memberId`, w.noMember(c.memberId));
    if (werkgroepRegion === undefined) add(`checkins[${i}].werkgroepId`, w.noWerkgroep(c.werkgroepId));
    if (memberRegion !== undefined && werkgroepRegion !== undefined && memberRegion !== werkgroepRegion) {
      add(`checkins[${i}].memberId`, w.memberNotWerkgroepRegion(c.memberId));
    }
    const key = `${c.memberId}/${c.werkgroepId}/${c.date}`;
    if (seen.has(key)) add(`checkins[${i}]`, w.checkinTwice);
    seen.add(key);
  });
  // One checklist and one voortgang per region and tertiaal: a second (by tertiaal or by a date in it) would
  // overwrite the first and be counted as "stood there already".
  for (const [list, entries] of [
    ['checklist', doc.checklist],
    ['voortgang', doc.voortgang],
  ] as const) {
    const tertialen = new Set<string>();
    for (const [i, e] of entries.entries()) {
      region(e.regionId, `${list}[${i}].regionId`);
      const tertiaal = e.tertiaal ?? tertiaalOf(e.date!).label;
      const key = `${e.regionId}\n${tertiaal}`;
      if (tertialen.has(key)) add(`${list}[${i}]`, w.tertiaalTwice(tertiaal));
      tertialen.add(key);
    }
  }
  return problems;
}

/**
 * Two members of one region with one e-mail address cannot be told apart (by the members CSV
 * import, which matches by address, nor by members erase --email): refused, as the CSV import does.
 */
function emailProblems(doc: Interchange, existing: ExistingIds): FileProblem[] {
  const w = words().imports.references;
  const inFile = new Set(doc.members.map((m) => databaseId('member', m.id)));
  const owner = new Map<string, string>();
  for (const [id, email] of existing.emails ?? []) {
    if (!inFile.has(id)) owner.set(`${existing.members.get(id)}\n${email}`, 'db');
  }
  return doc.members.flatMap((m, i) => {
    if (!m.email) return [];
    const key = `${m.regionId}\n${m.email.toLowerCase()}`;
    const earlier = owner.get(key);
    if (earlier === undefined) {
      owner.set(key, `members[${i}]`);
      return [];
    }
    const message = earlier === 'db' ? w.emailTaken(m.regionId) : w.emailTwice(earlier);
    return [{ path: `members[${i}].email`, message }];
  });
}

/**
 * The rules of a series beyond its shape (an end before the first meeting, changes out of date
 * order…): the check the forms and the chat run (defineSeries), each reason under its place.
 */
function seriesProblems(doc: Interchange): FileProblem[] {
  const w = words().imports.references;
  return doc.werkgroepen.flatMap((g, i) => {
    if (!g.series) return [];
    try {
      defineSeries(g.series);
      return [];
    } catch (err) {
      if (!(err instanceof InvalidInput)) throw err;
      return err.problems.map((p) => ({
        // The problem's field is a path in the series, "changes.1.firstStart".
        path: jsonPath(['werkgroepen', i, 'series', ...p.field.split('.').map(step)]),
        message: w.seriesOf(g.regionId, g.name, p.message),
      }));
    }
  });
}

const step = (part: string): string | number => (/^\d+$/.test(part) ? Number(part) : part);

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
    const path = `werkgroepen[${i}].series.exceptions[${j}]${e.kind === 'cancel' ? '.moved' : ''}.location`;
    fields[path] = movedPartOf(e)?.location;
  });
  return fields;
}

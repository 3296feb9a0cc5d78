import type { FieldProblem } from '../../domain/errors.ts';
import {
  KNELPUNT_CATEGORY_SLUGS,
  KNELPUNT_UPDATES,
  type KnelpuntCategory,
  type KnelpuntUpdate,
} from '../../domain/knelpunten.ts';
import { words } from '../catalogue/words.ts';
import {
  type CheckinAnswer,
  type KnelpuntUpdateAnswer,
  MAX_LENGTH,
  MAX_OPEN_KNELPUNTEN,
  NEW_KNELPUNT_SLOTS,
  type NewKnelpunt,
  NIVEAU_FIELD,
  newKnelpuntField,
  OPEN_KNELPUNT_FIELD,
  openKnelpuntField,
  TOELICHTING_FIELD,
  WENT_WELL_FIELD,
} from './checkin-form.ts';
import {
  type FieldSchemas,
  optionalChoiceSchema,
  type ParseResult,
  parseFields,
  requiredChoiceSchema,
  textSchema,
} from './fields.ts';
import type { RawValues } from './model.ts';
import { NIVEAU_VALUES } from './niveau-options.ts';

/**
 * The zod schema of every check-in field in `raw`. Open knelpunten are found by their field
 * ids, so the parser needs no form; the core checks that each id is one of the round's.
 */
export function checkinSchemas(raw: RawValues): FieldSchemas {
  // Built once: making zod schemas costs more than using them, and every submission needs them.
  cached ??= buildSchemas();
  const { fixed, openUpdate, openOplossing } = cached;
  const schemas: Record<string, FieldSchemas[string]> = { ...fixed };
  for (const id of openKnelpuntIds(raw)) {
    schemas[openKnelpuntField(id, 'update')] = openUpdate;
    schemas[openKnelpuntField(id, 'oplossing')] = openOplossing;
  }
  return schemas;
}

let cached: ReturnType<typeof buildSchemas> | undefined;

function buildSchemas() {
  const fixed: Record<string, FieldSchemas[string]> = {
    [NIVEAU_FIELD]: requiredChoiceSchema(NIVEAU_VALUES, () => words().checkinForm.niveauMissing),
    [TOELICHTING_FIELD]: textSchema(MAX_LENGTH.toelichting),
    [WENT_WELL_FIELD]: textSchema(MAX_LENGTH.wentWell),
  };
  for (let slot = 1; slot <= NEW_KNELPUNT_SLOTS; slot++) {
    fixed[newKnelpuntField(slot, 'description')] = textSchema(MAX_LENGTH.description);
    fixed[newKnelpuntField(slot, 'category')] = optionalChoiceSchema(KNELPUNT_CATEGORY_SLUGS);
    fixed[newKnelpuntField(slot, 'oplossing')] = textSchema(MAX_LENGTH.oplossing);
  }
  return {
    fixed,
    openUpdate: optionalChoiceSchema(KNELPUNT_UPDATES),
    openOplossing: textSchema(MAX_LENGTH.oplossing),
  };
}

function openKnelpuntIds(raw: RawValues): string[] {
  const ids = new Set<string>();
  for (const key of Object.keys(raw)) {
    const id = OPEN_KNELPUNT_FIELD.exec(key)?.[1];
    if (id) ids.add(id);
  }
  // Sorted so that Slack's and Teams' different key orders give one answer; capped like the form.
  return [...ids].sort().slice(0, MAX_OPEN_KNELPUNTEN);
}

export function parseCheckin(raw: RawValues): ParseResult<CheckinAnswer> {
  const { values, problems } = parseFields(checkinSchemas(raw), raw);
  const text = (id: string) => (values[id] as string | null | undefined) ?? null;
  const has = (id: string) => problems.some((p) => p.field === id);
  const add = (problem: FieldProblem) => {
    if (!has(problem.field)) problems.push(problem);
  };

  const newKnelpunten: NewKnelpunt[] = [];
  for (let slot = 1; slot <= NEW_KNELPUNT_SLOTS; slot++) {
    const ids = {
      description: newKnelpuntField(slot, 'description'),
      category: newKnelpuntField(slot, 'category'),
      oplossing: newKnelpuntField(slot, 'oplossing'),
    };
    const description = text(ids.description);
    const category = (values[ids.category] as KnelpuntCategory | null | undefined) ?? null;
    const oplossing = text(ids.oplossing);
    if (description === null && (category !== null || oplossing !== null || has(ids.oplossing))) {
      add({ field: ids.description, message: words().checkinForm.descriptionMissing });
    } else if (description !== null && category === null && !has(ids.category)) {
      add({ field: ids.category, message: words().checkinForm.categoryMissing });
    } else if (description !== null && category !== null) {
      newKnelpunten.push({ description, category, oplossing });
    }
  }

  const knelpuntUpdates: KnelpuntUpdateAnswer[] = [];
  for (const knelpuntId of openKnelpuntIds(raw)) {
    const updateId = openKnelpuntField(knelpuntId, 'update');
    const update = (values[updateId] as KnelpuntUpdate | null | undefined) ?? null;
    const oplossing = text(openKnelpuntField(knelpuntId, 'oplossing'));
    if (update !== null) knelpuntUpdates.push({ knelpuntId, update, oplossing });
    else if (oplossing !== null && !has(updateId)) {
      add({ field: updateId, message: words().checkinForm.updateMissing });
    }
  }

  const niveau = values[NIVEAU_FIELD] as string | undefined;
  if (problems.length > 0 || niveau === undefined) return { ok: false, problems };
  return {
    ok: true,
    value: {
      samenwerkingsniveau: Number(niveau),
      toelichting: text(TOELICHTING_FIELD),
      newKnelpunten,
      knelpuntUpdates,
      wentWell: text(WENT_WELL_FIELD),
    },
  };
}

import {
  KNELPUNT_CATEGORY_SLUGS,
  KNELPUNT_UPDATES,
  type KnelpuntCategory,
  type KnelpuntUpdate,
} from '../../domain/knelpunten.ts';
import { words } from '../catalogue/words.ts';
import { shorten } from '../model.ts';
import { tooLong } from './fields.ts';
import type { ChoiceOption, Field, Form } from './model.ts';
import { niveauOptions } from './niveau-options.ts';
import { withValues } from './submitted-values.ts';

/** The check-in after a werkgroep meeting: only the samenwerkingsniveau is required. */

export interface NewKnelpunt {
  readonly description: string;
  readonly category: KnelpuntCategory;
  /** A possible solution; null means "nog geen oplossing bedacht". */
  readonly oplossing: string | null;
}

export interface KnelpuntUpdateAnswer {
  readonly knelpuntId: string;
  readonly update: KnelpuntUpdate;
  /** How it was solved, or what was done about it. */
  readonly oplossing: string | null;
}

/** The parsed check-in: what the core stores for one member and one round. */
export interface CheckinAnswer {
  /** 1 to 6 in halves. */
  readonly samenwerkingsniveau: number;
  readonly toelichting: string | null;
  readonly newKnelpunten: readonly NewKnelpunt[];
  /** Ordered by knelpunt id, so both platforms give the same answer. */
  readonly knelpuntUpdates: readonly KnelpuntUpdateAnswer[];
  readonly wentWell: string | null;
}

export interface OpenKnelpunt {
  /** Letters, digits and dashes only (a uuid or a number): it becomes part of field ids. */
  readonly id: string;
  readonly description: string;
  readonly category: KnelpuntCategory;
}

export interface CheckinContext {
  readonly roundId: string;
  readonly werkgroepName: string;
  /** As the member reads it, e.g. "dinsdag 6 oktober 2026". */
  readonly meetingDate: string;
  /** Open knelpunten of earlier rounds, most relevant first; only the first 20 are asked. */
  readonly openKnelpunten: readonly OpenKnelpunt[];
  /** The member's earlier answer, when they change their check-in. */
  readonly previous?: CheckinAnswer;
}

export const NIVEAU_FIELD = 'samenwerkingsniveau';
export const TOELICHTING_FIELD = 'toelichting';
export const WENT_WELL_FIELD = 'went_well';
/** The survey the programme used asked for at most three knelpunten. */
export const NEW_KNELPUNT_SLOTS = 3;
/** Keeps the Slack modal under its 100 blocks, and the check-in short. */
export const MAX_OPEN_KNELPUNTEN = 20;
export const MAX_LENGTH = { toelichting: 1000, wentWell: 1000, description: 300, oplossing: 500 } as const;

export type NewKnelpuntPart = 'description' | 'category' | 'oplossing';
export function newKnelpuntField(slot: number, part: NewKnelpuntPart): string {
  return `new${slot}_${part}`;
}

export const KNELPUNT_ID = /^[A-Za-z0-9-]{1,64}$/;
export type OpenKnelpuntPart = 'update' | 'oplossing';
export function openKnelpuntField(knelpuntId: string, part: OpenKnelpuntPart): string {
  return `open_${knelpuntId}_${part}`;
}
/** Reads an open-knelpunt field id back: the parser finds these fields without the form. */
export const OPEN_KNELPUNT_FIELD = /^open_([A-Za-z0-9-]{1,64})_(update|oplossing)$/;

/** A knelpunt category as the member reads it, in the language being spoken now. */
export function categoryLabel(slug: KnelpuntCategory): string {
  return words().knelpunten.categories[slug]?.label ?? slug;
}

function categoryOptions(): readonly ChoiceOption[] {
  return KNELPUNT_CATEGORY_SLUGS.map((slug) => {
    const c = words().knelpunten.categories[slug];
    return { value: slug, label: c?.label ?? slug, ...(c?.examples ? { description: c.examples } : {}) };
  });
}

function updateOptions(): readonly ChoiceOption[] {
  return KNELPUNT_UPDATES.map((u) => ({ value: u, label: words().knelpunten.updates[u] }));
}

export function checkinForm(ctx: CheckinContext): Form {
  const open = ctx.openKnelpunten.slice(0, MAX_OPEN_KNELPUNTEN);
  for (const k of open) {
    if (!KNELPUNT_ID.test(k.id)) throw new Error(`knelpunt id cannot be part of a field id: ${k.id}`);
  }
  const w = words().checkinForm;
  const fields: Field[] = [
    {
      kind: 'choice',
      id: NIVEAU_FIELD,
      label: w.niveauLabel,
      help: w.niveauHelp,
      required: true,
      errorMessage: w.niveauMissing,
      placeholder: w.niveauPlaceholder,
      options: niveauOptions(),
    },
    {
      kind: 'text',
      id: TOELICHTING_FIELD,
      label: w.toelichtingLabel,
      help: w.toelichtingHelp,
      required: false,
      multiline: true,
      maxLength: MAX_LENGTH.toelichting,
    },
    {
      kind: 'section',
      id: 'new_knelpunten',
      heading: w.newHeading,
      text: w.newText,
    },
    ...Array.from({ length: NEW_KNELPUNT_SLOTS }, (_, i) => newKnelpuntFields(i + 1)).flat(),
    ...openKnelpuntFields(open, ctx.openKnelpunten.length),
    {
      kind: 'text',
      id: WENT_WELL_FIELD,
      label: w.wentWellLabel,
      help: w.wentWellHelp,
      required: false,
      multiline: true,
      maxLength: MAX_LENGTH.wentWell,
    },
  ];
  const form: Form = {
    id: 'checkin',
    title: w.title,
    submitLabel: w.submit,
    intro: w.intro(ctx.werkgroepName, ctx.meetingDate),
    fields,
    privateMetadata: { roundId: ctx.roundId },
  };
  return ctx.previous ? withValues(form, checkinValues(ctx.previous)) : form;
}

/** The button that shows knelpunt slot `slot` (2 or 3); each waits for the one before. */
export function moreKnelpuntReveal(slot: number): string {
  return `meer_knelpunt_${slot}`;
}
export const OPEN_OPLOSSING_REVEAL = 'toelichting_open';

/**
 * One knelpunt slot. Only the first shows at once: most members name none or one, and
 * "Nog een knelpunt" shows the next (the survey asked for at most three).
 */
function newKnelpuntFields(slot: number): Field[] {
  const w = words().checkinForm;
  const first = slot === 1;
  const behind = first ? {} : { revealedBy: moreKnelpuntReveal(slot) };
  const fields: Field[] = [
    {
      kind: 'text',
      id: newKnelpuntField(slot, 'description'),
      label: w.knelpuntLabel(slot),
      ...(first ? { help: w.knelpuntHelp } : {}),
      required: false,
      errorMessage: tooLong(MAX_LENGTH.description),
      multiline: false,
      maxLength: MAX_LENGTH.description,
      ...behind,
    },
    {
      kind: 'choice',
      id: newKnelpuntField(slot, 'category'),
      label: w.categoryLabel(slot),
      required: false,
      errorMessage: w.categoryMissing,
      placeholder: w.categoryPlaceholder,
      options: categoryOptions(),
      ...behind,
    },
    {
      kind: 'text',
      id: newKnelpuntField(slot, 'oplossing'),
      label: w.oplossingLabel(slot),
      help: w.oplossingHelp,
      required: false,
      errorMessage: tooLong(MAX_LENGTH.oplossing),
      multiline: false,
      maxLength: MAX_LENGTH.oplossing,
      ...behind,
    },
  ];
  if (slot === NEW_KNELPUNT_SLOTS) return fields;
  const next = moreKnelpuntReveal(slot + 1);
  return [...fields, { kind: 'reveal', id: next, label: w.anotherKnelpunt, ...behind }];
}

function openKnelpuntFields(open: readonly OpenKnelpunt[], total: number): Field[] {
  if (open.length === 0) return [];
  const rest = total - open.length;
  const w = words().checkinForm;
  const fields: Field[] = [
    {
      kind: 'section',
      id: 'open_knelpunten',
      heading: w.openHeading,
      text: w.openText + (rest > 0 ? w.openRest(rest) : ''),
      items: {
        fieldIds: open.map((k) => [openKnelpuntField(k.id, 'update'), openKnelpuntField(k.id, 'oplossing')]),
        more: (hidden) => w.openText + w.openRest(rest + hidden),
      },
    },
  ];
  // One compact choice per knelpunt; what was done about them waits behind one button.
  for (const k of open) {
    fields.push({
      kind: 'choice',
      id: openKnelpuntField(k.id, 'update'),
      label: shorten(k.description, 300),
      help: w.openHelp(categoryLabel(k.category)),
      required: false,
      errorMessage: w.updateMissing,
      placeholder: w.openPlaceholder,
      options: updateOptions(),
    });
  }
  fields.push({ kind: 'reveal', id: OPEN_OPLOSSING_REVEAL, label: w.explainDone });
  for (const k of open) {
    fields.push({
      kind: 'text',
      id: openKnelpuntField(k.id, 'oplossing'),
      label: w.whatWasDone(shorten(k.description, 80)),
      required: false,
      errorMessage: tooLong(MAX_LENGTH.oplossing),
      multiline: false,
      maxLength: MAX_LENGTH.oplossing,
      revealedBy: OPEN_OPLOSSING_REVEAL,
    });
  }
  return fields;
}

/** A check-in answer as raw form values: to show it again, and the inverse of the parser. */
export function checkinValues(answer: CheckinAnswer): Record<string, string> {
  const values: Record<string, string> = { [NIVEAU_FIELD]: String(answer.samenwerkingsniveau) };
  if (answer.toelichting) values[TOELICHTING_FIELD] = answer.toelichting;
  if (answer.wentWell) values[WENT_WELL_FIELD] = answer.wentWell;
  answer.newKnelpunten.slice(0, NEW_KNELPUNT_SLOTS).forEach((k, i) => {
    values[newKnelpuntField(i + 1, 'description')] = k.description;
    values[newKnelpuntField(i + 1, 'category')] = k.category;
    if (k.oplossing) values[newKnelpuntField(i + 1, 'oplossing')] = k.oplossing;
  });
  for (const u of answer.knelpuntUpdates) {
    values[openKnelpuntField(u.knelpuntId, 'update')] = u.update;
    if (u.oplossing) values[openKnelpuntField(u.knelpuntId, 'oplossing')] = u.oplossing;
  }
  return values;
}

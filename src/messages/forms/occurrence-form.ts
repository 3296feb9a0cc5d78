import { z } from 'zod';
import type { FieldProblem } from '../../domain/errors.ts';
import { words } from '../catalogue/words.ts';
import { dateSchema, type ParseResult, parseFields, requiredChoiceSchema, timeSchema } from './fields.ts';
import type { ChoiceOption, Form, RawValues } from './model.ts';

/** The projectleider moves or cancels one meeting, chosen from the next ones. */
export interface OccurrenceFormAnswer {
  readonly originalStart: string;
  readonly action: 'verplaatsen' | 'annuleren';
  readonly newDate: string | null;
  readonly newTime: string | null;
}

export interface OccurrenceFormContext {
  readonly overlegId: string;
  readonly werkgroepName: string;
  /** The next meetings: value is the original local start, label how it reads ("dinsdag 6 oktober 2026, 14:00–15:30"). */
  readonly occurrences: readonly ChoiceOption[];
  /** Today in the werkgroep's time zone (JJJJ-MM-DD): the calendar offers no earlier day. */
  readonly today?: string;
}

export const OCCURRENCE_FIELDS = {
  occurrence: 'bijeenkomst',
  action: 'actie',
  date: 'nieuwe_datum',
  time: 'nieuwe_tijd',
} as const;

export function occurrenceForm(ctx: OccurrenceFormContext): Form {
  const w = words().forms.occurrence;
  const actions: readonly ChoiceOption[] = [
    { value: 'verplaatsen', label: w.move },
    { value: 'annuleren', label: w.cancel },
  ];
  return {
    id: 'bijeenkomst',
    title: w.title,
    submitLabel: words().forms.save,
    intro: w.intro(ctx.werkgroepName),
    privateMetadata: { overlegId: ctx.overlegId },
    fields: [
      {
        kind: 'choice',
        id: OCCURRENCE_FIELDS.occurrence,
        label: w.which,
        options: ctx.occurrences,
        required: true,
        errorMessage: w.whichMissing,
      },
      {
        kind: 'choice',
        id: OCCURRENCE_FIELDS.action,
        label: w.what,
        options: actions,
        required: true,
        errorMessage: w.whatMissing,
      },
      {
        kind: 'date',
        id: OCCURRENCE_FIELDS.date,
        label: w.newDate,
        help: w.newDateHelp,
        required: false,
        errorMessage: words().forms.dateInvalid,
        ...(ctx.today ? { min: ctx.today } : {}),
      },
      {
        kind: 'time',
        id: OCCURRENCE_FIELDS.time,
        label: w.newTime,
        help: w.newTimeHelp,
        required: false,
        errorMessage: words().forms.timeInvalid,
      },
    ],
  };
}

export function parseOccurrenceForm(
  raw: RawValues,
  known: readonly string[] | null = null,
): ParseResult<OccurrenceFormAnswer> {
  const w = words().forms.occurrence;
  const { values: v, problems } = parseFields(
    {
      [OCCURRENCE_FIELDS.occurrence]: z.preprocess(
        (x) => (typeof x === 'string' && x !== '' ? x : undefined),
        z
          .string({ error: w.whichMissing })
          .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: words().fields.notInList }),
      ),
      [OCCURRENCE_FIELDS.action]: requiredChoiceSchema(['verplaatsen', 'annuleren'] as const, w.whatMissing),
      [OCCURRENCE_FIELDS.date]: dateSchema(null),
      [OCCURRENCE_FIELDS.time]: timeSchema(null),
    },
    raw,
  );
  const all: FieldProblem[] = [...problems];
  const original = v[OCCURRENCE_FIELDS.occurrence] as string | undefined;
  if (original && known && !known.includes(original)) {
    all.push({ field: OCCURRENCE_FIELDS.occurrence, message: w.notInList });
  }
  const action = v[OCCURRENCE_FIELDS.action] as 'verplaatsen' | 'annuleren' | undefined;
  const newDate = (v[OCCURRENCE_FIELDS.date] as string | null | undefined) ?? null;
  if (action === 'verplaatsen' && !newDate && !problems.some((p) => p.field === OCCURRENCE_FIELDS.date)) {
    all.push({ field: OCCURRENCE_FIELDS.date, message: w.newDateMissing });
  }
  if (all.length > 0 || !original || !action) return { ok: false, problems: all };
  const t = (v[OCCURRENCE_FIELDS.time] as string | null | undefined) ?? null;
  return {
    ok: true,
    value: {
      originalStart: original,
      action,
      newDate,
      newTime: t,
    },
  };
}

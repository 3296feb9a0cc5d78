import { z } from 'zod';
import type { FieldProblem } from '../../domain/errors.ts';
import {
  DATE_INVALID,
  dateSchema,
  NOT_IN_LIST,
  type ParseResult,
  parseFields,
  requiredChoiceSchema,
  TIME_INVALID,
  timeSchema,
} from './fields.ts';
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
}

export const OCCURRENCE_FIELDS = {
  occurrence: 'bijeenkomst',
  action: 'actie',
  date: 'nieuwe_datum',
  time: 'nieuwe_tijd',
} as const;

const ACTIONS: readonly ChoiceOption[] = [
  { value: 'verplaatsen', label: 'Verplaatsen' },
  { value: 'annuleren', label: 'Laten vervallen' },
];

export function occurrenceForm(ctx: OccurrenceFormContext): Form {
  return {
    id: 'bijeenkomst',
    title: 'Eén bijeenkomst',
    submitLabel: 'Opslaan',
    intro: `Verplaats of laat één bijeenkomst van ${ctx.werkgroepName} vervallen. De reeks zelf blijft staan.`,
    privateMetadata: { overlegId: ctx.overlegId },
    fields: [
      {
        kind: 'choice',
        id: OCCURRENCE_FIELDS.occurrence,
        label: 'Welke bijeenkomst',
        options: ctx.occurrences,
        required: true,
        errorMessage: 'Kies de bijeenkomst.',
      },
      {
        kind: 'choice',
        id: OCCURRENCE_FIELDS.action,
        label: 'Wat wil je doen',
        options: ACTIONS,
        required: true,
        errorMessage: 'Kies verplaatsen of laten vervallen.',
      },
      {
        kind: 'date',
        id: OCCURRENCE_FIELDS.date,
        label: 'Nieuwe datum',
        help: 'Alleen bij verplaatsen.',
        required: false,
        errorMessage: DATE_INVALID,
      },
      {
        kind: 'time',
        id: OCCURRENCE_FIELDS.time,
        label: 'Nieuwe tijd',
        help: 'Leeg laten voor dezelfde tijd.',
        required: false,
        errorMessage: TIME_INVALID,
      },
    ],
  };
}

export function parseOccurrenceForm(
  raw: RawValues,
  known: readonly string[] | null = null,
): ParseResult<OccurrenceFormAnswer> {
  const { values: v, problems } = parseFields(
    {
      [OCCURRENCE_FIELDS.occurrence]: z.preprocess(
        (x) => (typeof x === 'string' && x !== '' ? x : undefined),
        z
          .string({ error: 'Kies de bijeenkomst.' })
          .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: NOT_IN_LIST }),
      ),
      [OCCURRENCE_FIELDS.action]: requiredChoiceSchema(
        ['verplaatsen', 'annuleren'] as const,
        'Kies verplaatsen of laten vervallen.',
      ),
      [OCCURRENCE_FIELDS.date]: dateSchema(null),
      [OCCURRENCE_FIELDS.time]: timeSchema(null),
    },
    raw,
  );
  const all: FieldProblem[] = [...problems];
  const original = v[OCCURRENCE_FIELDS.occurrence] as string | undefined;
  if (original && known && !known.includes(original)) {
    all.push({ field: OCCURRENCE_FIELDS.occurrence, message: 'Kies de bijeenkomst uit de lijst.' });
  }
  const action = v[OCCURRENCE_FIELDS.action] as 'verplaatsen' | 'annuleren' | undefined;
  const newDate = (v[OCCURRENCE_FIELDS.date] as string | null | undefined) ?? null;
  if (action === 'verplaatsen' && !newDate && !problems.some((p) => p.field === OCCURRENCE_FIELDS.date)) {
    all.push({ field: OCCURRENCE_FIELDS.date, message: 'Vul de nieuwe datum in.' });
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

import { z } from 'zod';
import type { FieldProblem } from '../../domain/errors.ts';
import { NOT_IN_LIST, type ParseResult, parseFields, requiredChoiceSchema } from './fields.ts';
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
        kind: 'text',
        id: OCCURRENCE_FIELDS.date,
        label: 'Nieuwe datum (JJJJ-MM-DD)',
        help: 'Alleen bij verplaatsen.',
        required: false,
        format: 'date',
        multiline: false,
        maxLength: 10,
        placeholder: '2026-04-28',
      },
      {
        kind: 'text',
        id: OCCURRENCE_FIELDS.time,
        label: 'Nieuwe tijd (UU:MM)',
        help: 'Leeg laten voor dezelfde tijd.',
        required: false,
        format: 'time',
        multiline: false,
        maxLength: 5,
        placeholder: '14:00',
      },
    ],
  };
}

const optional = (re: RegExp, message: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? null : v.trim().replace('.', ':')) : (v ?? null)),
    z.string().regex(re, { error: message }).nullable(),
  );

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
      [OCCURRENCE_FIELDS.date]: optional(
        /^\d{4}-\d{2}-\d{2}$/,
        'Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-04-28.',
      ),
      [OCCURRENCE_FIELDS.time]: optional(
        /^([01]?\d|2[0-3]):[0-5]\d$/,
        'Vul een tijd in als UU:MM, bijvoorbeeld 14:00.',
      ),
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
      newTime: t ? `${t.split(':')[0]!.padStart(2, '0')}:${t.split(':')[1]}` : null,
    },
  };
}

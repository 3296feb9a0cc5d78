import { z } from 'zod';
import type { FieldProblem } from '../../domain/errors.ts';
import { SERIES_TEXT_LIMITS } from '../../schedule/series-schema.ts';
import {
  dateSchema,
  type FieldSchemas,
  type ParseResult,
  parseFields,
  requiredChoiceSchema,
  textSchema,
  timeSchema,
  wholeNumberSchema,
} from './fields.ts';
import {
  DATE_MISSING,
  DURATION_MESSAGE,
  durationField,
  meetingDateField,
  meetingTimeField,
  TIME_MISSING,
} from './meeting-fields.ts';
import type { ChoiceOption, Form, RawValues } from './model.ts';

/**
 * The projectleider's series form: a new series, or the series changed from a date onward.
 * Dates and times are picked; both platforms send them as JJJJ-MM-DD and UU:MM.
 */
export interface SeriesFormAnswer {
  readonly date: string;
  readonly time: string;
  readonly everyWeeks: number;
  readonly durationMinutes: number;
  readonly location: string | null;
  readonly onlineUrl: string | null;
}

export interface SeriesFormContext {
  readonly overlegId: string;
  readonly werkgroepName: string;
  readonly mode: 'nieuw' | 'wijzig';
}

export const SERIES_FIELDS = {
  date: 'datum',
  time: 'tijd',
  everyWeeks: 'elke',
  duration: 'duur',
  location: 'plaats',
  onlineUrl: 'link',
} as const;

const WEEKS: readonly ChoiceOption[] = [1, 2, 3, 4, 5, 6, 8].map((n) => ({
  value: String(n),
  label: n === 1 ? 'elke week' : `elke ${n} weken`,
}));

export function seriesForm(ctx: SeriesFormContext): Form {
  const nieuw = ctx.mode === 'nieuw';
  return {
    id: 'reeks',
    title: nieuw ? 'Nieuwe reeks' : 'Reeks wijzigen',
    submitLabel: 'Opslaan',
    intro: nieuw
      ? `De bijeenkomsten van ${ctx.werkgroepName}. De tijd blijft gelijk, ook als de zomertijd begint of eindigt.`
      : `Vanaf welke datum verandert de reeks van ${ctx.werkgroepName}? Eerdere bijeenkomsten blijven zoals ze waren.`,
    privateMetadata: { overlegId: ctx.overlegId, mode: ctx.mode },
    fields: [
      meetingDateField(SERIES_FIELDS.date, nieuw ? 'Eerste bijeenkomst' : 'Vanaf'),
      meetingTimeField(SERIES_FIELDS.time),
      {
        kind: 'choice',
        id: SERIES_FIELDS.everyWeeks,
        label: 'Hoe vaak',
        options: WEEKS,
        required: true,
        errorMessage: 'Kies hoe vaak de werkgroep bijeenkomt.',
        initial: '4',
      },
      durationField(SERIES_FIELDS.duration),
      {
        kind: 'text',
        id: SERIES_FIELDS.location,
        label: 'Plaats',
        required: false,
        multiline: false,
        maxLength: SERIES_TEXT_LIMITS.location,
      },
      {
        kind: 'text',
        id: SERIES_FIELDS.onlineUrl,
        label: 'Link voor online deelname',
        required: false,
        format: 'url',
        multiline: false,
        maxLength: SERIES_TEXT_LIMITS.onlineUrl,
        placeholder: 'https://…',
      },
    ],
  };
}

const url = z.preprocess(
  (v) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : v),
  z.url({ protocol: /^https?$/, error: 'Vul een volledige link in die begint met https://.' }).nullable(),
);

function schemas(): FieldSchemas {
  return {
    [SERIES_FIELDS.date]: dateSchema(DATE_MISSING),
    [SERIES_FIELDS.time]: timeSchema(TIME_MISSING),
    [SERIES_FIELDS.everyWeeks]: requiredChoiceSchema(
      WEEKS.map((w) => w.value),
      'Kies hoe vaak de werkgroep bijeenkomt.',
    ),
    [SERIES_FIELDS.duration]: wholeNumberSchema(15, 480, DURATION_MESSAGE),
    [SERIES_FIELDS.location]: textSchema(200),
    [SERIES_FIELDS.onlineUrl]: url,
  };
}

export function parseSeriesForm(raw: RawValues): ParseResult<SeriesFormAnswer> {
  const { values: v, problems } = parseFields(schemas(), raw);
  const all: FieldProblem[] = [...problems];
  if (v[SERIES_FIELDS.duration] === null && !problems.some((p) => p.field === SERIES_FIELDS.duration)) {
    all.push({ field: SERIES_FIELDS.duration, message: DURATION_MESSAGE });
  }
  if (all.length > 0) return { ok: false, problems: all };
  return {
    ok: true,
    value: {
      date: String(v[SERIES_FIELDS.date]),
      time: String(v[SERIES_FIELDS.time]),
      everyWeeks: Number(v[SERIES_FIELDS.everyWeeks]),
      durationMinutes: Number(v[SERIES_FIELDS.duration]),
      location: (v[SERIES_FIELDS.location] as string | null) ?? null,
      onlineUrl: (v[SERIES_FIELDS.onlineUrl] as string | null) ?? null,
    },
  };
}

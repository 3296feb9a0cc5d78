import { z } from 'zod';
import type { FieldProblem } from '../../domain/errors.ts';
import { SERIES_TEXT_LIMITS } from '../../schedule/series-schema.ts';
import { words } from '../catalogue/words.ts';
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
import { DURATION_MINUTES, durationField, meetingDateField, meetingTimeField } from './meeting-fields.ts';
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
  /** Today in the werkgroep's time zone (JJJJ-MM-DD): the calendar offers no earlier day. */
  readonly today?: string;
}

export const SERIES_FIELDS = {
  date: 'datum',
  time: 'tijd',
  everyWeeks: 'elke',
  duration: 'duur',
  location: 'plaats',
  onlineUrl: 'link',
} as const;

const EVERY = [1, 2, 3, 4, 5, 6, 8];

/** How often, each as the member reads it in their language. */
function weeks(): readonly ChoiceOption[] {
  const w = words().forms.series;
  return EVERY.map((n) => ({ value: String(n), label: n === 1 ? w.everyWeek : w.everyWeeks(n) }));
}

export function seriesForm(ctx: SeriesFormContext): Form {
  const nieuw = ctx.mode === 'nieuw';
  const w = words().forms.series;
  return {
    id: 'reeks',
    title: nieuw ? w.newTitle : w.changeTitle,
    submitLabel: words().forms.save,
    intro: nieuw ? w.newIntro(ctx.werkgroepName) : w.changeIntro(ctx.werkgroepName),
    privateMetadata: { overlegId: ctx.overlegId, mode: ctx.mode },
    fields: [
      meetingDateField(SERIES_FIELDS.date, nieuw ? w.first : w.from, ctx.today),
      meetingTimeField(SERIES_FIELDS.time),
      {
        kind: 'choice',
        id: SERIES_FIELDS.everyWeeks,
        label: w.howOften,
        options: weeks(),
        required: true,
        errorMessage: w.howOftenMissing,
        initial: '4',
      },
      durationField(SERIES_FIELDS.duration),
      {
        kind: 'text',
        id: SERIES_FIELDS.location,
        label: w.place,
        required: false,
        multiline: false,
        maxLength: SERIES_TEXT_LIMITS.location,
      },
      {
        kind: 'text',
        id: SERIES_FIELDS.onlineUrl,
        label: w.link,
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
  z.url({ protocol: /^https?$/, error: () => words().forms.series.badUrl }).nullable(),
);

function schemas(): FieldSchemas {
  return {
    [SERIES_FIELDS.date]: dateSchema(words().forms.dateMissing),
    [SERIES_FIELDS.time]: timeSchema(words().forms.timeMissing),
    [SERIES_FIELDS.everyWeeks]: requiredChoiceSchema(
      EVERY.map((n) => String(n)),
      words().forms.series.howOftenMissing,
    ),
    [SERIES_FIELDS.duration]: wholeNumberSchema(
      DURATION_MINUTES.min,
      DURATION_MINUTES.max,
      words().forms.durationProblem,
    ),
    [SERIES_FIELDS.location]: textSchema(200),
    [SERIES_FIELDS.onlineUrl]: url,
  };
}

export function parseSeriesForm(raw: RawValues): ParseResult<SeriesFormAnswer> {
  const { values: v, problems } = parseFields(schemas(), raw);
  const all: FieldProblem[] = [...problems];
  if (v[SERIES_FIELDS.duration] === null && !problems.some((p) => p.field === SERIES_FIELDS.duration)) {
    all.push({ field: SERIES_FIELDS.duration, message: words().forms.durationProblem });
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

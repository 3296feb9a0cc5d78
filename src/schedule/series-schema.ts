import { z } from 'zod';
import { CONTROL_CHARACTER, hasControlCharacter } from '../domain/control-characters.ts';
import {
  DEFAULT_TIME_ZONE,
  isValidTimeZone,
  parseLocalDate,
  parseLocalDateTime,
  parseLocalTime,
} from './local-time.ts';

/** The shape of a meeting series as a projectleider states it, with Dutch messages. */

const localDateTime = z
  .string()
  .refine((s) => parseLocalDateTime(s) !== null, 'verwacht een lokale datum en tijd als JJJJ-MM-DDTUU:MM');
const localDate = z.string().refine((s) => parseLocalDate(s) !== null, 'verwacht een datum als JJJJ-MM-DD');
const localTime = z.string().refine((s) => parseLocalTime(s) !== null, 'verwacht een tijd als UU:MM');
const everyWeeks = z
  .number()
  .int('verwacht een heel aantal weken')
  .min(1, 'verwacht minstens 1 week')
  .max(52, 'verwacht hoogstens 52 weken');
const durationMinutes = z
  .number()
  .int('verwacht een heel aantal minuten')
  .min(5, 'verwacht minstens 5 minuten')
  .max(720, 'verwacht hoogstens 720 minuten');
/** The longest place and link of a series: the form's limits and the core's check, one source. */
export const SERIES_TEXT_LIMITS = { location: 200, onlineUrl: 500 } as const;
// Only web links: the URL ends up as a clickable link in chat and in calendar clients.
const webUrl = z
  .url({ protocol: /^https?$/, error: 'verwacht een webadres (https://…)' })
  .max(SERIES_TEXT_LIMITS.onlineUrl, `verwacht hoogstens ${SERIES_TEXT_LIMITS.onlineUrl} tekens`);
const text = z
  .string()
  .trim()
  .min(1, 'mag niet leeg zijn')
  .max(SERIES_TEXT_LIMITS.location, `verwacht hoogstens ${SERIES_TEXT_LIMITS.location} tekens`)
  .refine((v) => !hasControlCharacter(v), CONTROL_CHARACTER);

/** zod's own Dutch texts for the issues without a message of ours (wrong type, unknown key). */
export const dutchZodErrors = z.locales.nl().localeError;

export const seriesChangeSchema = z.strictObject({
  /** Occurrences whose original date is before this local date keep the old rule. */
  effectiveFrom: localDate,
  /** First meeting under the new rule; by default the first old occurrence date on or after effectiveFrom. */
  firstStart: localDateTime.optional(),
  /** New wall-clock time on that default date; use firstStart to change the weekday as well. */
  time: localTime.optional(),
  everyWeeks: everyWeeks.optional(),
  durationMinutes: durationMinutes.optional(),
  /** null removes the old value, undefined keeps it. */
  location: text.nullable().optional(),
  onlineUrl: webUrl.nullable().optional(),
});

export const occurrenceExceptionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('cancel'), originalStart: localDateTime }),
  z.strictObject({
    kind: z.literal('move'),
    originalStart: localDateTime,
    start: localDateTime,
    durationMinutes: durationMinutes.optional(),
    location: text.optional(),
    onlineUrl: webUrl.optional(),
  }),
]);

export const seriesInputSchema = z.strictObject({
  firstStart: localDateTime,
  everyWeeks: everyWeeks.default(4),
  durationMinutes,
  location: text.optional(),
  onlineUrl: webUrl.optional(),
  /** Last local date (inclusive) on which the series may meet. */
  until: localDate.optional(),
  timeZone: z
    .string()
    .refine(isValidTimeZone, 'verwacht een IANA-tijdzone zoals Europe/Amsterdam')
    .default(DEFAULT_TIME_ZONE),
  changes: z.array(seriesChangeSchema).default([]),
  exceptions: z.array(occurrenceExceptionSchema).default([]),
});

export type SeriesInput = z.input<typeof seriesInputSchema>;
export type SeriesChange = z.infer<typeof seriesChangeSchema>;
export type OccurrenceException = z.infer<typeof occurrenceExceptionSchema>;

import { z } from 'zod';
import { hasControlCharacter } from '../domain/control-characters.ts';
import { say } from '../messages/zod-words.ts';
import {
  DEFAULT_TIME_ZONE,
  isValidTimeZone,
  parseLocalDate,
  parseLocalDateTime,
  parseLocalTime,
} from './local-time.ts';

/** The shape of a meeting series as a projectleider states it, with messages in the language being spoken. */

const localDateTime = z.string().refine(
  (s) => parseLocalDateTime(s) !== null,
  say((w) => w.localDateTime),
);
const localDate = z.string().refine(
  (s) => parseLocalDate(s) !== null,
  say((w) => w.date),
);
const localTime = z.string().refine(
  (s) => parseLocalTime(s) !== null,
  say((w) => w.localTime),
);
const everyWeeks = z
  .number()
  .int(say((w) => w.wholeWeeks))
  .min(
    1,
    say((w) => w.atLeastWeeks(1)),
  )
  .max(
    52,
    say((w) => w.atMostWeeks(52)),
  );
const durationMinutes = z
  .number()
  .int(say((w) => w.wholeMinutes))
  .min(
    5,
    say((w) => w.atLeastMinutes(5)),
  )
  .max(
    720,
    say((w) => w.atMostMinutes(720)),
  );
/** The longest place and link of a series: the form's limits and the core's check, one source. */
export const SERIES_TEXT_LIMITS = { location: 200, onlineUrl: 500 } as const;
// Only web links: the URL ends up as a clickable link in chat and in calendar clients.
const webUrl = z.url({ protocol: /^https?$/, ...say((w) => w.webAddress) }).max(
  SERIES_TEXT_LIMITS.onlineUrl,
  say((w) => w.atMostCharacters(SERIES_TEXT_LIMITS.onlineUrl)),
);
const text = z
  .string()
  .trim()
  .min(
    1,
    say((w) => w.notEmpty),
  )
  .max(
    SERIES_TEXT_LIMITS.location,
    say((w) => w.atMostCharacters(SERIES_TEXT_LIMITS.location)),
  )
  .refine(
    (v) => !hasControlCharacter(v),
    say((w) => w.controlCharacter),
  );

/** zod's own Dutch texts for the issues without a message of ours (reminder settings; files and series use zodOwnWords). */
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

/** Where one meeting moved to, with what it has of its own there (a length, a place, a link). */
const moveShape = {
  start: localDateTime,
  durationMinutes: durationMinutes.optional(),
  location: text.optional(),
  onlineUrl: webUrl.optional(),
};

const noticeRound = z.number().int().min(1);

/**
 * A cancelled meeting put back (`herstel`): which cancellation it undid. The plan tells the
 * werkgroep once per round that it goes ahead after all; the next cancellation is round + 1
 * (derived, never stored: restoredRoundOf and cancelRoundOf).
 */
export const restoredSchema = z.strictObject({ originalStart: localDateTime, round: noticeRound });

export const occurrenceExceptionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('cancel'),
    originalStart: localDateTime,
    /**
     * The move a cancel replaced: the meeting stood elsewhere when it was called off, is counted
     * (and its notice sent) there, and `herstel` puts it back there. Absent in older data and for
     * a meeting cancelled where the rule put it.
     */
    moved: z.strictObject(moveShape).optional(),
    /**
     * Older data only (before 7 December 2026): which time the meeting was cancelled. No longer
     * written: the round is derived from `restored` (cancelRoundOf), so the two cannot disagree;
     * where old data has it, it still counts (restoredRoundOf).
     */
    round: noticeRound.optional(),
  }),
  z.strictObject({ kind: z.literal('move'), originalStart: localDateTime, ...moveShape }),
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
    .refine(
      isValidTimeZone,
      say((w) => w.timeZone),
    )
    .default(DEFAULT_TIME_ZONE),
  changes: z.array(seriesChangeSchema).default([]),
  exceptions: z.array(occurrenceExceptionSchema).default([]),
  /** The meetings put back after a cancellation, one entry each (absent in older data). */
  restored: z.array(restoredSchema).optional(),
});

export type SeriesInput = z.input<typeof seriesInputSchema>;
export type SeriesChange = z.infer<typeof seriesChangeSchema>;
export type OccurrenceException = z.infer<typeof occurrenceExceptionSchema>;
/** A move's own part: where the meeting went and what it has of its own there. */
export type MovedTo = Omit<Extract<OccurrenceException, { kind: 'move' }>, 'kind' | 'originalStart'>;

/** Where a move, or a cancel that replaced one, puts the meeting; undefined for a plain cancel. */
export function movedPartOf(exception: OccurrenceException | undefined): MovedTo | undefined {
  if (exception?.kind === 'cancel') return exception.moved;
  if (exception?.kind !== 'move') return undefined;
  const { kind: _, originalStart: __, ...moved } = exception;
  return moved;
}

/**
 * The round of the last cancellation undone (`herstel`) of the meeting of `originalStart`; 0 when
 * never put back. The one source of a meeting's notice rounds: its cancellation's round is this
 * plus one. A cancel stored with a round by older data counts as that many minus one put back.
 */
export function restoredRoundOf(
  input: Pick<SeriesInput, 'exceptions' | 'restored'>,
  originalStart: string,
): number {
  const entry = input.restored?.find((r) => r.originalStart === originalStart);
  const cancel = input.exceptions?.find((e) => e.kind === 'cancel' && e.originalStart === originalStart);
  const older = cancel?.kind === 'cancel' && cancel.round ? cancel.round - 1 : 0;
  return Math.max(entry?.round ?? 0, older);
}

/** Which time the meeting of `originalStart` is (or would be) cancelled: 1 the first, 2 after one `herstel`. */
export function cancelRoundOf(
  input: Pick<SeriesInput, 'exceptions' | 'restored'>,
  originalStart: string,
): number {
  return restoredRoundOf(input, originalStart) + 1;
}

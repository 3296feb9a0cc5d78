import { z } from 'zod';
import { words } from '../../messages/catalogue/words.ts';
import { withLocale } from '../../messages/locale.ts';
import { holidayOn } from '../../schedule/feestdagen.ts';
import {
  DEFAULT_TIME_ZONE,
  existsLocally,
  isoWithOffset,
  isValidTimeZone,
  parseLocalDateTime,
} from '../../schedule/local-time.ts';
import { defineSeries, occurrencesFromIndex } from '../../schedule/series.ts';
import { type CliCommand, type CliIo, inLanguage } from '../command.ts';
import { parseCommandArgs } from '../flags.ts';

/**
 * `schakel schedule preview --start 2026-01-12T14:00 --every 4w --count 20 [--tz …] [--duration 90]`
 * prints one JSON object per line and occurrence, so a projectleider (or a test) can see where a
 * series lands before saving it: start and end as local ISO times with their UTC offset, and the
 * public holiday it falls on. Wrong arguments: a message naming the flag (Dutch, or English under
 * --en), exit code 2.
 */

const USAGE = {
  nl: 'Gebruik: schakel schedule preview --start JJJJ-MM-DDTUU:MM [--every 4w] [--count 20] [--tz Europe/Amsterdam] [--duration 90]',
  en: 'Usage: schakel schedule preview --start YYYY-MM-DDTHH:MM [--every 4w] [--count 20] [--tz Europe/Amsterdam] [--duration 90]',
};
const FLAGS = ['start', 'every', 'count', 'tz', 'duration'] as const;

/** What the flags are refused with, in the language being spoken (parseCommandArgs sets it). */
const said = () => words().cli.arguments.schedulePreview;

const wholeNumber = (flag: string, what: () => string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,4}$/, { error: () => said().wholeNumber(flag, what(), min, max) })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: () => said().atLeast(flag, what(), min) })
        .max(max, { error: () => said().atMost(flag, what(), max) }),
    );

const argsSchema = z.object({
  start: z
    .string({ error: () => said().startRequired })
    .refine((s) => parseLocalDateTime(s) !== null, { error: () => said().startExpected }),
  every: z
    .string()
    .default('4w')
    .refine((s) => /^\d{1,2}w$/.test(s), { error: () => said().everyExpected })
    .transform((s) => Number(s.slice(0, -1)))
    .pipe(
      z
        .number()
        .min(1, { error: () => said().everyAtLeast })
        .max(52, { error: () => said().everyAtMost }),
    ),
  count: wholeNumber('count', () => said().countWhat, 1, 520).default(20),
  tz: z
    .string()
    .default(DEFAULT_TIME_ZONE)
    .refine(isValidTimeZone, { error: () => said().tzExpected }),
  duration: wholeNumber('duration', () => said().durationWhat, 5, 720).default(90),
});

function fail(io: CliIo, message: string): number {
  io.stderr.write(`${message}\n${inLanguage(USAGE, io)}\n`);
  return 2;
}

export const schedulePreviewCommand: CliCommand = {
  name: 'schedule preview',
  usage: USAGE,
  summary: {
    nl: 'Toon waar een reeks bijeenkomsten valt (met zomertijd en feestdagen)',
    en: 'Preview where a meeting series lands (with summer time and public holidays)',
  },
  async run(args, io) {
    const parsed = parseCommandArgs(args, io, { flags: FLAGS, schema: argsSchema, usage: USAGE });
    if ('exit' in parsed) return parsed.exit;
    const { start, every, count, tz, duration } = parsed.data;

    // The one rule defineSeries would still refuse here, said in the language being spoken.
    const local = parseLocalDateTime(start);
    if (local && !existsLocally(local, tz)) {
      return fail(
        io,
        withLocale(io.english ? 'en' : 'nl', () => said().startSkipped(start, tz)),
      );
    }
    const series = defineSeries({
      firstStart: start,
      everyWeeks: every,
      durationMinutes: duration,
      timeZone: tz,
    });
    for (const occurrence of occurrencesFromIndex(series, 0, count)) {
      const line = {
        index: occurrence.index,
        start: isoWithOffset(occurrence.start),
        end: isoWithOffset(occurrence.end),
        holiday: holidayOn(occurrence.start),
      };
      io.stdout.write(`${JSON.stringify(line)}\n`);
    }
    return 0;
  },
};

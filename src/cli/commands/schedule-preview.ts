import { z } from 'zod';
import { InvalidInput } from '../../domain/errors.ts';
import { holidayOn } from '../../schedule/feestdagen.ts';
import {
  DEFAULT_TIME_ZONE,
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
 * public holiday it falls on. Wrong arguments: a Dutch message naming the flag, exit code 2.
 */

const USAGE = {
  nl: 'Gebruik: schakel schedule preview --start JJJJ-MM-DDTUU:MM [--every 4w] [--count 20] [--tz Europe/Amsterdam] [--duration 90]',
  en: 'Usage: schakel schedule preview --start YYYY-MM-DDTHH:MM [--every 4w] [--count 20] [--tz Europe/Amsterdam] [--duration 90]',
};
const FLAGS = ['start', 'every', 'count', 'tz', 'duration'] as const;

const wholeNumber = (flag: string, what: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,4}$/, `--${flag} verwacht ${what}: een geheel getal van ${min} tot en met ${max}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `--${flag} verwacht ${what}: minstens ${min}`)
        .max(max, `--${flag} verwacht ${what}: hoogstens ${max}`),
    );

const argsSchema = z.object({
  start: z
    .string({
      error:
        '--start is verplicht: de eerste bijeenkomst als JJJJ-MM-DDTUU:MM, bijvoorbeeld 2026-01-12T14:00',
    })
    .refine(
      (s) => parseLocalDateTime(s) !== null,
      '--start verwacht een bestaande lokale datum en tijd als JJJJ-MM-DDTUU:MM, bijvoorbeeld 2026-01-12T14:00',
    ),
  every: z
    .string()
    .default('4w')
    .refine((s) => /^\d{1,2}w$/.test(s), '--every verwacht een aantal weken als <n>w, bijvoorbeeld 4w')
    .transform((s) => Number(s.slice(0, -1)))
    .pipe(z.number().min(1, '--every verwacht minstens 1w').max(52, '--every verwacht hoogstens 52w')),
  count: wholeNumber('count', 'het aantal bijeenkomsten', 1, 520).default(20),
  tz: z
    .string()
    .default(DEFAULT_TIME_ZONE)
    .refine(isValidTimeZone, '--tz verwacht een IANA-tijdzone, bijvoorbeeld Europe/Amsterdam'),
  duration: wholeNumber('duration', 'de duur in minuten', 5, 720).default(90),
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

    let series: ReturnType<typeof defineSeries>;
    try {
      series = defineSeries({
        firstStart: start,
        everyWeeks: every,
        durationMinutes: duration,
        timeZone: tz,
      });
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      // The only rule left for defineSeries to refuse here is a start in the skipped spring hour.
      return fail(io, `--start: ${error.problems.map((p) => p.message).join(' ')}`);
    }
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

import type { DateTime } from 'luxon';
import { holidayOn } from './feestdagen.ts';
import {
  epochDayOf,
  formatLocalDate,
  fromEpochDay,
  parseLocalDate,
  resolveOnDay,
  toEpochDay,
  weekdayOfEpochDay,
} from './local-time.ts';
import type { Occurrence } from './series.ts';
import { type DateNames, spelledDate } from './spelled-date.ts';

/**
 * Warnings for meetings that fall where people are away: a public holiday, a configured holiday
 * period (a region's zomervakantie, the Christmas weeks) or a weekend. Each warning proposes the
 * nearest day that has none of these, at the same local time. When an earlier and a later day are
 * equally near, the LATER one wins: the agenda call and reminder for the original date may already
 * be out, and members plan their preparation up to that date, so pulling a meeting forward costs
 * more than pushing it back.
 */

export interface HolidayPeriod {
  /** Dutch, as people see it: "zomervakantie regio midden". */
  readonly name: string;
  /** Local dates 'YYYY-MM-DD', both inclusive. */
  readonly from: string;
  readonly to: string;
}

export interface ConflictOptions {
  readonly holidayPeriods?: readonly HolidayPeriod[];
  /** Proposals before this instant are not made (a day in the past helps no one). */
  readonly notBefore?: DateTime;
  /** How far to look either way for a free day; default 60 (covers a six-week summer holiday). */
  readonly maxSearchDays?: number;
  /**
   * The series' meetings around: a day holding one that is not cancelled is never proposed (moving
   * there is refused). findConflicts adds the occurrences it is given.
   */
  readonly meetings?: readonly Occurrence[];
}

export interface ConflictWarning {
  readonly index: number;
  readonly originalLocal: string;
  readonly start: DateTime;
  /** One Dutch phrase per problem, e.g. "valt op Koningsdag (feestdag)". */
  readonly reasons: readonly string[];
  /** The whole warning as one Dutch sentence. */
  readonly reason: string;
  /** Same local time on the nearest free day, or null when none was found in range. */
  readonly proposal: DateTime | null;
  /** What is wrong with the day, for wording the warning in another language (`wordConflict`). */
  readonly problems: readonly ConflictProblem[];
  /** How far a free day was looked for. */
  readonly searchDays: number;
}

export type ConflictProblem =
  | { readonly kind: 'holiday'; readonly name: string }
  | { readonly kind: 'period'; readonly name: string; readonly fromDay: number; readonly toDay: number }
  | { readonly kind: 'weekend'; readonly weekday: number };

/** The Dutch wording of a warning; the Dutch message catalogue reuses it, English has its own. */
export const CONFLICT_WORDING = {
  holiday: (name: string) => `valt op ${name} (feestdag)`,
  period: (name: string, from: string, to: string) => `valt in de vakantie ${name} (${from} t/m ${to})`,
  weekend: (weekday: string) => `valt in het weekend (${weekday})`,
  and: ' en ',
  sentence: (day: string, problems: string, proposal: string) =>
    `De bijeenkomst van ${day} ${problems}.${proposal}`,
  proposal: (date: string, time: string) => ` Voorstel: ${date} om ${time}.`,
  noFreeDay: (days: number) => ` Er is binnen ${days} dagen geen vrije werkdag gevonden.`,
  takeProposal: (date: string) => `Voorstel overnemen (${date})`,
};

export type ConflictWording = typeof CONFLICT_WORDING;

/** A warning worded: one phrase per problem and the whole sentence, dates as `date` spells them. */
export function wordConflict(
  w: Pick<ConflictWarning, 'start' | 'problems' | 'proposal' | 'searchDays'>,
  wording: ConflictWording,
  date: (epochDay: number) => string,
  weekdays: readonly string[],
): { reasons: string[]; reason: string } {
  const reasons = wordProblems(w.problems, wording, date, weekdays);
  const proposal = w.proposal
    ? wording.proposal(date(epochDayOf(w.proposal)), w.proposal.toFormat('HH:mm'))
    : wording.noFreeDay(w.searchDays);
  return {
    reasons,
    reason: wording.sentence(date(epochDayOf(w.start)), reasons.join(wording.and), proposal),
  };
}

/** One phrase per problem ("valt in de vakantie Kerstvakantie (… t/m …)"), dates as `date` spells them. */
export function wordProblems(
  problems: readonly ConflictProblem[],
  wording: ConflictWording,
  date: (epochDay: number) => string,
  weekdays: readonly string[],
): string[] {
  return problems.map((p) => {
    if (p.kind === 'holiday') return wording.holiday(p.name);
    if (p.kind === 'period') return wording.period(p.name, date(p.fromDay), date(p.toDay));
    return wording.weekend(weekdays[p.weekday - 1] ?? '');
  });
}

/**
 * The public holiday and the region's holiday periods a meeting's day falls on or in, for its
 * reminder and call for agendapunten (a weekend meeting was chosen knowingly: not repeated there).
 */
export function daysOffOf(start: DateTime, holidayPeriods: readonly HolidayPeriod[]): ConflictProblem[] {
  return problemsOfDay(epochDayOf(start), parsePeriods(holidayPeriods)).filter((p) => p.kind !== 'weekend');
}

/** How far either way a free day is looked for, unless told otherwise. */
export const PROPOSAL_SEARCH_DAYS = 60;
const DEFAULT_SEARCH_DAYS = PROPOSAL_SEARCH_DAYS;

export const WEEKDAY_NAMES = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
/** Dutch month names, spelled out here so no text depends on the ICU build. */
export const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** The warning below is worded in Dutch whatever language is spoken: "maandag 27 april 2026". */
const DUTCH_DATE_NAMES: DateNames = { weekdays: WEEKDAY_NAMES, months: MONTH_NAMES };

interface ParsedPeriod {
  readonly name: string;
  readonly fromDay: number;
  readonly toDay: number;
}

function parsePeriods(periods: readonly HolidayPeriod[]): ParsedPeriod[] {
  return periods.map((p) => {
    const from = parseLocalDate(p.from);
    const to = parseLocalDate(p.to);
    if (!from || !to) throw new RangeError(`Vakantieperiode "${p.name}": verwacht datums als JJJJ-MM-DD`);
    return { name: p.name, fromDay: toEpochDay(from), toDay: toEpochDay(to) };
  });
}

/** What is wrong with a local day; empty when it is a free working day. */
function problemsOfDay(epochDay: number, periods: readonly ParsedPeriod[]): ConflictProblem[] {
  const problems: ConflictProblem[] = [];
  const holiday = holidayOn(formatLocalDate(fromEpochDay(epochDay)));
  if (holiday) problems.push({ kind: 'holiday', name: holiday });
  for (const p of periods) {
    if (epochDay >= p.fromDay && epochDay <= p.toDay) {
      problems.push({ kind: 'period', name: p.name, fromDay: p.fromDay, toDay: p.toDay });
    }
  }
  const weekday = weekdayOfEpochDay(epochDay);
  if (weekday >= 6) problems.push({ kind: 'weekend', weekday });
  return problems;
}

/** The local days holding one of these meetings that is not cancelled. */
function meetingDays(meetings: readonly Occurrence[]): Set<number> {
  return new Set(meetings.filter((m) => m.status !== 'cancelled').map((m) => epochDayOf(m.start)));
}

/**
 * Same local time on the nearest free day without a meeting (later wins a tie), or null. `proposed`:
 * days already proposed for other meetings of the same list, so two proposals never name one day.
 */
export function proposeFreeDay(
  start: DateTime,
  options: ConflictOptions = {},
  proposed: ReadonlySet<number> = new Set(),
): DateTime | null {
  const periods = parsePeriods(options.holidayPeriods ?? []);
  const taken = new Set([...meetingDays(options.meetings ?? []), ...proposed]);
  const day = epochDayOf(start);
  const time = { hour: start.hour, minute: start.minute };
  const maxDays = options.maxSearchDays ?? DEFAULT_SEARCH_DAYS;
  for (let distance = 1; distance <= maxDays; distance++) {
    for (const candidateDay of [day + distance, day - distance]) {
      if (taken.has(candidateDay) || problemsOfDay(candidateDay, periods).length > 0) continue;
      const candidate = resolveOnDay(candidateDay, time, start.zoneName ?? 'UTC');
      if (options.notBefore && candidate.toMillis() < options.notBefore.toMillis()) continue;
      return candidate;
    }
  }
  return null;
}

/**
 * A warning for one occurrence, or null when its day is free or it is cancelled anyway. `proposed`: as
 * for proposeFreeDay.
 */
export function conflictFor(
  occurrence: Occurrence,
  options: ConflictOptions = {},
  proposed: ReadonlySet<number> = new Set(),
): ConflictWarning | null {
  if (occurrence.status === 'cancelled') return null;
  const day = epochDayOf(occurrence.start);
  const problems = problemsOfDay(day, parsePeriods(options.holidayPeriods ?? []));
  if (problems.length === 0) return null;
  const proposal = proposeFreeDay(occurrence.start, options, proposed);
  const found = {
    start: occurrence.start,
    problems,
    proposal,
    searchDays: options.maxSearchDays ?? DEFAULT_SEARCH_DAYS,
  };
  return {
    index: occurrence.index,
    originalLocal: occurrence.originalLocal,
    ...found,
    ...wordConflict(found, CONFLICT_WORDING, (day) => spelledDate(day, DUTCH_DATE_NAMES), WEEKDAY_NAMES),
  };
}

/** Warnings for a list of occurrences, in the same order; no two of their proposals name the same day. */
export function findConflicts(
  occurrences: readonly Occurrence[],
  options: ConflictOptions = {},
): ConflictWarning[] {
  const meetings = [...(options.meetings ?? []), ...occurrences];
  const proposed = new Set<number>();
  return occurrences.flatMap((o) => {
    const warning = conflictFor(o, { ...options, meetings }, proposed);
    if (warning?.proposal) proposed.add(epochDayOf(warning.proposal));
    return warning ? [warning] : [];
  });
}

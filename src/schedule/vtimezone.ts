import { DateTime } from 'luxon';

/**
 * A VTIMEZONE component (RFC 5545 §3.6.5) built from the same time-zone data that Schakel uses
 * to place meetings (the ICU data behind Luxon), so the feed and the bot cannot disagree.
 *
 * Transitions found in [fromYear, toYear] are grouped into yearly rules ("last Sunday of March at
 * 02:00"): a run of years that follows one rule becomes one STANDARD or DAYLIGHT observance with
 * an RRULE, open-ended when it lasts up to toYear. For Europe/Amsterdam that is the classic pair
 * of two observances that every client (Outlook included) understands. Transitions that follow no
 * yearly pattern become one-off observances.
 */

export interface Transition {
  readonly at: number; // epoch ms of the first instant with the new offset
  readonly offsetFrom: number; // minutes
  readonly offsetTo: number;
  readonly daylight: boolean;
  readonly name: string | null;
  readonly local: { year: number; month: number; day: number; weekday: number; hhmmss: string };
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const WEEK_MS = 7 * 86_400_000;

const offsetAt = (ms: number, zone: string): number => DateTime.fromMillis(ms, { zone }).offset;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

function describe(at: number, offsetFrom: number, offsetTo: number, zone: string): Transition {
  // The observance starts at the wall-clock time of the old offset (RFC 5545: DTSTART is local).
  const wall = new Date(at + offsetFrom * 60_000);
  const after = DateTime.fromMillis(at, { zone }).setLocale('en-GB');
  const shortName = after.offsetNameShort;
  return {
    at,
    offsetFrom,
    offsetTo,
    daylight: after.isInDST,
    // Only real abbreviations (CET, CEST); ICU's "GMT+1" style says nothing TZOFFSETTO does not.
    name: shortName && /^[A-Z]{2,5}$/.test(shortName) ? shortName : null,
    local: {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      weekday: (wall.getUTCDay() + 6) % 7,
      hhmmss: `${pad(wall.getUTCHours())}${pad(wall.getUTCMinutes())}${pad(wall.getUTCSeconds())}`,
    },
  };
}

/** All offset changes between the two instants, found by weekly sampling and bisection. */
export function transitions(zone: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  let previousMs = fromMs;
  let previousOffset = offsetAt(fromMs, zone);
  for (let ms = fromMs + WEEK_MS; ms <= toMs + WEEK_MS; ms += WEEK_MS) {
    const offset = offsetAt(ms, zone);
    if (offset !== previousOffset) {
      let lo = previousMs; // old offset
      let hi = ms; // new offset
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetAt(mid, zone) === previousOffset) lo = mid;
        else hi = mid;
      }
      found.push(describe(hi, previousOffset, offset, zone));
    }
    previousMs = ms;
    previousOffset = offset;
  }
  return found;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The BYDAY ordinals that describe this day: nth weekday of the month and/or last (-1). */
function ordinals(t: Transition): Set<number> {
  const result = new Set<number>([Math.ceil(t.local.day / 7)]);
  if (t.local.day + 7 > daysInMonth(t.local.year, t.local.month)) result.add(-1);
  return result;
}

interface Run {
  readonly key: string;
  readonly items: Transition[];
  candidates: Set<number>;
}

function ruleKey(t: Transition): string {
  return [t.daylight, t.local.month, t.local.weekday, t.local.hhmmss, t.offsetFrom, t.offsetTo, t.name].join(
    '|',
  );
}

function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function observance(run: Run, openEnded: boolean): string[] {
  const first = run.items[0]!;
  const last = run.items[run.items.length - 1]!;
  const lines = [
    `BEGIN:${first.daylight ? 'DAYLIGHT' : 'STANDARD'}`,
    `TZOFFSETFROM:${formatOffset(first.offsetFrom)}`,
    `TZOFFSETTO:${formatOffset(first.offsetTo)}`,
  ];
  if (first.name) lines.push(`TZNAME:${first.name}`);
  lines.push(
    `DTSTART:${pad(first.local.year, 4)}${pad(first.local.month)}${pad(first.local.day)}T${first.local.hhmmss}`,
  );
  if (run.items.length > 1 || openEnded) {
    const ordinal = run.candidates.has(-1) ? -1 : Math.min(...run.candidates);
    const until = openEnded ? '' : `;UNTIL=${utcStamp(last.at)}`;
    lines.push(
      `RRULE:FREQ=YEARLY;BYMONTH=${first.local.month};BYDAY=${ordinal}${WEEKDAYS[first.local.weekday]}${until}`,
    );
  }
  lines.push(`END:${first.daylight ? 'DAYLIGHT' : 'STANDARD'}`);
  return lines;
}

/**
 * VTIMEZONE text for a zone. Every instant from 1 January of fromYear + 1 on is covered (and
 * from 1 January of fromYear when that year has no transition); pass the year before the first
 * date the feed mentions, and as toYear a year well past today.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const fromMs = Date.UTC(fromYear, 0, 1);
  const toMs = Date.UTC(toYear, 11, 31, 23, 59, 59);
  const runs: Run[] = [];
  const open = new Map<string, Run>();
  for (const t of transitions(zone, fromMs, toMs)) {
    const key = ruleKey(t);
    const run = open.get(key);
    const previous = run?.items[run.items.length - 1];
    const shared = run ? new Set([...run.candidates].filter((o) => ordinals(t).has(o))) : new Set<number>();
    if (run && previous && previous.local.year === t.local.year - 1 && shared.size > 0) {
      run.items.push(t);
      run.candidates = shared;
    } else {
      const fresh: Run = { key, items: [t], candidates: ordinals(t) };
      runs.push(fresh);
      open.set(key, fresh);
    }
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const firstRun = runs[0];
  if (!firstRun || firstRun.items[0]!.local.year > fromYear) {
    // No change in the first year: an observance from 1970 on covers the time before the first one.
    const offset = formatOffset(offsetAt(fromMs, zone));
    lines.push(
      'BEGIN:STANDARD',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      'DTSTART:19700101T000000',
      'END:STANDARD',
    );
  }
  for (const run of runs) {
    const last = run.items[run.items.length - 1]!;
    // A rule still followed in the last probed year is taken to go on, as the tz database does.
    const openEnded = run.items.length > 1 && last.local.year === toYear;
    lines.push(...observance(run, openEnded));
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

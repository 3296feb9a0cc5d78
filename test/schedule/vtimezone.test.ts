import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { transitions, vtimezone } from '../../src/schedule/vtimezone.ts';

/**
 * The generated VTIMEZONE is read back by ical.js, which must turn local times into the same
 * instants as Luxon (the ICU data Schakel computes with) — the direction a calendar client needs
 * for DTSTART;TZID=…. Local times that a change skips or doubles are left out: there RFC 5545 and
 * ical.js differ on purpose (see ics.test.ts). UTC → local is not checked with ical.js, because its
 * convertToZone looks the target offset up with the UTC wall time, which is off for up to the
 * zone's offset around each change whatever the VTIMEZONE says.
 */

afterEach(() => ICAL.TimezoneService.reset());

function icalTimezone(text: string): ICAL.Timezone {
  const component = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\n${text}\r\nEND:VCALENDAR`));
  const vtimezone = component.getFirstSubcomponent('vtimezone');
  if (!vtimezone) throw new Error('no VTIMEZONE');
  return new ICAL.Timezone(vtimezone);
}

/** The instant ical.js gives the local time that `ms` shows in `zone`, or null if that local time is ambiguous. */
function roundTrip(ms: number, zone: string, tz: ICAL.Timezone): { expected: string; got: string } | null {
  const local = DateTime.fromMillis(ms, { zone });
  if (local.getPossibleOffsets().length > 1) return null;
  const time = new ICAL.Time(
    {
      year: local.year,
      month: local.month,
      day: local.day,
      hour: local.hour,
      minute: local.minute,
      second: local.second,
    },
    tz,
  );
  return { expected: new Date(ms).toISOString(), got: new Date(time.toUnixTime() * 1000).toISOString() };
}

describe('VTIMEZONE from the ICU data', () => {
  it('is the classic two-rule component for Europe/Amsterdam', () => {
    expect(vtimezone('Europe/Amsterdam', 2025, 2036).split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Amsterdam',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'TZNAME:CEST',
      'DTSTART:20250330T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'DTSTART:20251026T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it.each([
    'Europe/Amsterdam',
    'Europe/London',
    'America/New_York', // second Sunday of March, first of November
    'Australia/Sydney', // southern hemisphere: first Sundays of April and October
    'America/Sao_Paulo', // summer time abolished in 2019: a rule with UNTIL, then one-offs
    'Asia/Tokyo', // no summer time at all
  ])('%s: ical.js and Luxon agree on the instant of every local time checked, 2017-2036', (zone) => {
    const tz = icalTimezone(vtimezone(zone, 2016, 2036));
    const from = Date.UTC(2017, 0, 1);
    const to = Date.UTC(2036, 11, 31);
    const instants: number[] = [];
    // Every 13 hours, so that the time of day drifts through the whole clock.
    for (let ms = from; ms < to; ms += 13 * 3_600_000) instants.push(ms);
    // Around every change: just before and after, and just outside a doubled hour.
    for (const t of transitions(zone, from, to)) {
      for (const minutes of [-121, -61, -1, 0, 1, 61, 121]) instants.push(t.at + minutes * 60_000);
    }
    const checked = instants.map((ms) => roundTrip(ms, zone, tz)).filter((r) => r !== null);
    expect(checked.length).toBeGreaterThan(instants.length * 0.99);
    expect(checked.filter((r) => r.got !== r.expected).slice(0, 5)).toEqual([]);
  });
});

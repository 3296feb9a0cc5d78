import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { seriesCalendarText } from '../../src/schedule/ics.ts';
import {
  defineSeries,
  expandOccurrences,
  type MeetingSeries,
  type SeriesInput,
} from '../../src/schedule/series.ts';
import { hasTool, runTool } from '../support/oracle-tools.ts';

/**
 * The feed is checked by an independent implementation: ical.js parses it, takes its time-zone
 * rules from the VTIMEZONE in the feed itself, and expands the recurrences as a calendar client
 * would (EXDATE removes, RECURRENCE-ID overrides replace). Its instants must equal Schakel's.
 */

const AMS = 'Europe/Amsterdam';
const local = (text: string, zone = AMS) => DateTime.fromISO(text, { zone });
const GENERATED_AT = DateTime.fromISO('2026-01-05T10:00:00Z');
const options = { seriesId: 'achterhoek-1', title: 'Werkgroep Achterhoek', generatedAt: GENERATED_AT };

interface ClientOccurrence {
  readonly uid: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly location: string | null;
}

/** Expand every recurring event in the feed with ical.js up to `to` (original dates plus a month of slack). */
function expandWithIcalJs(text: string, from: DateTime, to: DateTime): ClientOccurrence[] {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(vtimezone);
  }
  const vevents = root.getAllSubcomponents('vevent');
  const masters = vevents.filter((v) => !v.hasProperty('recurrence-id')).map((v) => new ICAL.Event(v));
  for (const v of vevents.filter((e) => e.hasProperty('recurrence-id'))) {
    const override = new ICAL.Event(v);
    const master = masters.find((m) => m.uid === override.uid);
    if (!master) throw new Error(`override without master: ${override.uid}`);
    master.relateException(override);
  }
  const result: ClientOccurrence[] = [];
  const stopMs = to.plus({ months: 1 }).toMillis();
  for (const master of masters) {
    const iterator = master.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (next.toUnixTime() * 1000 >= stopMs) break;
      const details = master.getOccurrenceDetails(next);
      const startMs = details.startDate.toUnixTime() * 1000;
      if (startMs < from.toMillis() || startMs >= to.toMillis()) continue;
      const location = details.item.location;
      result.push({
        uid: master.uid,
        startMs,
        endMs: details.endDate.toUnixTime() * 1000,
        location: location || null,
      });
    }
  }
  return result.sort((a, b) => a.startMs - b.startMs);
}

function expandWithSchakel(series: MeetingSeries, from: DateTime, to: DateTime) {
  return expandOccurrences(series, from, to)
    .filter((o) => o.status !== 'cancelled')
    .map((o) => ({ startMs: o.start.toMillis(), endMs: o.end.toMillis(), location: o.location ?? null }));
}

const utc = (ms: number) => DateTime.fromMillis(ms, { zone: 'UTC' }).toFormat("yyyy-LL-dd'T'HH:mm:ss'Z'");

const RECURRING_ICAL_EVENTS_MISSING =
  "Python's recurring_ical_events ontbreekt: installeer Debian's python3-recurring-ical-events (zie .ci/run) voor deze test";
let pythonChecked: boolean | undefined;
function hasRecurringIcalEvents(): boolean {
  pythonChecked ??=
    hasTool('python3') &&
    spawnSync('/usr/bin/python3', ['-c', 'import recurring_ical_events'], { stdio: 'ignore' }).status === 0;
  return pythonChecked;
}

/** Expand the feed with Python's recurring-ical-events (test/support/expand-ics.py). */
async function expandWithPython(text: string, from: string, to: string) {
  const script = join(import.meta.dirname, '..', 'support', 'expand-ics.py');
  const r = await runTool('python3', [script, from, to], text);
  if (r.code !== 0) throw new Error(`recurring-ical-events: ${r.stderr}`);
  return JSON.parse(r.stdout) as Array<{ uid: string; start: string; end: string; summary: string }>;
}

const asIso = (ms: number, zone = AMS) =>
  DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true });

afterEach(() => ICAL.TimezoneService.reset());

describe('ICS feed of a werkgroep with a cancelled and a moved meeting and a change of rule (Europe/Amsterdam)', () => {
  const input: SeriesInput = {
    firstStart: '2026-01-12T14:00',
    durationMinutes: 90,
    location: 'Gemeentehuis Doetinchem',
    onlineUrl: 'https://teams.example.org/l/meetup-join/werkgroep',
    changes: [
      { effectiveFrom: '2026-09-01', time: '10:00', everyWeeks: 6, location: 'Laborijn, Doetinchem' },
    ],
    exceptions: [
      { kind: 'cancel', originalStart: '2026-04-06T14:00' },
      {
        kind: 'move',
        originalStart: '2026-07-27T14:00',
        start: '2026-07-28T15:00',
        location: 'Stadhuis Winterswijk',
      },
      { kind: 'cancel', originalStart: '2026-12-14T10:00' },
      { kind: 'move', originalStart: '2027-01-25T10:00', start: '2027-01-26T10:00' },
    ],
  };
  const series = defineSeries(input);
  const text = seriesCalendarText(series, options);
  const from = local('2026-01-01');
  const to = local('2028-01-01');

  it('has one master per version of the rule, with RRULE, UNTIL in UTC, EXDATE and TZID', () => {
    const lines = text.split('\r\n');
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20260112T140000');
    // 24 August 2026 14:00 CEST is the last meeting under the first rule: UNTIL is the end of
    // that day in Amsterdam (23:59:59 CEST), in UTC.
    expect(lines).toContain('RRULE:FREQ=WEEKLY;INTERVAL=4;UNTIL=20260824T215959Z');
    expect(lines).toContain('EXDATE;TZID=Europe/Amsterdam:20260406T140000');
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20260921T100000');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;INTERVAL=6');
    expect(lines).toContain('EXDATE;TZID=Europe/Amsterdam:20261214T100000');
    expect(lines).toContain('RECURRENCE-ID;TZID=Europe/Amsterdam:20260727T140000');
    expect(lines).toContain('RECURRENCE-ID;TZID=Europe/Amsterdam:20270125T100000');
    expect(lines).toContain('SUMMARY:Werkgroep Achterhoek');
    expect(lines).toContain('BEGIN:VTIMEZONE');
    expect(lines).toContain('TZID:Europe/Amsterdam');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(4);
    // DTSTAMP must be UTC.
    expect(lines).toContain('DTSTAMP:20260105T100000Z');
  });

  it("ical.js expands it over two years to exactly Schakel's instants", () => {
    const client = expandWithIcalJs(text, from, to);
    const schakel = expandWithSchakel(series, from, to);
    expect(client.map((o) => asIso(o.startMs))).toEqual(schakel.map((o) => asIso(o.startMs)));
    expect(client.map((o) => o.endMs)).toEqual(schakel.map((o) => o.endMs));
    expect(client.map((o) => o.location)).toEqual(schakel.map((o) => o.location));
    // Spot checks, by hand: summer time in April, the move in July, the new rule in the autumn.
    const starts = client.map((o) => asIso(o.startMs));
    expect(starts).not.toContain('2026-04-06T14:00:00+02:00');
    expect(starts).toContain('2026-05-04T14:00:00+02:00');
    expect(starts).toContain('2026-07-28T15:00:00+02:00');
    expect(starts).not.toContain('2026-07-27T14:00:00+02:00');
    expect(starts).toContain('2026-11-02T10:00:00+01:00');
    expect(starts).not.toContain('2026-12-14T10:00:00+01:00');
    expect(starts).toContain('2027-01-26T10:00:00+01:00');
    expect(starts).toContain('2027-04-19T10:00:00+02:00');
    // First rule: 9 meetings 12 Jan-24 Aug 2026, one cancelled; new rule: 12 meetings
    // 21 Sep 2026-27 Dec 2027, one cancelled.
    expect(client).toHaveLength(19);
  });

  it("Python's recurring-ical-events expands it to exactly Schakel's instants too, the last meeting of the old rule included", async (ctx) => {
    ctx.skip(!hasRecurringIcalEvents(), RECURRING_ICAL_EVENTS_MISSING);
    const client = await expandWithPython(text, '2026-01-01', '2028-01-01');
    const schakel = expandWithSchakel(series, from, to);
    expect(client.map((o) => o.start)).toEqual(schakel.map((o) => utc(o.startMs)));
    expect(client.map((o) => o.end)).toEqual(schakel.map((o) => utc(o.endMs)));
    expect(client.map((o) => o.start)).toContain('2026-08-24T12:00:00Z');
    expect(new Set(client.map((o) => o.summary))).toEqual(new Set(['Werkgroep Achterhoek']));
    expect(client).toHaveLength(19);
  });

  it('names the public host on the right of every UID when there is one', () => {
    const hosted = seriesCalendarText(series, { ...options, uidDomain: 'schakel.achterhoek.example' });
    const uids = hosted.split('\r\n').filter((l) => l.startsWith('UID:'));
    expect(uids).toHaveLength(4);
    for (const uid of uids)
      expect(uid).toMatch(/^UID:werkgroep-achterhoek-1(-20260901)?@schakel\.achterhoek\.example$/);
  });

  it('keeps its UIDs when the feed is generated again later', () => {
    const again = seriesCalendarText(series, { ...options, generatedAt: GENERATED_AT.plus({ days: 30 }) });
    const uids = (t: string) => t.split('\r\n').filter((l) => l.startsWith('UID:'));
    expect(uids(again)).toEqual(uids(text));
    expect(uids(text)).toEqual([
      'UID:werkgroep-achterhoek-1@schakel.invalid',
      'UID:werkgroep-achterhoek-1-20260901@schakel.invalid',
      'UID:werkgroep-achterhoek-1@schakel.invalid',
      'UID:werkgroep-achterhoek-1-20260901@schakel.invalid',
    ]);
  });
});

describe('ICS feed, other shapes', () => {
  it('a finite series (until) ends on its last meeting in ical.js too (Europe/Amsterdam)', () => {
    const series = defineSeries({ firstStart: '2026-01-12T14:00', durationMinutes: 90, until: '2026-06-01' });
    const text = seriesCalendarText(series, options);
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=4;UNTIL=20260601T215959Z');
    const client = expandWithIcalJs(text, local('2026-01-01'), local('2028-01-01'));
    expect(client.map((o) => asIso(o.startMs)).at(-1)).toBe('2026-06-01T14:00:00+02:00');
    expect(client).toHaveLength(6);
  });

  it('a series that ends in winter time after starting in summer time keeps its last meeting in recurring-ical-events', async (ctx) => {
    ctx.skip(!hasRecurringIcalEvents(), RECURRING_ICAL_EVENTS_MISSING);
    const series = defineSeries({
      firstStart: '2026-06-01T14:00',
      durationMinutes: 60,
      changes: [{ effectiveFrom: '2026-12-01', everyWeeks: 2 }],
    });
    const text = seriesCalendarText(series, { ...options, title: 'Casusoverleg Zutphen' });
    const client = await expandWithPython(text, '2026-05-01', '2027-03-01');
    const schakel = expandWithSchakel(series, local('2026-05-01'), local('2027-03-01'));
    expect(client.map((o) => o.start)).toEqual(schakel.map((o) => utc(o.startMs)));
    expect(client.map((o) => o.start)).toContain('2026-11-16T13:00:00Z'); // 14:00 CET, the old rule's last
    expect(client[0]?.summary).toBe('Casusoverleg Zutphen');
  });

  it('a series in America/New_York (summer time on other dates) matches as well', () => {
    const zone = 'America/New_York';
    const series = defineSeries({
      firstStart: '2026-01-05T09:00',
      everyWeeks: 1,
      durationMinutes: 60,
      timeZone: zone,
    });
    const text = seriesCalendarText(series, options);
    const from = local('2026-01-01', zone);
    const to = local('2028-01-01', zone);
    const client = expandWithIcalJs(text, from, to);
    expect(client.map((o) => o.startMs)).toEqual(expandWithSchakel(series, from, to).map((o) => o.startMs));
    expect(client.map((o) => asIso(o.startMs, zone))).toContain('2026-03-09T09:00:00-04:00');
    expect(client.map((o) => asIso(o.startMs, zone))).toContain('2026-11-02T09:00:00-05:00');
  });

  it('a Sunday 02:30 series through the skipped and the doubled hour (Europe/Amsterdam)', () => {
    const series = defineSeries({ firstStart: '2026-03-01T02:30', everyWeeks: 1, durationMinutes: 60 });
    const text = seriesCalendarText(series, options);
    const from = local('2026-03-01');
    const to = local('2027-12-01');
    const client = expandWithIcalJs(text, from, to).map((o) => asIso(o.startMs)!);
    const schakel = expandWithSchakel(series, from, to).map((o) => asIso(o.startMs)!);
    // On the four change days the wall-clock time 02:30 does not exist (March) or exists twice
    // (October). RFC 5545 §3.3.5 says: skipped → read with the offset before the gap (03:30 CEST),
    // doubled → the first one (02:30 CEST). Schakel follows that, as do java.time and Python's
    // zoneinfo by default; ical.js takes the other offset on those four nights only.
    const changeDays = ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31'];
    const onChangeDay = (s: string) => changeDays.includes(s.slice(0, 10));
    expect(client.filter((s) => !onChangeDay(s))).toEqual(schakel.filter((s) => !onChangeDay(s)));
    expect(schakel.filter(onChangeDay)).toEqual([
      '2026-03-29T03:30:00+02:00',
      '2026-10-25T02:30:00+02:00',
      '2027-03-28T03:30:00+02:00',
      '2027-10-31T02:30:00+02:00',
    ]);
    expect(client.filter(onChangeDay)).toEqual([
      '2026-03-29T01:30:00+01:00',
      '2026-10-25T02:30:00+01:00',
      '2027-03-28T01:30:00+01:00',
      '2027-10-31T02:30:00+01:00',
    ]);
  });
});

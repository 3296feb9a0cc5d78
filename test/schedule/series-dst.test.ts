import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../src/domain/errors.ts';
import {
  defineSeries,
  expandOccurrences,
  findOccurrence,
  type Occurrence,
  occurrencesFromIndex,
} from '../../src/schedule/series.ts';

// Every date in this file is in Europe/Amsterdam unless a test names another zone.
const AMS = 'Europe/Amsterdam';
const local = (text: string, zone = AMS) => DateTime.fromISO(text, { zone });
const iso = (o: Occurrence) => o.start.toISO({ suppressMilliseconds: true });
const utc = (o: Occurrence) => o.start.toUTC().toISO({ suppressMilliseconds: true });

describe('a four-weekly werkgroep at 14:00 across summer time (Europe/Amsterdam)', () => {
  const series = defineSeries({ firstStart: '2026-01-12T14:00', durationMinutes: 90 });

  it('keeps 14:00 local on both sides of 29 March 2026; the UTC instant moves', () => {
    const [before, after] = expandOccurrences(series, local('2026-03-01'), local('2026-05-01'));
    expect(iso(before!)).toBe('2026-03-09T14:00:00+01:00');
    expect(utc(before!)).toBe('2026-03-09T13:00:00Z');
    expect(iso(after!)).toBe('2026-04-06T14:00:00+02:00');
    expect(utc(after!)).toBe('2026-04-06T12:00:00Z');
  });

  it('keeps 14:00 local on both sides of 25 October 2026', () => {
    const [before, after] = expandOccurrences(series, local('2026-10-01'), local('2026-12-01'));
    expect(iso(before!)).toBe('2026-10-19T14:00:00+02:00');
    expect(iso(after!)).toBe('2026-11-16T14:00:00+01:00');
    expect(utc(after!)).toBe('2026-11-16T13:00:00Z');
  });

  it('ends 90 elapsed minutes after the start', () => {
    const [o] = expandOccurrences(series, local('2026-04-01'), local('2026-05-01'));
    expect(o!.end.toISO({ suppressMilliseconds: true })).toBe('2026-04-06T15:30:00+02:00');
  });
});

describe('weekly series on the change days themselves (Europe/Amsterdam)', () => {
  it('the week of 29 March: Monday 23rd is +01:00, Monday 30th is +02:00', () => {
    const weekly = defineSeries({ firstStart: '2026-03-16T14:00', everyWeeks: 1, durationMinutes: 60 });
    const starts = expandOccurrences(weekly, local('2026-03-16'), local('2026-04-06')).map(iso);
    expect(starts).toEqual([
      '2026-03-16T14:00:00+01:00',
      '2026-03-23T14:00:00+01:00',
      '2026-03-30T14:00:00+02:00',
    ]);
  });

  it('a Sunday series meets at 14:00 on 29 March and on 25 October 2026', () => {
    const sundays = defineSeries({ firstStart: '2026-03-22T14:00', everyWeeks: 1, durationMinutes: 60 });
    expect(findOccurrence(sundays, '2026-03-29T14:00')!.start.toISO()).toBe('2026-03-29T14:00:00.000+02:00');
    expect(findOccurrence(sundays, '2026-10-25T14:00')!.start.toISO()).toBe('2026-10-25T14:00:00.000+01:00');
  });

  it('02:30 does not exist on 29 March 2026: that occurrence moves forward by the gap (03:30 CEST), as RFC 5545 reads it', () => {
    const night = defineSeries({ firstStart: '2026-03-22T02:30', everyWeeks: 1, durationMinutes: 30 });
    const [mar22, mar29, apr5] = expandOccurrences(night, local('2026-03-22'), local('2026-04-06'));
    expect(iso(mar22!)).toBe('2026-03-22T02:30:00+01:00');
    expect(mar29!.originalLocal).toBe('2026-03-29T02:30');
    expect(iso(mar29!)).toBe('2026-03-29T03:30:00+02:00');
    expect(utc(mar29!)).toBe('2026-03-29T01:30:00Z');
    expect(iso(apr5!)).toBe('2026-04-05T02:30:00+02:00');
  });

  it('02:30 exists twice on 25 October 2026: the first one (CEST) is taken', () => {
    const night = defineSeries({ firstStart: '2026-10-18T02:30', everyWeeks: 1, durationMinutes: 30 });
    const oct25 = findOccurrence(night, '2026-10-25T02:30')!;
    expect(iso(oct25)).toBe('2026-10-25T02:30:00+02:00');
    expect(utc(oct25)).toBe('2026-10-25T00:30:00Z');
  });

  it('refuses a first meeting in the skipped hour', () => {
    expect(() => defineSeries({ firstStart: '2026-03-29T02:30', durationMinutes: 60 })).toThrow(InvalidInput);
  });
});

describe('leap years (Europe/Amsterdam)', () => {
  it('a four-weekly Tuesday series meets on 29 February 2028 and stays on Tuesdays', () => {
    const series = defineSeries({ firstStart: '2028-01-04T10:00', durationMinutes: 60 });
    const starts = occurrencesFromIndex(series, 0, 4).map(iso);
    // 4 Jan + 28 = 1 Feb; + 28 = 29 Feb (2028 is a leap year); + 28 = 28 Mar, after the 26 March change.
    expect(starts).toEqual([
      '2028-01-04T10:00:00+01:00',
      '2028-02-01T10:00:00+01:00',
      '2028-02-29T10:00:00+01:00',
      '2028-03-28T10:00:00+02:00',
    ]);
    expect(occurrencesFromIndex(series, 0, 4).every((o) => o.start.weekday === 2)).toBe(true);
  });

  it('a yearly-ish series (52 weeks) from 29 February 2028 lands on 27 February 2029', () => {
    const series = defineSeries({ firstStart: '2028-02-29T10:00', everyWeeks: 52, durationMinutes: 60 });
    expect(occurrencesFromIndex(series, 1, 1).map(iso)).toEqual(['2029-02-27T10:00:00+01:00']);
  });

  it('in 2027 (no leap year) 1 February + 28 days is 1 March', () => {
    const series = defineSeries({ firstStart: '2027-02-01T10:00', durationMinutes: 60 });
    expect(occurrencesFromIndex(series, 1, 1).map(iso)).toEqual(['2027-03-01T10:00:00+01:00']);
  });
});

describe('another zone', () => {
  it('works in another zone too (America/New_York, which changes on other dates)', () => {
    const s = defineSeries({
      firstStart: '2026-03-02T09:00',
      everyWeeks: 1,
      durationMinutes: 60,
      timeZone: 'America/New_York',
    });
    // US summer time starts on 8 March 2026.
    expect(occurrencesFromIndex(s, 0, 2).map(iso)).toEqual([
      '2026-03-02T09:00:00-05:00',
      '2026-03-09T09:00:00-04:00',
    ]);
  });
});

describe('a first meeting in the hour skipped in spring', () => {
  const problemsOf = (input: Parameters<typeof defineSeries>[0]) => {
    try {
      defineSeries(input);
    } catch (err) {
      return (err as InvalidInput).problems;
    }
    return [];
  };

  it('is refused in words a person reads, without a code name, as a moved meeting is', () => {
    expect(problemsOf({ firstStart: '2026-03-29T02:30', everyWeeks: 4, durationMinutes: 60 })).toEqual([
      {
        field: 'firstStart',
        message:
          '02:30 bestaat niet op zondag 29 maart 2026: de klok gaat dan een uur vooruit (zomertijd). Kies een andere tijd.',
      },
    ]);
    const changed = problemsOf({
      firstStart: '2026-01-04T14:00',
      everyWeeks: 4,
      durationMinutes: 60,
      changes: [{ effectiveFrom: '2027-03-01', firstStart: '2027-03-28T02:15' }],
    });
    expect(changed).toEqual([
      { field: 'changes.0', message: expect.stringMatching(/^02:15 bestaat niet op zondag 28 maart 2027: /) },
    ]);
  });
});

import { DateTime } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import { InvalidInput } from '../../src/domain/errors.ts';
import {
  defineSeries,
  expandOccurrences,
  findOccurrence,
  type Occurrence,
} from '../../src/schedule/series.ts';

// Every date in this file is in Europe/Amsterdam unless a test names another zone.
const AMS = 'Europe/Amsterdam';
const local = (text: string, zone = AMS) => DateTime.fromISO(text, { zone });
const iso = (o: Occurrence) => o.start.toISO({ suppressMilliseconds: true });
const _utc = (o: Occurrence) => o.start.toUTC().toISO({ suppressMilliseconds: true });

describe('moved and cancelled occurrences (Europe/Amsterdam)', () => {
  const series = defineSeries({
    firstStart: '2026-01-12T14:00',
    durationMinutes: 90,
    location: 'Gemeentehuis Doetinchem',
    exceptions: [
      { kind: 'cancel', originalStart: '2026-04-06T14:00' },
      {
        kind: 'move',
        originalStart: '2026-07-27T14:00',
        start: '2026-07-28T15:00',
        durationMinutes: 60,
        location: 'Stadhuis Winterswijk',
      },
    ],
  });

  it('a cancelled occurrence stays in the list with status cancelled at its original time', () => {
    const [o] = expandOccurrences(series, local('2026-04-06'), local('2026-04-07'));
    expect(o).toMatchObject({ index: 3, status: 'cancelled', originalLocal: '2026-04-06T14:00' });
    expect(iso(o!)).toBe('2026-04-06T14:00:00+02:00');
  });

  it('a moved occurrence counts where it moved to, keeps its identity and index, and takes its own duration and place', () => {
    expect(expandOccurrences(series, local('2026-07-27'), local('2026-07-28'))).toEqual([]);
    const [o] = expandOccurrences(series, local('2026-07-28'), local('2026-07-29'));
    expect(o).toMatchObject({
      index: 7,
      status: 'moved',
      originalLocal: '2026-07-27T14:00',
      location: 'Stadhuis Winterswijk',
    });
    expect(iso(o!)).toBe('2026-07-28T15:00:00+02:00');
    expect(o!.end.toISO({ suppressMilliseconds: true })).toBe('2026-07-28T16:00:00+02:00');
    expect(o!.originalStart.toISO({ suppressMilliseconds: true })).toBe('2026-07-27T14:00:00+02:00');
  });

  it('the other occurrences are untouched', () => {
    const [o] = expandOccurrences(series, local('2026-06-29'), local('2026-06-30'));
    expect(o).toMatchObject({ index: 6, status: 'scheduled', location: 'Gemeentehuis Doetinchem' });
  });

  it('an exception that names no occurrence is set aside, not applied', () => {
    const s = defineSeries({
      firstStart: '2026-01-12T14:00',
      durationMinutes: 90,
      exceptions: [{ kind: 'cancel', originalStart: '2026-04-07T14:00' }],
    });
    expect(s.orphanedExceptions).toHaveLength(1);
    expect(findOccurrence(s, '2026-04-06T14:00')!.status).toBe('scheduled');
  });

  it('two exceptions for one occurrence are refused', () => {
    expect(() =>
      defineSeries({
        firstStart: '2026-01-12T14:00',
        durationMinutes: 90,
        exceptions: [
          { kind: 'cancel', originalStart: '2026-04-06T14:00' },
          { kind: 'move', originalStart: '2026-04-06T14:00', start: '2026-04-07T14:00' },
        ],
      }),
    ).toThrow(InvalidInput);
  });
});

describe('a change from a date onward (Europe/Amsterdam)', () => {
  const base = {
    firstStart: '2026-01-12T14:00',
    durationMinutes: 90,
    exceptions: [{ kind: 'cancel' as const, originalStart: '2026-04-06T14:00' }],
  };
  const unchanged = defineSeries(base);
  const changed = defineSeries({
    ...base,
    changes: [{ effectiveFrom: '2026-09-01', time: '10:00', everyWeeks: 6, durationMinutes: 120 }],
  });

  it('leaves every occurrence before the date exactly as it was', () => {
    const window = [local('2026-01-01'), local('2026-09-01')] as const;
    expect(expandOccurrences(changed, ...window)).toEqual(expandOccurrences(unchanged, ...window));
    expect(findOccurrence(changed, '2026-04-06T14:00')!.status).toBe('cancelled');
  });

  it('from the first old date on or after the change (21 September), meets at 10:00 every six weeks', () => {
    const after = expandOccurrences(changed, local('2026-09-01'), local('2027-01-01'));
    expect(after.map(iso)).toEqual([
      '2026-09-21T10:00:00+02:00',
      '2026-11-02T10:00:00+01:00', // 21 Sep + 42 days, after the 25 October change
      '2026-12-14T10:00:00+01:00',
    ]);
    expect(after.map((o) => o.index)).toEqual([9, 10, 11]); // 24 August 2026 was index 8
    expect(after[0]!.end.diff(after[0]!.start, 'minutes').minutes).toBe(120);
    expect(after.every((o) => o.segment === 1)).toBe(true);
  });

  it('can move to another weekday with firstStart', () => {
    const friday = defineSeries({
      ...base,
      changes: [{ effectiveFrom: '2026-09-01', firstStart: '2026-09-04T09:30' }],
    });
    const starts = expandOccurrences(friday, local('2026-08-01'), local('2026-10-15')).map(iso);
    expect(starts).toEqual([
      '2026-08-24T14:00:00+02:00',
      '2026-09-04T09:30:00+02:00',
      '2026-10-02T09:30:00+02:00',
    ]);
  });

  it('refuses a change that starts before the version it replaces, or before its own effectiveFrom', () => {
    expect(() =>
      defineSeries({ ...base, changes: [{ effectiveFrom: '2026-01-12', time: '10:00' }] }),
    ).toThrow(InvalidInput);
    expect(() =>
      defineSeries({ ...base, changes: [{ effectiveFrom: '2026-09-01', firstStart: '2026-08-31T10:00' }] }),
    ).toThrow(InvalidInput);
  });

  it('until ends the last version on that local date, inclusive', () => {
    const ending = defineSeries({ ...base, until: '2026-06-01' });
    const all = expandOccurrences(ending, local('2026-01-01'), local('2030-01-01'));
    expect(all.map((o) => o.originalLocal).at(-1)).toBe('2026-06-01T14:00');
    expect(all).toHaveLength(6);
  });
});

describe('a window in the middle of a long series (Europe/Amsterdam)', () => {
  // Twenty years of four-weekly Mondays: 2006-01-09 + 266 × 28 days = 2026-06-01.
  const old = defineSeries({ firstStart: '2006-01-09T14:00', durationMinutes: 90 });

  it('finds the occurrences in the window with the right index', () => {
    const found = expandOccurrences(old, local('2026-06-01'), local('2026-07-01'));
    expect(found.map((o) => [o.index, iso(o)])).toEqual([
      [266, '2026-06-01T14:00:00+02:00'],
      [267, '2026-06-29T14:00:00+02:00'],
    ]);
  });

  it('computes where to start instead of walking from 2006', () => {
    const spy = vi.spyOn(DateTime, 'fromObject');
    try {
      expandOccurrences(old, local('2026-06-01'), local('2026-07-01'));
      // Two occurrences, each resolved once; walking from 2006 would take hundreds of calls.
      expect(spy.mock.calls.length).toBeGreaterThan(0);
      expect(spy.mock.calls.length).toBeLessThanOrEqual(4);
    } finally {
      spy.mockRestore();
    }
  });

  it('adjacent windows add up to the whole, without duplicates at the edges', () => {
    const series = defineSeries({
      firstStart: '2026-01-12T14:00',
      durationMinutes: 90,
      changes: [{ effectiveFrom: '2026-09-01', time: '10:00', everyWeeks: 6 }],
      exceptions: [{ kind: 'move', originalStart: '2026-06-29T14:00', start: '2026-07-01T09:00' }],
    });
    const whole = expandOccurrences(series, local('2026-01-01'), local('2028-01-01'));
    const pieces: Occurrence[] = [];
    for (let month = local('2026-01-01'); month < local('2028-01-01'); month = month.plus({ months: 1 })) {
      pieces.push(...expandOccurrences(series, month, month.plus({ months: 1 })));
    }
    expect(pieces).toEqual(whole);
    // The first occurrence exactly at the window start is in; at the window end it is out.
    expect(expandOccurrences(series, local('2026-01-12T14:00'), local('2026-01-12T14:01'))).toHaveLength(1);
    expect(expandOccurrences(series, local('2026-01-12T13:00'), local('2026-01-12T14:00'))).toHaveLength(0);
  });
});

describe('input checks', () => {
  it('refuses malformed dates and zones with Dutch messages, the field named apart and in words', () => {
    try {
      defineSeries({ firstStart: '2026-02-30T14:00', durationMinutes: 90, timeZone: 'Europe/Atlantis' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInput);
      const problems = (error as InvalidInput).problems;
      const said = (field: string) => problems.find((p) => p.field === field)?.message;
      expect(said('firstStart')).toMatch(/^Eerste bijeenkomst: .*JJJJ-MM-DDTUU:MM/);
      expect(said('timeZone')).toMatch(/^Tijdzone: .*IANA/);
    }
  });

  it('defaults to four weeks and Europe/Amsterdam', () => {
    const s = defineSeries({ firstStart: '2026-01-12T14:00', durationMinutes: 90 });
    expect(s.timeZone).toBe('Europe/Amsterdam');
    expect(s.segments[0]!.everyWeeks).toBe(4);
  });
});

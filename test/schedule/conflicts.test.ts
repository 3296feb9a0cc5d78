import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { conflictFor, daysOffOf, findConflicts, proposeFreeDay } from '../../src/schedule/conflicts.ts';
import { defineSeries, expandOccurrences, findOccurrence } from '../../src/schedule/series.ts';

// All meetings here are in Europe/Amsterdam.
const AMS = 'Europe/Amsterdam';
const local = (text: string) => DateTime.fromISO(text, { zone: AMS });
const iso = (d: DateTime | null) => d?.toISO({ suppressMilliseconds: true }) ?? null;

describe('a meeting on Koningsdag 2026 (Monday 27 April, Europe/Amsterdam)', () => {
  const series = defineSeries({ firstStart: '2026-03-30T14:00', durationMinutes: 90 });
  const occurrence = findOccurrence(series, '2026-04-27T14:00')!;

  it('gets a Dutch warning and a proposal for Tuesday 28 April at the same time', () => {
    const warning = conflictFor(occurrence)!;
    expect(warning.reasons).toEqual(['valt op Koningsdag (feestdag)']);
    expect(warning.reason).toBe(
      'De bijeenkomst van maandag 27 april 2026 valt op Koningsdag (feestdag). Voorstel: dinsdag 28 april 2026 om 14:00.',
    );
    // Sunday 26 April is as near but in the weekend.
    expect(iso(warning.proposal)).toBe('2026-04-28T14:00:00+02:00');
  });

  it('findConflicts picks it out of a year of meetings, and only the ones with a problem', () => {
    const year = expandOccurrences(series, local('2026-01-01'), local('2027-01-01'));
    const warnings = findConflicts(year);
    // 30 Mar + 28-day steps: 27 Apr (Koningsdag), 25 May (Tweede Pinksterdag), later Mondays are free.
    expect(warnings.map((w) => w.originalLocal)).toEqual(['2026-04-27T14:00', '2026-05-25T14:00']);
    expect(warnings[1]!.reasons).toEqual(['valt op Tweede Pinksterdag (feestdag)']);
  });
});

describe('choosing the proposal (Europe/Amsterdam)', () => {
  it('prefers the later day when two are equally near: Bevrijdingsdag, Tuesday 5 May 2026 → Wednesday 6 May', () => {
    expect(iso(proposeFreeDay(local('2026-05-05T14:00')))).toBe('2026-05-06T14:00:00+02:00');
  });

  it('takes the nearer day even when it is earlier: a meeting in the zomervakantie', () => {
    const zomer = { name: 'zomervakantie regio midden', from: '2026-07-18', to: '2026-08-30' };
    const series = defineSeries({ firstStart: '2026-01-12T14:00', durationMinutes: 90 });
    const warning = conflictFor(findOccurrence(series, '2026-07-27T14:00')!, { holidayPeriods: [zomer] })!;
    expect(warning.reasons).toEqual([
      'valt in de vakantie zomervakantie regio midden (zaterdag 18 juli 2026 t/m zondag 30 augustus 2026)',
    ]);
    // Friday 17 July is 10 days earlier; Monday 31 August is 35 days later.
    expect(iso(warning.proposal)).toBe('2026-07-17T14:00:00+02:00');
  });

  it('does not propose a day before notBefore', () => {
    const zomer = { name: 'zomervakantie', from: '2026-07-18', to: '2026-08-30' };
    const proposal = proposeFreeDay(local('2026-07-27T14:00'), {
      holidayPeriods: [zomer],
      notBefore: local('2026-07-20'),
    });
    expect(iso(proposal)).toBe('2026-08-31T14:00:00+02:00');
  });

  it('a moved meeting on a Saturday is checked at its new date; Friday is nearer than Monday', () => {
    const series = defineSeries({
      firstStart: '2026-01-12T14:00',
      durationMinutes: 90,
      exceptions: [{ kind: 'move', originalStart: '2026-06-01T14:00', start: '2026-06-06T10:00' }],
    });
    const warning = conflictFor(findOccurrence(series, '2026-06-01T14:00')!)!;
    expect(warning.reasons).toEqual(['valt in het weekend (zaterdag)']);
    expect(iso(warning.proposal)).toBe('2026-06-05T10:00:00+02:00');
  });

  it('names every problem: Tweede Kerstdag 2026 is a Saturday; the proposal skips Christmas and the weekend', () => {
    const warning = conflictFor(
      findOccurrence(
        defineSeries({ firstStart: '2026-12-26T10:00', durationMinutes: 60 }),
        '2026-12-26T10:00',
      )!,
    )!;
    expect(warning.reasons).toEqual(['valt op Tweede Kerstdag (feestdag)', 'valt in het weekend (zaterdag)']);
    // Thursday 24 and Monday 28 December are both two days away: the later one wins.
    expect(iso(warning.proposal)).toBe('2026-12-28T10:00:00+01:00');
  });

  it('says nothing about a cancelled meeting or a free day', () => {
    const series = defineSeries({
      firstStart: '2026-03-30T14:00',
      durationMinutes: 90,
      exceptions: [{ kind: 'cancel', originalStart: '2026-04-27T14:00' }],
    });
    expect(conflictFor(findOccurrence(series, '2026-04-27T14:00')!)).toBeNull();
    expect(conflictFor(findOccurrence(series, '2026-03-30T14:00')!)).toBeNull();
  });

  it('never proposes a day that already holds one of the series’ meetings: weekly, over Christmas', () => {
    const kerst = { name: 'Kerstvakantie', from: '2026-12-19', to: '2027-01-03' };
    const weekly = (exceptions: { kind: 'cancel'; originalStart: string }[]) =>
      expandOccurrences(
        defineSeries({ firstStart: '2026-11-02T14:00', durationMinutes: 90, everyWeeks: 1, exceptions }),
        local('2026-12-01'),
        local('2027-03-01'),
      );
    const meetings = weekly([]);
    // Only the next two listed (as `volgende 2`); the series' later meetings still hold their days.
    const listed = meetings.filter((o) => o.originalLocal >= '2026-12-21').slice(0, 2);
    const [first, second] = findConflicts(listed, { holidayPeriods: [kerst], meetings });
    expect(first!.reason).toContain('Voorstel: vrijdag 18 december 2026 om 14:00.');
    // Monday 4 January (7 days) holds the regular meeting: Tuesday 5 January instead.
    expect(second!.reason).toContain('Voorstel: dinsdag 5 januari 2027 om 14:00.');
    // A cancelled meeting leaves its day free.
    const cancelled = weekly([{ kind: 'cancel', originalStart: '2027-01-04T14:00' }]);
    const [, again] = findConflicts(listed, { holidayPeriods: [kerst], meetings: cancelled });
    expect(again!.reason).toContain('Voorstel: maandag 4 januari 2027 om 14:00.');
  });

  it('never proposes one day for two meetings: weekly, in a six-week zomervakantie', () => {
    const zomer = { name: 'Zomervakantie', from: '2026-07-18', to: '2026-08-30' };
    const meetings = expandOccurrences(
      defineSeries({ firstStart: '2026-06-29T14:00', durationMinutes: 90, everyWeeks: 1 }),
      local('2026-06-01'),
      local('2026-10-01'),
    );
    const inHoliday = meetings.filter(
      (o) => o.originalLocal >= '2026-07-18' && o.originalLocal <= '2026-08-30',
    );
    const warnings = findConflicts(inHoliday, { holidayPeriods: [zomer], meetings });
    expect(warnings).toHaveLength(inHoliday.length);
    const days = warnings.map((w) => w.proposal?.toISODate());
    // Friday 17 July is nearest for the first; the next one nearest before is Thursday 16 July.
    expect(days.slice(0, 2)).toEqual(['2026-07-17', '2026-07-16']);
    const named = days.filter((d) => d !== undefined);
    expect(new Set(named).size).toBe(named.length);
    for (const d of named) expect(meetings.some((m) => m.start.toISODate() === d)).toBe(false);
  });
});

describe('what a reminder warns of (daysOffOf): a public holiday and a vakantie, not a weekend', () => {
  const kerst = [{ name: 'Kerstvakantie', from: '2026-12-19', to: '2027-01-03' }];

  it('Eerste Kerstdag inside the Kerstvakantie: both', () => {
    expect(daysOffOf(local('2026-12-25T14:00'), kerst).map((p) => p.kind)).toEqual(['holiday', 'period']);
  });

  it('a Saturday in the vakantie: only the vakantie, the weekend was chosen knowingly', () => {
    expect(daysOffOf(local('2026-12-19T10:00'), kerst)).toEqual([
      expect.objectContaining({ kind: 'period', name: 'Kerstvakantie' }),
    ]);
  });

  it('the day after the vakantie: nothing', () => {
    expect(daysOffOf(local('2027-01-04T14:00'), kerst)).toEqual([]);
  });
});

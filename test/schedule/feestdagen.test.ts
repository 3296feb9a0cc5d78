import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { easterSunday, feestdagenIn, holidayOn } from '../../src/schedule/feestdagen.ts';

describe('Easter (Gregorian computus)', () => {
  it.each([
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
  ])('Pasen %i is %s', (year, date) => {
    const e = easterSunday(year);
    expect(`${e.year}-${String(e.month).padStart(2, '0')}-${String(e.day).padStart(2, '0')}`).toBe(date);
  });
});

describe('Dutch public holidays', () => {
  it('Koningsdag 2026 is Monday 27 April', () => {
    expect(holidayOn('2026-04-27')).toBe('Koningsdag');
    expect(DateTime.fromISO('2026-04-27', { zone: 'Europe/Amsterdam' }).weekday).toBe(1);
  });

  it('Koningsdag 2025 was Saturday 26 April, because the 27th was a Sunday', () => {
    expect(holidayOn('2025-04-26')).toBe('Koningsdag');
    expect(holidayOn('2025-04-27')).toBeNull();
  });

  it('Pasen 2026 is 5 April, with Goede Vrijdag on the 3rd and Tweede Paasdag on the 6th', () => {
    expect(holidayOn('2026-04-03')).toBe('Goede Vrijdag');
    expect(holidayOn('2026-04-05')).toBe('Eerste Paasdag');
    expect(holidayOn('2026-04-06')).toBe('Tweede Paasdag');
  });

  it('Pasen 2027 is 28 March', () => {
    expect(holidayOn('2027-03-28')).toBe('Eerste Paasdag');
    expect(holidayOn('2027-03-29')).toBe('Tweede Paasdag');
  });

  it('Hemelvaartsdag 2026 is 14 May; Pinksteren 2026 is 24 and 25 May', () => {
    expect(holidayOn('2026-05-14')).toBe('Hemelvaartsdag');
    expect(holidayOn('2026-05-24')).toBe('Eerste Pinksterdag');
    expect(holidayOn('2026-05-25')).toBe('Tweede Pinksterdag');
  });

  it('lists the fixed days', () => {
    expect(holidayOn('2026-01-01')).toBe('Nieuwjaarsdag');
    expect(holidayOn('2026-05-05')).toBe('Bevrijdingsdag');
    expect(holidayOn('2026-12-25')).toBe('Eerste Kerstdag');
    expect(holidayOn('2026-12-26')).toBe('Tweede Kerstdag');
    expect(holidayOn('2026-04-28')).toBeNull();
  });

  it('has eleven days in 2026, in date order', () => {
    const days = feestdagenIn(2026);
    expect(days).toHaveLength(11);
    expect([...days.map((d) => d.date)].sort()).toEqual(days.map((d) => d.date));
  });

  it('names both when Hemelvaartsdag falls on Bevrijdingsdag (5 May 2016)', () => {
    expect(holidayOn('2016-05-05')).toBe('Bevrijdingsdag en Hemelvaartsdag');
  });

  it('reads a DateTime by its own local date (Europe/Amsterdam), not by UTC', () => {
    // 00:30 on 27 April in Amsterdam is still 26 April in UTC.
    expect(holidayOn(DateTime.fromISO('2026-04-27T00:30', { zone: 'Europe/Amsterdam' }))).toBe('Koningsdag');
  });

  it('refuses a date that does not exist rather than saying "no holiday"', () => {
    expect(() => holidayOn('2026-02-30')).toThrow(RangeError);
  });
});

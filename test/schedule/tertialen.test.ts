import { describe, expect, it } from 'vitest';
import {
  nextTertiaal,
  parseTertiaal,
  periodBeforeStuurgroep,
  periodsFromStuurgroepDates,
  previousTertiaal,
  tertiaalOf,
} from '../../src/schedule/tertialen.ts';

// Local dates only: no zone is involved.
describe('tertialen', () => {
  it('parses 2026-T2 as May to August', () => {
    expect(parseTertiaal('2026-T2')).toEqual({
      year: 2026,
      number: 2,
      label: '2026-T2',
      from: '2026-05-01',
      to: '2026-08-31',
    });
  });

  it('T1 ends on 30 April and T3 on 31 December', () => {
    expect(parseTertiaal('2028-T1')).toMatchObject({ from: '2028-01-01', to: '2028-04-30' });
    expect(parseTertiaal('2026-t3')).toMatchObject({ from: '2026-09-01', to: '2026-12-31' });
  });

  it('refuses what is not a tertiaal', () => {
    expect(parseTertiaal('2026-T4')).toBeNull();
    expect(parseTertiaal('2026T2')).toBeNull();
    expect(parseTertiaal('T2-2026')).toBeNull();
  });

  it('finds the tertiaal of a date, at the edges too', () => {
    expect(tertiaalOf('2026-04-30').label).toBe('2026-T1');
    expect(tertiaalOf('2026-05-01').label).toBe('2026-T2');
    expect(tertiaalOf('2026-08-31').label).toBe('2026-T2');
    expect(tertiaalOf('2026-09-01').label).toBe('2026-T3');
    expect(() => tertiaalOf('2026-13-01')).toThrow(RangeError);
  });

  it('steps back and forth over the year boundary', () => {
    expect(previousTertiaal(parseTertiaal('2026-T1')!).label).toBe('2025-T3');
    expect(previousTertiaal(parseTertiaal('2026-T3')!).label).toBe('2026-T2');
    expect(nextTertiaal(parseTertiaal('2026-T3')!).label).toBe('2027-T1');
  });
});

describe('periods from stuurgroep dates', () => {
  const dates = ['2026-06-23', '2026-03-10', '2026-10-06'];

  it('runs from the previous meeting up to the day before this one, so the periods tile', () => {
    expect(periodsFromStuurgroepDates(dates)).toEqual([
      { stuurgroepDate: '2026-03-10', previousStuurgroepDate: null, from: '2025-11-10', to: '2026-03-09' },
      {
        stuurgroepDate: '2026-06-23',
        previousStuurgroepDate: '2026-03-10',
        from: '2026-03-10',
        to: '2026-06-22',
      },
      {
        stuurgroepDate: '2026-10-06',
        previousStuurgroepDate: '2026-06-23',
        from: '2026-06-23',
        to: '2026-10-05',
      },
    ]);
  });

  it('gives the period before one meeting', () => {
    expect(periodBeforeStuurgroep(dates, '2026-06-23')).toMatchObject({
      from: '2026-03-10',
      to: '2026-06-22',
    });
    expect(periodBeforeStuurgroep(dates, '2026-06-24')).toBeNull();
  });

  it('starts the first period four months back, clamped to the end of February', () => {
    expect(periodsFromStuurgroepDates(['2026-06-30'])[0]!.from).toBe('2026-02-28');
    expect(periodsFromStuurgroepDates(['2028-06-30'])[0]!.from).toBe('2028-02-29');
  });

  it('refuses a malformed date', () => {
    expect(() => periodsFromStuurgroepDates(['2026-02-30'])).toThrow(RangeError);
  });
});

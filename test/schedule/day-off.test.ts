import { describe, expect, it } from 'vitest';
import { dayOff, workdayBefore } from '../../src/schedule/day-off.ts';

describe('dayOff: a date no one works on, and why', () => {
  it('names the feestdag, also when it falls in a weekend', () => {
    expect(dayOff('2026-12-25')).toEqual({ kind: 'holiday', name: 'Eerste Kerstdag' });
    expect(dayOff('2026-12-26')).toEqual({ kind: 'holiday', name: 'Tweede Kerstdag' });
    expect(dayOff('2027-05-06')).toEqual({ kind: 'holiday', name: 'Hemelvaartsdag' });
    expect(dayOff('2027-04-27')).toEqual({ kind: 'holiday', name: 'Koningsdag' });
  });

  it('says weekend on Saturday and Sunday, nothing on a working day', () => {
    expect(dayOff('2026-12-19')).toEqual({ kind: 'weekend' });
    expect(dayOff('2026-12-20')).toEqual({ kind: 'weekend' });
    expect(dayOff('2026-12-18')).toBeNull();
    expect(dayOff('2026-12-21')).toBeNull();
  });

  it('the working day before skips weekends and feestdagen', () => {
    expect(workdayBefore('2026-12-28')).toBe('2026-12-24');
    expect(workdayBefore('2026-12-19')).toBe('2026-12-18');
    expect(workdayBefore('2027-03-30')).toBe('2027-03-25');
  });
});

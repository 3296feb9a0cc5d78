import { describe, expect, it } from 'vitest';
import { dutchDateText, monthEndText } from '../../src/schedule/dutch-date.ts';
import { todayIn } from '../../src/schedule/local-time.ts';

/** Seen from Thursday 3 December 2026, as Schakel's clock would say in Europe/Amsterdam. */
const today = todayIn(new Date('2026-12-03T10:00:00Z'), 'Europe/Amsterdam');
const date = (text: string) => dutchDateText(text, today) ?? monthEndText(text, today);

describe('dates as people write them in Dutch', () => {
  it('today is taken in the configured zone, not the machine’s', () => {
    expect(todayIn(new Date('2026-12-03T23:30:00Z'), 'Europe/Amsterdam')).toEqual({
      year: 2026,
      month: 12,
      day: 4,
    });
    expect(todayIn(new Date('2026-12-03T23:30:00Z'), 'UTC')).toEqual({ year: 2026, month: 12, day: 3 });
  });

  it('reads full dates in every usual notation', () => {
    expect(date('2026-12-30')).toBe('2026-12-30');
    expect(date('30-12-2026')).toBe('2026-12-30');
    expect(date('30/12/2026')).toBe('2026-12-30');
    expect(date('30-12-26')).toBe('2026-12-30');
    expect(date('30 december 2026')).toBe('2026-12-30');
    expect(date('woensdag 30 december 2026')).toBe('2026-12-30');
    expect(date('op 5 jan. 2027')).toBe('2027-01-05');
    // A month's name with a two-digit year, as the figures allow ("30-12-26").
    expect(date('5 januari 27')).toBe('2027-01-05');
    expect(date("5 jan '27")).toBe('2027-01-05');
  });

  it('a day and month without a year is the next one from today', () => {
    expect(date('30 dec')).toBe('2026-12-30');
    expect(date('30-12')).toBe('2026-12-30');
    expect(date('3 dec')).toBe('2026-12-03');
    expect(date('12 mei')).toBe('2027-05-12');
    expect(date('6 jan')).toBe('2027-01-06');
    expect(date('2 nov')).toBe('2027-11-02');
  });

  it('a day and month without a year passed less than a month ago is this year’s (the caller says it is past)', () => {
    expect(date('2 dec')).toBe('2026-12-02');
    expect(date('2-12')).toBe('2026-12-02');
    expect(date('3 nov')).toBe('2026-11-03');
    expect(date('eind november')).toBe('2026-11-30');
    expect(date('eind oktober')).toBe('2027-10-31');
  });

  it('reads days already past, so the caller can refuse them as past', () => {
    expect(date('gisteren')).toBe('2026-12-02');
    expect(date('eergisteren')).toBe('2026-12-01');
    // The weekday in last week (Monday to Sunday), as "volgende week" names next week's.
    expect(date('vorige week dinsdag')).toBe('2026-11-24');
    expect(date('dinsdag vorige week')).toBe('2026-11-24');
    expect(date('vorige week donderdag')).toBe('2026-11-26');
  });

  it('reads weekdays and relative words', () => {
    expect(date('vandaag')).toBe('2026-12-03');
    expect(date('morgen')).toBe('2026-12-04');
    expect(date('overmorgen')).toBe('2026-12-05');
    expect(date('dinsdag')).toBe('2026-12-08');
    expect(date('Dinsdag')).toBe('2026-12-08');
    expect(date('aanstaande vrijdag')).toBe('2026-12-04');
    // A weekday said on that weekday means next week's.
    expect(date('donderdag')).toBe('2026-12-10');
    expect(date('volgende week dinsdag')).toBe('2026-12-08');
    expect(date('volgende week vrijdag')).toBe('2026-12-11');
    expect(date('maandag volgende week')).toBe('2026-12-07');
    expect(date('over twee weken')).toBe('2026-12-17');
    expect(date('over een week')).toBe('2026-12-10');
    expect(date('over 3 dagen')).toBe('2026-12-06');
    expect(date('dinsdag over twee weken')).toBe('2026-12-15');
    expect(date('over drie weken op maandag')).toBe('2026-12-21');
  });

  it('refuses what is no date rather than guessing', () => {
    for (const text of [
      '',
      'ooit',
      '31-02',
      '30-13-2026',
      '2026-02-29',
      'dinsdag 30 december',
      '30 decembre',
      'over veel weken',
      'volgende week',
      'dinsdag volgende week over twee weken',
    ]) {
      expect(date(text), text).toBeNull();
    }
  });

  it('a weekday with a day and month, no year: the one the no-year rule allows, if its weekday fits', () => {
    // Seen from Sunday 6 December 2026.
    const dec6 = (text: string) => dutchDateText(text, { year: 2026, month: 12, day: 6 });
    // This year's 3rd (a Thursday) passed: next year's, a Friday.
    expect(dec6('vrijdag 3 december')).toBe('2027-12-03');
    // Passed within the month, the weekday fits: this year's (the caller says it is past).
    expect(dec6('woensdag 2 december')).toBe('2026-12-02');
    // The weekday fits only a date eleven months ago, or none near: a slip, not guessed.
    for (const text of ['vrijdag 2 januari', 'maandag 5 januari', 'zaterdag 10 oktober']) {
      expect(dec6(text), text).toBeNull();
    }
    // The weekday fits a year after the next one to come: a slip too.
    expect(dec6('zondag 2 januari')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { looksLikeDate } from '../../src/commands/looks-like-date.ts';
import { readerFor } from '../../src/commands/read.ts';
import { withLocale } from '../../src/messages/locale.ts';
import { parseLocalDate } from '../../src/schedule/local-time.ts';

// Wednesday 2 December 2026.
const read = readerFor(parseLocalDate('2026-12-02') ?? undefined);
const inEnglish = (text: string) => withLocale('en', () => read.deadline(text));

describe('deadlines in English, for a member who chose English', () => {
  it('reads the forms the Dutch side reads, in English words', () => {
    expect(inEnglish('Friday')).toBe('2026-12-04');
    expect(inEnglish('15 January')).toBe('2027-01-15');
    expect(inEnglish('January 15th')).toBe('2027-01-15');
    expect(inEnglish('end of January')).toBe('2027-01-31');
    expect(inEnglish('in two weeks')).toBe('2026-12-16');
    expect(inEnglish('tomorrow')).toBe('2026-12-03');
    expect(inEnglish('next week Friday')).toBe('2026-12-11');
  });

  it('reads no English for a Dutch member, and text that is no date stays unread', () => {
    expect(read.deadline('Friday')).toBeNull();
    expect(inEnglish('the steering group')).toBeNull();
    expect(inEnglish('vrijdag')).toBe('2026-12-04');
  });
});

describe('words after "tot" meant as a day that cannot be read', () => {
  it('a weekday misspelt, in English, or after "volgende"/"next" is meant as a date', () => {
    for (const words of [
      'vrjdag',
      'woensdg',
      'donderdga',
      'Friday',
      'next Friday',
      'volgende vrijdag',
      'tomorrow',
    ])
      expect(looksLikeDate(words), words).toBe(true);
  });

  it('names, words and counts stay text', () => {
    for (const words of [
      'de stuurgroep',
      'Jan',
      'Monica',
      'Frieda',
      'slot',
      '20 personen',
      'volgende keer',
      'zaterdag 15 personen',
    ])
      expect(looksLikeDate(words), words).toBe(false);
  });
});

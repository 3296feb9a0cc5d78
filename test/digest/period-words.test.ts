import { describe, expect, it } from 'vitest';
import { readablePeriod } from '../../src/digest/summary-text.ts';
import { withLocale } from '../../src/messages/locale.ts';
import { periodName, shortPeriodName, tertiaalName } from '../../src/messages/period-words.ts';

const period = { label: 'SG-2026-10-15', from: '2026-06-16', to: '2026-10-14' };

describe('a stuurgroep period in words', () => {
  it('in the publish answer: Dutch as before, a tertiaal in words, never its code', () => {
    expect(periodName('SG-2026-10-15')).toBe('de periode voor de stuurgroep van 15 oktober 2026');
    expect(periodName('2026-T2')).toBe('het tweede tertiaal 2026 (mei t/m augustus)');
  });

  it('a tertiaal as a manager reads it, in either language, and short where room is short', () => {
    expect(tertiaalName('2026-T1', 'nl')).toBe('eerste tertiaal 2026 (januari t/m april)');
    expect(tertiaalName('2025-T3', 'nl')).toBe('derde tertiaal 2025 (september t/m december)');
    expect(tertiaalName('2026-T2', 'en')).toBe('second tertiaal of 2026 (May to August)');
    expect(shortPeriodName('2025-T3', 'nl')).toBe('sep t/m dec 2025');
    expect(shortPeriodName('2026-T2', 'en')).toBe('May to Aug 2026');
    expect(tertiaalName('SG-2026-10-15', 'nl')).toBeNull();
  });

  it('in the publish answer to an English reader: English, like the rest of that answer', () => {
    expect(withLocale('en', () => periodName('SG-2026-10-15'))).toBe(
      'the period for the stuurgroep of 15 October 2026',
    );
  });

  it('in the draft summary: Dutch, also when an English reader asks, since the document is Dutch', () => {
    for (const locale of ['nl', 'en'] as const) {
      expect(withLocale(locale, () => readablePeriod(period))).toBe(
        'de periode van 16 juni 2026 t/m 14 oktober 2026',
      );
    }
    expect(readablePeriod({ ...period, label: '2026-T2' })).toBe(
      'het tweede tertiaal 2026 (mei t/m augustus)',
    );
  });
});

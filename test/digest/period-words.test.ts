import { describe, expect, it } from 'vitest';
import { periodName } from '../../src/digest/publish-deliveries.ts';
import { readablePeriod } from '../../src/digest/summary-text.ts';
import { withLocale } from '../../src/messages/locale.ts';

const period = { label: 'SG-2026-10-15', from: '2026-06-16', to: '2026-10-14' };

describe('a stuurgroep period in words', () => {
  it('in the publish answer: Dutch as before, a tertiaal by its name', () => {
    expect(periodName('SG-2026-10-15')).toBe('de periode voor de stuurgroep van 15 oktober 2026');
    expect(periodName('2026-T2')).toBe('2026-T2');
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
    expect(readablePeriod({ ...period, label: '2026-T2' })).toBe('2026-T2');
  });
});

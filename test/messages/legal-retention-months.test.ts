import { describe, expect, it } from 'vitest';
import { words } from '../../src/messages/catalogue/words.ts';
import type { LegalFacts } from '../../src/messages/legal-page.ts';

/** The privacy statement with SCHAKEL_RETENTION_MONTHS at its smallest allowed value, 1. */
const facts: LegalFacts = {
  retentionMonths: 1,
  minGroup: 3,
  requestKeyDays: 30,
  aiSummary: false,
  controllerHtml: null,
  contactHtml: null,
};
const textOf = (locale: 'nl' | 'en') =>
  JSON.stringify(
    words(locale)
      .legal.privacy(facts)
      .sections.flatMap((s) => s.blocks),
  );

describe('the bewaartermijn in the privacy statement, one month', () => {
  it('says "1 maand" and "1 month", never "1 maanden" or "1 months"', () => {
    expect(textOf('nl')).toContain('ouder is dan 1 maand:');
    expect(textOf('nl')).not.toContain('1 maanden');
    expect(textOf('en')).toContain('older than 1 month:');
    expect(textOf('en')).not.toContain('1 months');
  });
});

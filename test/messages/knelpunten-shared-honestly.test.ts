import { describe, expect, it } from 'vitest';
import { words } from '../../src/messages/catalogue/words.ts';
import type { LegalFacts } from '../../src/messages/legal-page.ts';

const facts: LegalFacts = {
  retentionMonths: 24,
  minGroup: 3,
  requestKeyDays: 30,
  aiSummary: false,
  controllerHtml: null,
  contactHtml: null,
};
const whoSeesWhat = (locale: 'nl' | 'en') =>
  JSON.stringify(
    words(locale)
      .legal.privacy(facts)
      .sections.filter((s) => /Wie ziet wat|Who sees what/.test(s.heading))
      .flatMap((s) => s.blocks),
  );

/**
 * The next round's check-in form shows every member each open knelpunt with its description,
 * however few answered when it was raised (src/checkin/forms.ts): no text promises that nobody
 * can tell whose it is.
 */
describe('what is said about who sees a knelpunt', () => {
  it('the closing summary with few answers says a new knelpunt is shared, without a name, at the next check-in', () => {
    const nl = words('nl').checkin.summaryKnelpuntenHidden(3);
    expect(nl).not.toContain('niemand herkenbaar');
    expect(nl).toContain('zonder naam, in de lijst van open knelpunten');
    const en = words('en').checkin.summaryKnelpuntenHidden(3);
    expect(en).not.toContain('nobody can be recognised');
    expect(en).toContain('without a name, in the list of open knelpunten');
  });

  it('the privacy statement says the same under "Wie ziet wat", in both languages', () => {
    expect(whoSeesWhat('nl')).toContain('bij de volgende check-in ziet elk lid van de werkgroep het');
    expect(whoSeesWhat('en')).toContain('at the next check-in every member of the werkgroep sees it');
  });
});

import { describe, expect, it } from 'vitest';
import { checkinTexts, pointAtFields } from '../../src/checkin/store-answer.ts';
import { parseCheckin } from '../../src/messages/forms/checkin-parse.ts';

describe('free text goes to the privacy guard under the field it was typed in', () => {
  it('a knelpunt typed in slot 3 is checked as slot 3, though the answer lists it second', () => {
    const raw = {
      samenwerkingsniveau: '3',
      new1_description: 'Te weinig tijd',
      new1_category: 'tijd-capaciteit',
      new3_description: 'Onduidelijk wat we mogen delen',
      new3_category: 'privacy-avg',
      new3_oplossing: 'Privacy-officers samen laten kijken',
      went_well: 'De leerbijeenkomst',
    };
    const parsed = parseCheckin(raw);
    if (!parsed.ok) throw new Error('expected a valid check-in');
    expect(checkinTexts(parsed.value, raw)).toEqual({
      toelichting: undefined,
      went_well: 'De leerbijeenkomst',
      new1_description: 'Te weinig tijd',
      new1_oplossing: undefined,
      new3_description: 'Onduidelijk wat we mogen delen',
      new3_oplossing: 'Privacy-officers samen laten kijken',
    });
  });

  it('a refusal for the whole form is shown beside the first text', () => {
    const texts = { toelichting: undefined, went_well: 'iets' };
    expect(pointAtFields([{ field: '*', message: 'Niet te controleren.' }], texts)).toEqual([
      { field: 'went_well', message: 'Niet te controleren.' },
    ]);
    expect(pointAtFields([{ field: '*', message: 'x' }], { toelichting: undefined })).toEqual([
      { field: 'samenwerkingsniveau', message: 'x' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// False positives and regressions a second reviewer found in the rules of one session (confirmed against fdd7582).
const health = (text: string) => foundOf('name_health', text);

describe('privacy review 2: a word, a hyphen and a department or hospital', () => {
  it.each([
    'Sanne zit op de HR-afdeling.',
    'Erik zit op de HR-afdeling en regelt de contracten.',
    'Jan de Vries zit sinds maandag op de ICT-afdeling.',
    'Sanne Visser, HR-afdeling sinds kort',
    'Jan zit in het MKB-ziekenhuis project.',
  ])('is no care place: %s', (text) => {
    expect(health(text)).toEqual([]);
  });

  it.each([
    'Ruben Dekker 0612345678 – crisis, ggz-crisisdienst ingeschakeld',
    'Ali zit nu in een ggz-crisisbed.',
  ])('a care place after a hyphen still is: %s', (text) => {
    expect(health(text)).not.toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-english (6 December 2026): English messages name a client's household by a relative ("The son of
// Bakker has autism") or a titled client by where they come from ("Mrs. de Vries from Doetinchem has
// schizophrenia": "Mrs." ended the sentence and was no title). A member's own relatives, roles, figures of
// speech and a titled speaker on a topic stay clean. Other lines than corpus-det-english-classes.tsv.
describe('name_health: English relatives and titled people from a place', () => {
  it.each([
    ['The son of Bakker has autism, can he go to Laborijn?', 'Bakker'],
    ['The daughter of Jansen has depression', 'Jansen'],
    ['The sister of Visser has an eating disorder', 'Visser'],
    ['the partner of van den Berg is psychotic', 'van den Berg'],
    ['Mrs. de Vries from Doetinchem has schizophrenia and wants a job at Laborijn', 'de Vries'],
    ['Ms. van Dam from Lochem has depression', 'van Dam'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text).join(' ')).toContain(name);
  });

  it.each([
    'The son of the director has started',
    'the mother of all meetings',
    'Mrs. de Vries from UWV has a presentation on schizophrenia',
    'My son has autism',
    'My daughter has depression, so I know it well',
    'The brother of a colleague has joined Laborijn',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

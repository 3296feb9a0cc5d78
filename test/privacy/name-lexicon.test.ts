import { describe, expect, it } from 'vitest';
import { isCommonWord, isKnownFirstName, isLexiconSurname } from '../../src/privacy/name-lexicon.ts';
import { foundOf } from './helpers.ts';

// The Dutch name and word lists of @zxcvbn-ts/language-nl-be: names the hand-kept list lacks are known,
// and first names that are everyday words stay words.
describe('name_health with the name lexicon', () => {
  it.each([
    // First names of the lexicon that first-names.ts does not list, wherever they stand.
    ['Robbe zit thuis met een burn-out.', 'Robbe'],
    ['De depressie van Kato is erger geworden.', 'Kato'],
    ['Volgens Wannes gebruikt ze weer cocaïne.', 'Wannes'],
    ['Met Jozefien gaat het niet goed, ze is weer opgenomen.', 'Jozefien'],
    ['Bij Lowie is autisme vastgesteld.', 'Lowie'],
    // An unknown subject that ends like a noun but is no frequent word, and a surname the lexicon knows.
    ['Moniek heeft een depressie.', 'Moniek'],
    ['Verhoeven heeft een psychose.', 'Verhoeven'],
    // "Vries" is a village, "de Vries" a surname.
    ['Xandra de Vries heeft een depressie.', 'Xandra de Vries'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    // First names of the lexicon that are everyday words are no name by themselves.
    'Toon begrip voor zijn depressie en geef hem de tijd.',
    'Door de depressie lukt werken nu niet.',
    'Elke cliënt met een depressie krijgt een vaste begeleider.',
    'Storm heeft de planning in de war gestuurd.',
    // A first name after "het" is a hospital.
    'Het Antoni van Leeuwenhoek heeft een goed programma voor werk na kanker.',
    // A noun that ends like one and is a frequent word stays no subject.
    'Begeleiding heeft een depressie niet altijd als doel.',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it('folds the lexicon like every key and leaves everyday words out of the first names', () => {
    expect(isKnownFirstName('robbe')).toBe(true);
    expect(isKnownFirstName('sanne')).toBe(true);
    expect(isKnownFirstName('storm')).toBe(false);
    expect(isKnownFirstName('toon')).toBe(false);
    expect(isCommonWord('storm')).toBe(true);
    expect(isLexiconSurname('peeters')).toBe(true);
    expect(isLexiconSurname('de vries')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// det-relative (6 December 2026): a relative of a named family with a care detail identifies a client's
// household ("De zoon van Bakker heeft autisme" was shown to the whole werkgroep), also when the surname is
// an everyday word or a trade; a member's own relatives, unnamed people's, a trade in lower case, firms
// and Teams members' "van" phrases stay clean. Other lines than corpus-det-relative-classes.tsv.
describe('name_health: a relative of a named family', () => {
  it.each([
    ['agendapunt De zoon van Bakker heeft autisme, kan hij bij Laborijn terecht?', 'Bakker'],
    ['De dochter van Visser heeft een angststoornis', 'Visser'],
    ['de moeder van Jansen is vorige week opgenomen', 'Jansen'],
    ['De zoon van de Jong zit in de kliniek', 'de Jong'],
    ['de dochter van Van der Meer heeft ADHD', 'Van der Meer'],
    ['De vader van van den Berg heeft dementie', 'van den Berg'],
    ['Mulder zijn zoon heeft autisme', 'Mulder'],
    ["Smit d'r dochter is opgenomen", 'Smit'],
    ['De Boer haar vader heeft kanker', 'De Boer'],
    ['Schipper zijn broer is verslaafd aan gokken', 'Schipper'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text).join(' ')).toContain(name);
  });

  it('gives the relative of a named family the care term: "Bij de familie Timmerman is de moeder opgenomen"', () => {
    expect(foundOf('name_health', 'Bij de familie Timmerman is de moeder opgenomen')).not.toEqual([]);
  });

  it.each([
    'mijn zoon heeft autisme, dus ik ken het van dichtbij',
    'Mijn dochter heeft ADHD en ik weet hoe dat op school gaat',
    'De zoon van een deelnemer heeft autisme, meer weet ik niet',
    'de zoon van de bakker heeft autisme',
    'De zoon van Bakker begint maandag als vrijwilliger bij de kringloop',
    'De kinderen van Bakker & Zn nemen het bedrijf over',
    'de dochter van Bakker Bouw zoekt iemand met autisme voor de administratie',
    'Kees van UWV vertelt over autisme en werk',
    'Mirjam van de gemeente deelt de notulen over verslavingszorg',
    'De kinderen van Nederland verdienen goede jeugdzorg',
    'kinderen van Turkse ouders met een depressie zoeken minder snel hulp',
    'Ook haar moeder heeft kanker, vertelde de jobcoach over zichzelf',
    'Nu zijn kinderen met ADHD vaak al gediagnosticeerd',
    'Iedereen zijn moeder heeft wel eens stress',
    'Weer zijn vader, die is opgenomen',
    'De dochter van Marokkaanse ouders heeft PTSS',
  ])('leaves "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });
});

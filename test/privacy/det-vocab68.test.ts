import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-vocab68: care said in everyday words by family (care-terms-families.ts): a symptom with the person as
// subject, a medicine, a condition or a care setting by its own name; the same words of nobody, of the
// writer or said figuratively stay clean.
describe('name_health: everyday care words by family (det-vocab68)', () => {
  it.each([
    ['Noor hoort weer dingen sinds ze minder slaapt.', 'Noor'],
    ['Met Lieke gaat het minder, eet ze niet meer sinds de verhuizing.', 'Lieke'],
    ['Joep zegt dat hij slecht slaapt door de nachtdiensten.', 'Joep'],
    ['Mira huilt de hele dag, ik bel morgen de praktijkondersteuner.', 'Mira'],
    ['Ties is vandaag 60 dagen nuchter.', 'Ties'],
    ['Femke is weer begonnen met braken, haar zus belde ons.', 'Femke'],
    ['Kyra slikt roaccutane en moet uit de zon blijven.', 'Kyra'],
    ["Lars heeft 's nachts hypo's, zijn werkgever weet het niet.", 'Lars'],
    ['Ilse heeft HSP en werkt liever in een stille ruimte.', 'Ilse'],
    ['Tim krijgt sinds maandag rTMS, drie weken geen werk.', 'Tim'],
    ['Nadia zit weer bij de Riagg, elke week een gesprek.', 'Nadia'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    '"Ik hoor weer dingen" is een zin die je serieus moet nemen, zei de trainer.',
    'Ik slaap zelf slecht met de baby, excuses als ik traag reageer.',
    'De wachtlijst bij de Riagg is nu 12 weken, dat gaat in de brief aan de wethouder.',
    'Bij GGZ Drenthe kun je ook terecht voor rTMS, het wordt vergoed.',
    'ARFID, HSP, NAH: kunnen we een woordenlijst maken voor de werkgevers?',
    'De werkgever moet een kolfruimte regelen voor medewerkers die dat nodig hebben.',
    'Het budget is zo mager geworden dat we de lunch schrappen.',
    'Sanne is met zwangerschapsverlof, Joost neemt haar caseload over.',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

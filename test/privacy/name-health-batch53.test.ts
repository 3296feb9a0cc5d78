import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// The classes of batch 53's misses (6 December 2026, Drenthe and Groningen): somatic and everyday health
// said of a named person. Lines in other words than the corpus's, and look-alikes that use the same
// words harmlessly and must stay clean.
describe('name_health: somatic and everyday health of a named person', () => {
  it.each([
    // Everyday complaints as whole words.
    ['Rinus kampt met buikpijn sinds de zomer', 'Rinus'],
    ['Femmy heeft een tandabces en komt vrijdag niet', 'Femmy'],
    ['Bertus heeft MRSA en mag niet in de zorgkeuken', 'Bertus'],
    // A body part with a complaint, broken or worn.
    ['Geesje heeft pijn aan haar schouder en tilt niet meer', 'Geesje'],
    ['Albert gaat naar de fysio ivm zijn enkel', 'Albert'],
    ['Jantina heeft een gebroken neus na de val', 'Jantina'],
    ['Wietske moet stoppen, haar knieën zijn versleten', 'Wietske'],
    // Pain after one's operation, a new joint.
    ['Hilda heeft nog pijn na haar operatie', 'Hilda'],
    // A person's body weight.
    ['Dirkje weegt inmiddels 130 kilo', 'Dirkje'],
    // A named hospital with an adverb between.
    ['Jakob ligt nog in het UMCG na zijn val', 'Jakob'],
    // A sick-leave note and its reason.
    ['H. Mulder: sinds 2 weken ziekgemeld met uitdroging', 'H. Mulder'],
    // Self-harm and starving in plain words.
    ['Gesprek met Marchien, ze is zorgwekkend mager', 'Marchien'],
    // Said of themself by the one named after the pronoun's clause.
    ['Hij blowt weer elke avond, zegt Lammert zelf', 'Lammert'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Geesje doet haar werk met hart en ziel',
    'Albert heeft de verhuizing achter de rug',
    'Trijntje zat met haar rug naar de zaal',
    'Evert moest door de knieën voor de werkgever',
    'De operatie van de afdeling is klaar, Hilda is tevreden',
    'Het grootste pijnpunt voor Hielke is het vervoer',
    'De kast voor Dirkje weegt 40 kg',
    'Dat argument van Lammert weegt zwaar',
    'De brief van Jakob ligt nog in het UWV',
    'Tjitske heeft de kaarsjes ontstoken voor de kerstlunch',
    'Vermoeidheid in het team na de reorganisatie: Hennie stelt een teamdag voor',
    'Volgens Marchien is de opkomst erg mager',
    'Rixt heeft zich gesneden aan het snijmes, pleister erop',
    'Hij blowt weer elke avond, zegt Lammert',
    'H. Mulder: ik ben zelf ziek met migraine',
    'Saskia is met zwangerschapsverlof, Roel neemt het over',
    'Jeroen heeft griep, hij komt volgende week',
  ])('leaves "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads an organisation with a long name before the colon as the account holder', () => {
    expect(found('Rekening Stichting Werk en Zorg Drenthe: NL91ABNA0417164300')).toEqual([]);
    expect(foundOf('iban', 'Rekening van Sietske Mulder: NL91ABNA0417164300')).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-names40: names the guard did not read as a person: given names no list knew, surnames alone before a
// verb of suffering, a condition "van" a name, dotted initials after a preposition, headings, verbless notes;
// and their clean look-alikes (places, organisations, abbreviations, the same names at work).
describe('name_health: names the guard did not read as a person (det-names40)', () => {
  it.each([
    ['Faadumo kampt met een ptss, traject ligt even stil', 'Faadumo'],
    ['Wojtek heeft een delier gehad na zijn operatie', 'Wojtek'],
    ['ruthmila heeft een angststoornis', 'ruthmila'],
    ['Okafor lijdt al jaren aan een angststoornis, ze is opgenomen', 'Okafor'],
    ['Kowalczyk belandde vorige week op de SEH na een overdosis', 'Kowalczyk'],
    ['De depressie van Kowalczyk is verergerd', 'Kowalczyk'],
    ['Betreft Okafor - opgenomen op de PAAZ', 'Okafor'],
    ['Betreft: Tewolde (psychose), graag bespreken', 'Tewolde'],
    ['Namens Kromowidjojo bel ik af, ze is gisteren opgenomen', 'Kromowidjojo'],
    ['Met M.K. gaat het slecht, ze is weer opgenomen', 'M.K.'],
    ['Bij S.B. is autisme vastgesteld', 'S.B.'],
    ['Tewolde weer opgenomen, ik laat het de werkgever weten', 'Tewolde'],
    ['Okafor met spoed opgenomen na een psychose', 'Okafor'],
    ['Ook Kowalczyk heeft een depressie', 'Kowalczyk'],
    ['Tewolde is weer aan het gokken, zijn schulden lopen op', 'Tewolde'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Assen heeft een lange wachtlijst voor de GGZ',
    'Beilen heeft een nieuwe verslavingskliniek',
    'Ook Emmen heeft een wachtlijst voor de ggz',
    'Okafor kampt met een volle agenda, de training over angst schuift naar maart',
    'De evaluatie van Kowalczyk over het depressieproject staat op de agenda',
    'Betreft Okafor - de presentatie over psychose op de regiodag',
    'Namens Kromowidjojo bel ik af voor het overleg over de wachtlijst',
    'Met o.a. de psychiater en de verslavingsarts bespreken we de werkwijze',
    'Bij B.V. Groenwerk is een plek vrij voor iemand met een verslavingsverleden',
    'Werkfit weer open na de zomer, ook voor mensen met een depressie',
    'Planning weer opgeschoven ivm de opname van de podcast',
    'Moeten we weer gaan gokken naar het aantal aanmeldingen, Okafor?',
    'Wojtek is de nieuwe jobcoach voor mensen met een verslaving',
  ])('leaves "%s"', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

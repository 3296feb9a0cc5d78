import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Held-out 43's general classes (Drenthe: pasted forms, tables with | or ;, terse notes; read by det-43,
// 6 December 2026), in other words than the set's and the classes file's: what the guard finds, as kinds.
const kinds = (text: string) => [...new Set(found(text).map(([kind]) => kind))].sort();

describe('held-out 43 classes: found', () => {
  it.each([
    ['Nieuwe aanmelding, geb. nov. 1984, wil in de techniek', 'birthdate'],
    ["cliënt geb. febr. '77 volgens het intakeformulier", 'birthdate'],
    ['Update Albertha: ze zit in het drugsprogramma van Verslavingszorg Noord Nederland', 'name_health'],
    ['Kobus heeft opnieuw een gokschuld, dus even geen kassawerk', 'name_health'],
    ['van Reinder hoorde ik dat hij een andere psychiater heeft gekregen', 'name_health'],
    ['Antoinette belde: de paniekaanvallen zijn terug', 'name_health'],
    ['S. (initialen ivm privacy) heeft een bipolaire stoornis', 'name_health'],
    ["Hennie is 'van zijn pillen af', zegt hij zelf", 'name_health'],
    ['woont even bij zijn zus aan de Vaart 22 in Assen', 'address'],
    ['Ze woont op nr 8 van de Burg. Wilmslaan in Zuidlaren', 'address'],
    ['06 44 12 90 37 (werknummer), de vader van de klant', 'phone'],
    ['Naam;IBAN\nHarm Dijkstra;NL09ABNA0456123789', 'iban'],
    ['graag terugstorten op rekening klant NL09 ABNA 0456 1237 89', 'iban'],
    ['Gegevens Geke (voor de jobcoach):\ntel 0528-36 12 40', 'phone'],
    ['Naam | Tel | Consulent\nGeke Hulst | 06-23 45 67 81 | Roelof', 'phone'],
  ])('"%s": %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe('held-out 43 classes: clean look-alikes', () => {
  it.each([
    'Organisatie: Werkplaats Zuidenveld\nE-mail: aanmelding@zuidenveld.nl\nAdres: Dorpsstraat 40, 9401 AB Assen',
    'Breng de stukken naar Kanaalstraat 3, 7815 CM Emmen (ons kantoor)',
    'bezoek werkgever, Veenweg 2, Gieten, wo 9u (hoofdkantoor)',
    'Contact VNN Hoogeveen: 0528 - 23 45 67, op werkdagen',
    'Nieuwe gegevens stuurgroep:\ntel 0528 27 10 00',
    'Jobcoach | Tel | Regio\nRoelie Bos | 06-23 45 67 81 | Meppel',
    'bel me op 06 44 12 90 37 (werknummer)',
    '06 44 12 90 37 is de diensttelefoon van de jobcoaches in Emmen',
    'rekeningnummer van de werkgroep (bij de ASN): NL09 ABNA 0456 1237 89',
    'Leverancier;IBAN\nZaalverhuur De Brink BV;NL09ABNA0456123789',
    'graag terugstorten op rekening werkbedrijf NL09 ABNA 0456 1237 89',
    'Eigen bijdrage naar NL09 ABNA 0456 1237 89 tnv CAK',
    'Jannie van de kantine raadt het alzheimercafé in Assen aan',
    'Wubbo zei dat hij een psycholoog heeft gebeld voor de themadag',
    'De kantine is van de pillen af, alleen nog fruit',
    'Training bij een collega op de Brink 7 in Dwingeloo',
  ])('"%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-care38b: a hospital's outpatient clinic is care whatever it treats ("pijnpoli", "reumapoli", "MDL-poli",
// "pijnpolikliniek"; care-provider-words.ts), so a named person waiting for it, referred or going to it is refused;
// the clinic as an organisation, a venue, a workplace or a topic stays nobody's.
describe('name_health: an outpatient clinic of any specialty (det-care38b)', () => {
  it.each([
    ['Femke staat op de wachtlijst voor de pijnpoli', 'Femke'],
    ['Gerard is doorverwezen naar de reumapoli, de intake is in maart', 'Gerard'],
    ['Dirk loopt bij de hartpoli van het Maasstad', 'Dirk'],
    ['Anouk staat op de wachtlijst bij de MDL-poli', 'Anouk'],
    ['Ruben staat op de wachtlijst voor de pijnpolikliniek, werken lukt nu niet', 'Ruben'],
    ['Henk wacht al drie maanden op een intake bij de geheugenpoli', 'Henk'],
    ['Sem is doorverwezen naar de neurologiepoli', 'Sem'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'we vergaderen volgende week bij de pijnpoli in het Maasstad',
    'de reumapoli zoekt een werkplek voor een ervaringsdeskundige',
    'Femke werkt als doktersassistent op de longpoli',
    'Gerard van de hartpoli geeft een presentatie over werk en ziekte',
    'Op de MDL-poli is een vacature voor een secretaresse',
    'Ruben leidt de rondleiding op de geheugenpoli voor de werkgevers',
    'Wie kent iemand bij de neurologiepoli die wil aanschuiven?',
    'De kaart van Napoli ligt nog op tafel',
  ])('leaves "%s" alone', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

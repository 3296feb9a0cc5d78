import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// The rules added for batch 33 (issue 14): a person followed across the sentences of one text, GGZ jargon,
// and the look-alikes that must stay clean.
describe('names with health details across sentences and in GGZ jargon', () => {
  it.each([
    ['Ik maak me zorgen om Hennie. Ze slaapt slecht. Ze is de laatste weken erg somber.', 'Hennie'],
    ['Ik heb Mirjam gisteren gesproken. Het gaat niet goed. Ze is weer opgenomen.', 'Mirjam'],
    [
      'Wie helpt met Agnieszka? Ze drinkt weer en haar werkgever wil haar contract niet verlengen.',
      'Agnieszka',
    ],
    ['Zij heeft OCD en controleert alles drie keer, vandaar dat Lotte zo traag is.', 'Lotte'],
    ['Hij zei letterlijk: "ik ben gestopt met die Abilify". Dat was Sjoerd.', 'Sjoerd'],
    ["Bilal heeft volgens z'n moeder weer stemmen gehoord.", 'Bilal'],
    ['Reminder: verslag over Van Leeuwen sturen, hij heeft afasie.', 'Van Leeuwen'],
    ['Over Jansen: GAF 35 bij ontslag, as-I F31.2.', 'Jansen'],
    ['K.V. (vrouw, 43) is gediagnosticeerd met een bipolaire stoornis.', 'K.V.'],
    ['Samira heeft haar F43.1 diagnose pas gekregen.', 'Samira'],
    ['Sjaak is weer gaan gokken en heeft zijn loon uitgegeven.', 'Sjaak'],
    ['Paweł gebruikt oxycodon voor zijn chronische pijn.', 'Paweł'],
    ['Zorgen om Daphne, ze eet bijna niks meer en is erg mager.', 'Daphne'],
    ['Jan (jobcoach) heeft een burn-out.', 'Jan'],
    ['Jan staat al maanden op de wachtlijst voor de kliniek.', 'Jan'],
  ])('finds %s', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Fictieve casus (geen echte persoon): "Sam heeft een bipolaire stoornis en zoekt werk."',
    'Stel, Jan (fictief voorbeeld) heeft een depressie en wil 20 uur werken.',
    'Tijdens de stuurgroep gaf Ilse (manager GGNet) aan dat de wachtlijst voor traumabehandeling lang is.',
    'Het beschermd wonen aan de Karel Doormanstraat werkt samen met drie werkgevers.',
    'Sanne gaf aan dat de planning door de storing ontregeld is.',
    'Pieter en Sanne gaan gokken op de uitslag van de verkiezingen.',
    'Marieke stemt voor. Haar stemmen tellen mee bij de ledenraad.',
    'Jan maakt het crisisplan voor de gemeente.',
    'Ilse, manager bij GGNet, zei dat de wachtlijst voor traumabehandeling lang is.',
    'In de casus van vandaag (verzonnen) heeft Mark een depressie.',
    'Rollenspel: Piet (gespeeld door Jan) heeft een verslaving.',
    'Jan eet niet mee met de lunch, hij heeft een afspraak.',
    'Volgens artikel 7:658 BW moet Jan als werkgever zorgen voor veiligheid.',
    'Zij heeft een burn-out gehad, vertelde Sanne over haar collega.',
    'Ik sprak Sanne vandaag. Ze gaf een training over autisme.',
    'Sanne opende. Daarna pauze. Vervolgens de lunch. Hij heeft een depressie.',
  ])('leaves %s', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

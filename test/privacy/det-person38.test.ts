import { describe, expect, it } from 'vitest';
import { foundOf, testGuard } from './helpers.ts';

// det-person38 (batch 77): a named person the guard did not read as a person at all. A colleague named after their
// role with their own care; an unknown name or a surname that is a word opening the sentence before more verbs or the
// spoken genitive; an unknown name in a list's or record's place; a surname with its particle past an aside; a name
// in quotes. Their twins: the member at work, places, providers, headings, topics and titles. Asserted with the
// rules alone too, so the learned model cannot hide a rule that stopped working.
const rules = testGuard({ nameHealthModel: null });

describe('name_health: names the guard did not read as a person (det-person38)', () => {
  it.each([
    ['Onze teamleider Marco heeft een hernia en werkt voorlopig thuis', 'Marco'],
    ['Onze secretaris Wendy zit thuis met een burn-out, Bas neemt de notulen over', 'Wendy'],
    ['Lotte (jobcoach Werkbedrijf) ligt in het ziekenhuis met een blindedarmontsteking', 'Lotte'],
    ['Kowalczyk wordt volgende week opgenomen in de kliniek in Eindhoven', 'Kowalczyk'],
    ['Dijkman haar rollator past niet in de lift van de werkplaats', 'Dijkman'],
    ['Wouda: depressie, start pas in mei', 'Wouda'],
    ['3 uitvallers deze maand (Hoekstra wegens opname, Yilmaz vanwege een terugval)', 'Hoekstra', 'Yilmaz'],
    ['Bosma en Kramer zitten allebei in de dagbehandeling, ze willen samen starten', 'Bosma en Kramer'],
    ['Casus: Oudshoorn, 45 jr, schizofrenie, woont begeleid', 'Oudshoorn'],
    ['Weet iemand iets van Hovestadt? Hij ligt al een week in het ziekenhuis', 'Hovestadt'],
    ['Van Wijngaarden (de jongen van de kringloop) is weer opgenomen op de PAAZ', 'Van Wijngaarden'],
    ['de Bruin stuurt steeds berichten dat hij er een eind aan wil maken', 'de Bruin'],
    ['"Tijger" zit sinds vrijdag op de gesloten afdeling', 'Tijger'],
    ["'M.' (naam aangepast) heeft een eetstoornis en werkt 12 uur in de keuken", 'M.'],
  ])('finds "%s"', (text, ...names) => {
    expect(foundOf('name_health', text)).toEqual(names);
    expect(foundOf('name_health', text, rules)).toEqual(names);
  });

  it.each([
    'Onze teamleider Marco geeft donderdag een presentatie over hernia en werk',
    'Regisseur Anouk is ziek, het overleg gaat niet door',
    'Eindhoven wordt volgende week de plek van de regiodag over psychose en werk',
    'Tactus gaat na de zomer een afkickkliniek openen in Deventer',
    'Dijkman haar rapport over de wachtlijsten is erg goed',
    'Agendapunt: depressie en werk, wie bereidt het voor?',
    'Doelgroep: jongeren met autisme in de regio',
    'Twente en Salland hebben allebei een wachtlijst voor de GGZ',
    'Heb je gehoord van Lentis? Zij openen een kliniek',
    'Twee sessies afgezegd (Achterhoek wegens storing, Twente vanwege de sneeuw)',
    'De Haan (de teamleider) geeft een workshop over cocaïnegebruik',
    'de Gemeente stuurt een brief over de verslavingszorg',
    "De workshop 'Verslaving en werk' is vol",
    "Het project 'Tijger' zit in de afrondende fase, de evaluatie over angst volgt",
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
    expect(foundOf('name_health', text, rules)).toEqual([]);
  });
});

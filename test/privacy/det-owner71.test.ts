import { describe, expect, it } from 'vitest';
import { foundOf, testGuard } from './helpers.ts';

// det-owner71 (batch 71): whose the care term is when a counted group, a profession in the plural, a quoted
// programme part, a task taken over or a service organised for clients stands beside a named professional.
// Client twins keep the named person's care. Checked with the rules alone too, so the learned model cannot
// hide a rule that stopped working.
const rules = testGuard({ nameHealthModel: null });

describe('name_health: det-owner71 classes', () => {
  it.each([
    'Sanne heeft een overzicht gemaakt: 12 mensen wachten op een intake bij de GGZ',
    'Pieter plant de intakes: drie mensen met een angststoornis en een met een verslaving',
    'Ilse en Bram willen afspraken voor deelnemers die tijdens het traject worden opgenomen',
    'Volgens Marloes helpt EMDR bij 6 op de 10 mensen met een trauma',
    'Karin meldt dat het aantal aanmeldingen met een depressie gestegen is',
    'Ruud vertelt dat de huisartsen in Assen meer uren krijgen voor psychische klachten',
    'Lotte en Sem verzorgen het blok "Angst op de werkvloer" tijdens de regiodag',
    'Femke en Jan: thema volgende bijeenkomst is "depressie en werkhervatting", input welkom',
    'Femke neemt de intake van Noor over, ik ben morgen weg',
    'Olga en Patrick regelen vervoer naar de dagbehandeling voor cliënten uit de dorpen',
    'Een andere cliënt van Thijs is net opgenomen, dus hij is er morgen niet',
    'Jobcoach Sara begeleidt nu 12 deelnemers, waarvan 4 met een depressie',
    'Mirjam schuift aan bij het agendapunt verslaving en werk',
  ])('finds no one in "%s"', (text) => {
    expect(foundOf('name_health', text, rules)).toEqual([]);
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it.each([
    ['Sanne wacht al 12 weken op een intake bij de GGZ', 'Sanne'],
    ['Ilse is tijdens het traject opgenomen, Bram regelt de afspraken', 'Ilse'],
    ['De EMDR helpt bij Kees goed tegen zijn trauma', 'Kees'],
    ['Lotte zei over het blok: "ik heb zelf een angststoornis, de werkvloer is zwaar"', 'Lotte'],
    ['Femke neemt het over, want Noor heeft een burn-out', 'Noor'],
    ['Jan gaat naar de dagbehandeling voor jongeren', 'Jan'],
    ['Olga regelt vervoer naar haar dagbehandeling', 'Olga'],
    ['Jan is een van de 5 met een psychose in de groep', 'Jan'],
    ['Mirjam bespreekt bij het agendapunt haar eigen verslaving', 'Mirjam'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text, rules)).toEqual([name]);
    expect(foundOf('name_health', text)).toEqual([name]);
  });
});

import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// Hand-written werkgroep probes of a second review (29b) of the rules merged after 6d8dd70 (held-out 23-26,
// 31, batch 48): clean lines the new rules flagged and client lines the old code found that the new lost,
// each beside a look-alike of the other side.
const health = (text: string) => foundOf('name_health', text);

describe('review 29b: a habit phrase of a drink that is no alcohol', () => {
  it.each([
    'Bas is een zware drinker van koffie.',
    'Koen is een zware drinker als het om cappuccino gaat.',
    'Koen is een stevige drinker van espresso, haha.',
    'Petra is een flinke drinker van thee tijdens het overleg.',
    // A character of a film or book.
    'Ruben is de zware drinker uit de film over verslaving die we bespraken.',
    'Wie speelt de zware drinker uit de serie die we op de themamiddag laten zien?',
  ])('is clean: %s', (text) => {
    expect(health(text)).toEqual([]);
  });

  it.each([
    'Bas is een zware drinker volgens zijn broer.',
    'Kevin is een zware drinker van bier en jenever.',
    'Daan is een stevige drinker en heeft schulden.',
    'Ruben is de zware drinker uit de buurt, zegt zijn zus.',
  ])('is still found: %s', (text) => {
    expect(health(text)).not.toEqual([]);
  });
});

describe('review 29b: a client at an organisation named with its place', () => {
  it.each([
    // 6d8dd70 found these by reading "Zorggroep Zwolle" as the person; held-out 25's rule rightly made it an
    // organisation, and the subject of "is cliënt" must then own the care told "vanwege zijn ...".
    ['Koen is cliënt bij Zorggroep Zwolle vanwege zijn verslaving.', 'Koen'],
    ['Koen is cliënt bij Humanitas vanwege zijn verslaving.', 'Koen'],
    ['Sanne is patiënt bij PsyQ Almere wegens haar depressie.', 'Sanne'],
    ['Koen is cliënt bij Zorggroep Zwolle en heeft een verslaving.', 'Koen'],
    ['Koen is klant bij Zorggroep Zwolle vanwege een verslaving.', 'Koen'],
  ])('finds the subject: %s', (text, name) => {
    expect(health(text)).toEqual([name]);
  });

  it.each([
    'Koen is klantmanager bij Zorggroep Zwolle vanwege zijn ervaring met verslaving.',
    'Koen is collega bij Zorggroep Zwolle vanwege zijn kennis van verslaving.',
    'Zorggroep Zwolle doet mee aan de pilot over verslaving.',
    'Koen is collega bij Zorggroep Zwolle en heeft een training over verslaving gegeven.',
    'Koen is cliëntondersteuner bij Zorggroep Zwolle en heeft ervaring met depressie.',
  ])('a worker of the same shape stays clean: %s', (text) => {
    expect(health(text)).toEqual([]);
  });
});

describe('review 29b: a landline labelled "(werk)" with a client word after it', () => {
  const phone = (text: string) => foundOf('phone', text);

  it.each([
    // 6d8dd70 found it; held-out 25's "(werk)" rule looked for the client word before the number only.
    'Daan heeft een eigen bedrijf: 038-4567123 (zakelijk), hij is cliënt bij ons.',
    'Bel 038-4211221 (werk), van de moeder van Kevin.',
  ])('is still found: %s', (text) => {
    expect(phone(text)).not.toEqual([]);
  });

  it.each([
    'Petra is bereikbaar op 038-4211221 (werk), zij is er op dinsdag.',
    'Bel 0570-612345 (werk) voor vragen over cliënten en deelnemers.',
  ])("a member's work number stays clean: %s", (text) => {
    expect(phone(text)).toEqual([]);
  });
});

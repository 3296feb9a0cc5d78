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

// det-care38b: not coping said only in a named person's quote, in the first person ("ik trek het niet meer", "ik
// ben gewoon op"; care-terms-functioning.ts, care-terms-plain38-mind.ts, gated in care-phrase-match.ts); the
// writer's own words, also when said "tegen" someone named (care-term-reported.ts), an unnamed client's and the
// same words of a task, a place or a time stay nobody's.
describe("name_health: not coping told in a named person's quote (det-care38b)", () => {
  it.each([
    ["Sanne zei: 'ik trek het niet meer'", 'Sanne'],
    ['"Ik trek het allemaal niet meer," zei Bart aan de telefoon', 'Bart'],
    ['Mirjam zegt: "ik ben gewoon op", ze blijft deze week thuis', 'Mirjam'],
    ["Kees belde en zei letterlijk: 'ik ben helemaal op'", 'Kees'],
    ['Jeroen zei tegen mij: "ik trek het niet meer"', 'Jeroen'],
    ["'Ik ben totaal op,' zei Ruud na de tweede werkdag", 'Ruud'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    "Ik zei tegen Sanne: 'ik ben helemaal op'",
    'Ik zei nog tegen Kees: ik trek het niet meer, wie neemt de notulen over?',
    "Een deelnemer zei: 'ik trek het niet meer'",
    'De klant zei: "ik ben gewoon op", wat doe je dan?',
    "Sanne zei: 'ik trek het niet meer met deze planning'",
    'Bart zei: "ik ben gewoon op kantoor morgen"',
    'Ik ben helemaal op, Kees neemt het overleg van me over',
    'Ruud zegt: "het budget is helemaal op"',
  ])('leaves "%s" alone', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it('still refuses what the writer says of the one spoken to', () => {
    expect(foundOf('name_health', "Ik zei tegen Sanne: 'je bent depressief'")).toEqual(['Sanne']);
  });
});

// det-care38b: a crisis place ("crisisplek", "crisisplaats") and a care institution after "ggz-" ("ggz-instelling")
// as a named person's stay; the same as a service bought, a workplace or a venue stays clean.
describe('name_health: a crisis place or a ggz institution stayed in (det-care38b)', () => {
  it.each([
    ['Pieter zit sinds maandag op een crisisplek', 'Pieter'],
    ['Marloes is sinds gisteren op een crisisplek in Zwolle', 'Marloes'],
    ['Dewi zit in de ggz-instelling en mag in het weekend naar huis', 'Dewi'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'de gemeente heeft drie crisisplekken ingekocht voor de regio',
    'Pieter regelt de crisisplekken voor de regio',
    'Dewi werkt bij een ggz-instelling als jobcoach',
    'we vergaderen volgende week in de ggz-instelling',
  ])('leaves "%s" alone', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

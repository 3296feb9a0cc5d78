import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// The classes of batch 44-names' name_health misses and false positives (6 December 2026). Each class
// with lines of its kind in other words, and look-alikes that must stay clean.
describe('name_health: using and drinking said in everyday words', () => {
  it.each([
    // Intoxicated: under the influence, drunk, smelling of drink.
    ['Gisteren was Bas op zijn werk onder invloed, de uitvoerder belde ons.', 'Bas'],
    ['Ahmed kwam onder invloed van drugs naar de intake', 'Ahmed'],
    ['Sanne was dronken op het werk en is naar huis gestuurd', 'Sanne'],
    ['Erik was weer dronken, zegt zijn moeder', 'Erik'],
    ['De werkgever zegt dat Erik stomdronken binnenkwam', 'Erik'],
    ['Joost ruikt naar alcohol als hij om acht uur binnenkomt', 'Joost'],
    // Drinking at a time of day or by the bottle.
    ['Vanochtend rook Henk weer naar drank, de uitvoerder stuurde hem naar huis', 'Henk'],
    ["Pieter drinkt 's ochtends al, dat ziet de werkgever ook", 'Pieter'],
    ['Lotte vertelde dat ze elke avond een fles wijn drinkt', 'Lotte'],
    ['Kees dronk iedere avond een halve fles wodka', 'Kees'],
    // Using again: "aan het gebruiken".
    ['Jordy is weer aan het gebruiken en komt niet opdagen', 'Jordy'],
    ['Noor is aan het snuiven, zegt haar vriend', 'Noor'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Bas werkt onder invloed van de nieuwe regels anders',
    'De cijfers staan onder invloed van de vergrijzing, zegt Sanne',
    'Sanne en Erik dronken koffie op het werk',
    'Erik was dronken van geluk na de uitslag',
    'Erik was erg dronken op het feest, haha',
    'We dronken na de bijeenkomst nog wat met Joost',
    'Joost ruikt naar de koffie die net gezet is',
    "Henk drinkt 's ochtends altijd koffie op kantoor",
    'Lotte drinkt elke avond een fles water na het sporten',
    'Jordy is de nieuwe app aan het gebruiken',
    'Noor is het formulier aan het gebruiken voor de intake',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

describe('name_health: people written in ways batch 44-names showed', () => {
  it.each([
    // First names no list knew.
    ['Succes: Mira (bipolair) werkt nu bij de bibliotheek', 'Mira'],
    ['Oscar heeft sinds de zomer een depressie', 'Oscar'],
    ['De psycholoog van Moniek heeft haar angststoornis besproken', 'Moniek'],
    // A line typed in capitals: a verb in capitals is no surname, an age in brackets may stand before it.
    ['ROB ZIT WEER IN DE KLINIEK!!', 'ROB'],
    ['SANNE ZIT SINDS MAANDAG IN HET ZIEKENHUIS', 'SANNE'],
    ['GEERT (44) IS GESTOPT MET ZIJN MEDICATIE', 'GEERT'],
    ['MARK (52) HEEFT EEN DEPRESSIE', 'MARK'],
    // Lower-case initials and a surname opening a case note, a care term after the colon.
    ['j.p. hendriks: angststoornis, volgt CGT', 'j.p. hendriks'],
    ['m.k. de vries: depressie, start maandag', 'm.k. de vries'],
    ['b.v.d. Berg: terugval, opname per 12/2', 'b.v.d. Berg'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'ROB ZIT WEER IN DE KANTINE',
    'ROB WERKT IN DE KLINIEK ALS KOK',
    'GEERT (UWV) IS ER NIET, DE KLINIEK BESPREKEN WE LATER',
    'i.v.m. ziekte: de bijeenkomst gaat niet door',
    't.a.v. werkgroep: depressie en werk',
    'z.s.m. overleg: opname regelen',
    'j.p. hendriks: notulen van de werkgroep',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

describe('name_health: care said in ways batch 44-names showed', () => {
  it.each([
    // A GGZ training named by its letters: started with, had, or one's own.
    ['Sanne is gestart met IBT bij Lentis', 'Sanne'],
    ['Fenna haar IBT-traject loopt nog tot de zomer', 'Fenna'],
    ['Eline is begonnen met VERS-training bij Altrecht', 'Eline'],
    ['Joost volgt de VERS-training bij de GGZ', 'Joost'],
    // A case note opened by a stay or a discharge.
    ['Dorien: net uit de kliniek, werkt vanaf juni', 'Dorien'],
    ['Bram: weer terug uit het ziekenhuis, start maandag', 'Bram'],
    // An acute service as the subject, the person its object.
    ['Lisa raakte in paniek, de crisisdienst heeft haar meegenomen.', 'Lisa'],
    ['Tom had een slechte nacht, het crisisteam heeft hem opgehaald.', 'Tom'],
    // In treatment at a provider, told in a clause ("dat ze bij X in behandeling is").
    ['Noor vertelde dat ze bij Indigo in behandeling is.', 'Noor'],
    ['Tom zegt dat hij bij Tactus in behandeling was.', 'Tom'],
    // Breakdown in everyday words.
    ['Bij Erik gaat het slecht, hij komt zijn bed niet uit.', 'Erik'],
    ['Fatma komt haar bed niet meer uit sinds de scheiding.', 'Fatma'],
    // A relapse into one's old habits.
    ['Gerard is weer in zijn oude gedrag vervallen.', 'Gerard'],
    ['Petra is teruggevallen in haar oude patronen.', 'Petra'],
    // A ward named by the care given there.
    ['Kevin zit op de detox-afdeling van Novadic.', 'Kevin'],
    // Swallowing again, at the end of a clause.
    ['Mila slikt weer, zegt haar broer.', 'Mila'],
    ['Ahmed slikt te veel, zegt zijn moeder.', 'Ahmed'],
    // "Bo" as a first name.
    ['Bo is na een overdosis in het ziekenhuis geweest.', 'Bo'],
    ['Bo Jansen heeft een burn-out.', 'Bo Jansen'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    "Sanne geeft de VERS-training aan collega's",
    'Het IBT-beleid van de kliniek is veranderd.',
    'Eline is begonnen met vers fruit op het werk',
    'Sanne: in de kliniek is de wachtlijst lang',
    'Sanne zegt dat de crisisdienst haar werkwijze heeft aangepast.',
    'De crisisdienst heeft hem gebeld over de samenwerking.',
    'Sanne zegt dat de aanvraag bij het UWV in behandeling is.',
    'Sanne zegt dat ze bij de gemeente in behandeling is',
    'Sanne heeft het bed niet uit de opslag gehaald.',
    'De regeling is vervallen, zegt Gerard.',
    'Gerard zegt dat het team in de oude regeling is vervallen.',
    'Kevin werkt op de detox-afdeling als verpleegkundige.',
    'Kevin zit op de HR-afdeling.',
    'Mila slikt het weer niet, die nieuwe planning.',
    'Sanne slikt veel, die werkdruk is hoog.',
    'Petra slikt wel, maar morgen praten we verder.',
    'Bo schuift aan bij de werkgroep.',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

describe('name_health: a professional named with the job in brackets', () => {
  it.each([
    'Mirjam Jansen (GZ-psycholoog) schuift aan om uit te leggen wat EMDR inhoudt.',
    'Peter de Boer (IPS-jobcoach) vertelt over depressie op de werkvloer.',
    'Anna Smit (psychotherapeut) geeft een workshop over angst.',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it("still finds the professional's own care detail said of them", () => {
    expect(foundOf('name_health', 'Jan (GZ-psycholoog) heeft een burn-out.')).toHaveLength(1);
    expect(foundOf('name_health', 'Collega Hugo ligt in het ziekenhuis (blindedarm).')).toEqual([
      'Collega Hugo',
    ]);
  });
});

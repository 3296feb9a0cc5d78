import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// Batch 34 (issue 14): names no list knows where a person stands, initials, elided subjects and care
// said in everyday words; and look-alikes about members and topics.
describe('name_health: a person named where a person stands', () => {
  it.each([
    ['even een update: Shurandi heeft een depressie en komt niet', 'Shurandi'],
    ['knelpunt: Rasha heeft angstaanvallen, UWV wil toch dat ze werkt', 'Rasha'],
    ['Casus voor donderdag: Rasha (heeft PTSS) wil graag in de zorg werken', 'Rasha'],
    ['gesprek gehad met Olena vanmiddag, heeft long covid maar is gemotiveerd', 'Olena'],
    ['Heb Truus vandaag doorverwezen naar de huisarts want die heeft schizofrenie', 'Truus'],
    ['bellen met de POH over Tjitske, die zit bij de verslavingszorg', 'Tjitske'],
    ['fyi Ionuț heeft long covid so the coaching is on hold', 'Ionuț'],
    ['fyi S. de B. krijgt chemo', 'S. de B.'],
    ['Heb r.k. vandaag doorverwezen want die heeft ADHD', 'r.k.'],
    ['Casus: J. (is doof) wil graag werken', 'J.'],
    ['r.k. heeft ADHD en slikt ritalin', 'r.k.'],
    ['Ik heb Kasia gesproken en ze zit weer in de kliniek', 'Kasia'],
    ['Update over Mehmed: opgenomen sinds dinsdag', 'Mehmed'],
    ['Nieuws over de plaatsing van Rasha: ze ligt in het ziekenhuis', 'Rasha'],
    ['Gesprek met Radu en zijn tolk: hij heeft last van zijn longen', 'Radu'],
    ['gesprek gehad met ionut vanmiddag, heeft lithium gekregen', 'ionut'],
    ['Wie kan mij helpen? rasha is doof en de werkgever wil weten wat ze moeten aanpassen', 'rasha'],
    ['Heb MEHMED vandaag doorverwezen want die heeft een paniekstoornis', 'MEHMED'],
    ['bellen met de POH over ONZE JONGEN JERMAINE, die heeft een psychose', 'JERMAINE'],
    ['Stemmen horen is terug — dat is Olina, die we vorige keer bespraken', 'Olina'],
    ['heeft iemand ervaring met schizofrenie? vraag voor Dennis, die wil in het magazijn', 'Dennis'],
    ['Nieuws van Hamid: na de opname bij Dimence mag hij weer werken', 'Hamid'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    ['Katarzyna moet naar de dokter voor zijn suiker', 'Katarzyna'],
    ['Priya krijgt spuiten en komt deze week niet', 'Priya'],
    ['Dmytro heeft het zwaar in zijn hoofd', 'Dmytro'],
    ['Sietske heeft schulden en drinkt, maar het loopt goed', 'Sietske'],
    ['Stefan heeft donderdag zijn intake bij de verslavingszorg', 'Stefan'],
    ['Giovanni is in de ban van speed', 'Giovanni'],
    ['knelpunt: Sjoerd is zwanger, UWV wil dat hij 20 uur werkt', 'Sjoerd'],
    // A named person's pregnancy counts whoever she is: the chat cannot tell a colleague from a client.
    ['Sanne is zwanger en gaat in maart met verlof', 'Sanne'],
    ['Fenna wil dat ik aan haar werkgever uitleg wat haar eetstoornis inhoudt', 'Fenna'],
  ])('reads care in everyday words: "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Projectleider Koen zoekt een vervanger voor de werkgroep, hij heeft een knieoperatie',
    'Actiepunt Wouter: factsheet verslaving en werk rondsturen voor de leerbijeenkomst',
    "Het thema is 'werken met een chronische ziekte', spreker is Anna van de Hersenstichting",
    'Ik ben zelf zwanger, vanaf februari neemt Nienke mijn taken over',
    'Ik heb zelf een burn-out gehad, vanaf februari neemt Nienke mijn taken over',
    'even een update: Werk heeft prioriteit, depressie staat op de agenda',
    'gesprek gehad met Utrecht, die heeft een budget voor burn-outpreventie',
    'Hij drinkt koffie en thee, geen alcohol',
    'gesprek met iedereen vanmiddag, is goed gegaan, depressie besproken',
    'Wie heeft de slides? koffie is op',
    'a. is een optie, b. een training over depressie',
    'Workshop over Zingeving: depressie en werk',
    'Het archief ligt in het ziekenhuis, niet bij Zorgbelang',
    'Presentatie van Zorgbelang: ze hebben veel cliënten met depressie',
    'De opnames van de leerbijeenkomst staan online, Kevin heeft ze gedeeld',
  ])('finds nothing in "%s"', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it.each([
    ['knelpunt: ilse wil niet dat werkgever weet van haar schizofrenie', 'ilse'],
    ['knelpunt: ilse wil niet dat de werkgever weet van haar burn-out', 'ilse'],
    ['Ilse wil niet dat werkgever weet van haar schizofrenie', 'Ilse'],
    ["sanne's ocd is erger geworden", "sanne's"],
    ["sanne's depressie is erger geworden", "sanne's"],
    ["update: fatima's angststoornis speelt weer op", "fatima's"],
    ['sanne’s ocd is terug', 'sanne’s'],
  ])('finds a lower-case first name after a label or with a genitive: "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'knelpunt: ilse wil niet dat werkgever weet van de verhuizing',
    'knelpunt: werkgever wil niet dat collega’s weten van haar schizofrenie',
    "sanne's fiets is kapot",
    "jan's ocd-folder staat op de schijf",
    'Ik vind dat de werkgever zijn depressie serieus moet nemen',
  ])('finds nothing in the look-alike "%s"', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it.each([
    'Ik (Kofi, ervaringsdeskundige) vertel op 3/3 over mijn eigen herstel na een psychose',
    'Ik vertel samen met Kofi over mijn eigen herstel na een depressie',
    "Kofi en ik delen op de leerbijeenkomst m'n eigen verhaal over de verslaving",
  ])('lets the writer\'s own care pass after "mijn eigen": "%s"', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it.each([
    ['Kofi vertelt over zijn eigen herstel na een psychose', 'Kofi'],
    ['Ik (Kofi) vertel over het herstel van Sanne na haar psychose', 'Sanne'],
  ])('still finds another person\'s care beside the writer: "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });
});

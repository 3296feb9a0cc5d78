import { describe, expect, it } from 'vitest';
import type { FindingKind } from '../../src/privacy/findings.ts';
import { found, foundOf } from './helpers.ts';

// The classes of batch 48's false positives and misses (6 December 2026): look-alikes of client data that a
// professional writes every day (a colleague named with the service she works at, a course's title, a
// team's office, a service's hours, an organisation's history), and the client lines written as their
// near twins. Each class with lines in other words than the corpus's.

/** Each line passes the guard: no finding at all. */
function leavesClean(lines: string[]): void {
  it.each(lines)('leaves "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });
}

/** Each line is refused for the named person with a care detail, and for nothing else of that kind. */
function findsNames(cases: [string, string][]): void {
  it.each(cases)('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });
}

/** Each line is refused with exactly these kinds, in order. */
function findsKinds(cases: [string, FindingKind[]][]): void {
  it.each(cases)('finds "%s"', (text, kinds) => {
    expect(found(text).map(([kind]) => kind)).toEqual(kinds);
  });
}

/** Each line holds one finding of `kind`. */
function findsOne(kind: FindingKind, lines: string[]): void {
  it.each(lines)('finds "%s"', (text) => {
    expect(foundOf(kind, text)).toHaveLength(1);
  });
}

describe("name_health: a care service named as a professional's workplace, mandate or visit", () => {
  leavesClean([
    'Marja van de eetstoornissenkliniek geeft een presentatie over werkfit',
    'Tom van de verslavingszorg mailt de planning voor het voorjaar',
    'Peter van de afdeling verslaving heeft de notulen',
    'Ahmed van het ambulante team sluit vanaf oktober aan',
    'Erik schuift aan namens de verslavingsreclassering',
    'Jan de Boer, trajectbegeleider bij de crisisopvang, zoekt vrijwilligers voor de markt',
    'Anouk gaat op werkbezoek bij de verslavingskliniek in Deventer',
    'Linda doet de intakes voor de dagbehandeling, Kees de aanmeldingen',
    'Ahmed heeft de subsidie voor het project schizofrenie binnengehaald',
  ]);

  findsNames([
    // A care detail of the same person elsewhere in the sentence still counts.
    ['Tom van de verslavingszorg is zelf opgenomen, hij komt voorlopig niet', 'Tom'],
    ['Marja van beschermd wonen (cliënt) heeft weer een terugval', 'Marja'],
    // A client's own treater at a clinic is care, not a workplace.
    ['Wouter heeft een casemanager bij de verslavingskliniek', 'Wouter'],
    // Going to the clinic for care.
    ['Erik gaat naar de verslavingskliniek voor een opname', 'Erik'],
  ]);
});

describe('name_health: a name that is a titled work', () => {
  leavesClean([
    'de training Anna Bos – omgaan met somberheid op het werk is vol',
    "het boek 'Jan en zijn depressie' ligt bij mij op bureau",
    "de podcast 'Sanne en haar angst' heeft een nieuwe aflevering",
    'de film "Kees en de kliniek" als opening van de regiodag?',
  ]);

  findsNames([
    // A pronoun after the dash, or a colon, goes on about a person.
    ['de cursus Dirk Smit - hij heeft zelf een depressie gehad', 'Dirk Smit'],
    ['na de training Anna: ze heeft weer een psychose', 'Anna'],
  ]);
});

describe('name_health: a client described by a care term and named', () => {
  findsNames([
    ['Bo is onze deelnemer met een angststoornis, ze start maandag', 'Bo'],
    ['Ruud de Graaf was een cliënt met een alcoholverslaving', 'Ruud de Graaf'],
    ['"Mo" (zo heet hij hier) is een kandidaat met autisme', 'Mo'],
    ['de kandidaat met ADHD uit Zutphen, Sem Jansen, is aangenomen', 'Sem Jansen'],
  ]);

  leavesClean([
    'Sanne is onze collega met veel kennis van autisme',
    'de deelnemer met ADHD uit Zutphen is aangenomen bij de bakker',
    'Femke is de trajectbegeleider voor deelnemers met een psychose',
  ]);
});

describe('name_health: relapse and treatment told in other words', () => {
  findsNames([
    ['Sven viel vorige maand terug in zijn drankgebruik', 'Sven'],
    ['ze zegt dat Lieke weer terugvalt in de drank', 'Lieke'],
    ['Ilse heeft haar intensieve behandeling afgebroken', 'Ilse'],
    ['Naima staat al maanden op de wachtlijst van de angstpoli', 'Naima'],
  ]);

  leavesClean([
    'Sven valt terug op het oude rooster van vorig jaar',
    'de instroom valt terug in het derde kwartaal',
    'Ilse heeft haar nieuwe functie bij de angstpoli aanvaard',
  ]);
});

describe("address and postcode: a team's office, the writer's organisation moving", () => {
  leavesClean([
    'de jobcoaches zitten vanaf maandag op de Hengelosestraat 585 in Enschede',
    'vanaf 1 mei zitten we op de Havenstraat 8 in Huizen',
    'we zijn per 1 maart te vinden op de Havenstraat 8 in Huizen',
    'wij verhuizen in september naar de Kanaalweg 14, 7001 AB Doetinchem',
  ]);

  findsKinds([
    ['de kandidaat zit vanaf 1 mei op de Havenstraat 8 in Huizen', ['address']],
    ['we verhuizen meneer naar de Kanaalweg 14, 7001 AB Doetinchem', ['address', 'postcode']],
    ['hij vertelde: we verhuizen naar de Kanaalweg 14 in Doetinchem', ['address']],
  ]);
});

describe('email: a work address whose owner is a professional', () => {
  leavesClean([
    'bereik me op mijn werkmail a.bakker@laborijn.nl, mijn privémail lees ik nooit',
    'je kan Ahmed bereiken op zijn werkmail a.elkaoui@gemeente-utrecht.nl',
    'haar werkmail is s.pieters@ggz-centraal.nl',
  ]);

  findsOne('email', [
    'mail hem op j.devries@bakkerij.nl, privé leest hij niet',
    'je kan de deelnemer bereiken op haar werkmail m.bakker@gemeente-zwolle.nl',
    'zijn werkmail is k.jansen@bakkerij-jansen.nl',
  ]);
});

describe("phone: a service's hours, a fax, a team", () => {
  leavesClean([
    'telefonisch spreekuur trajectbegeleiders di 13-15u: 0575 599 000',
    'bel voor aanmelding 0314 377 777 (ma t/m vr 9-17 uur)',
    'ma-do bereikbaar via 0314 377 701',
    'fax 026-3512345, ja die hebben ze nog',
    'het nummer van de wijkteams is 0575-512345',
  ]);

  findsOne('phone', [
    'de jobcoaches bellen hem op 0318-624517',
    'de ouders van de kandidaat: 0318-624517',
    'spreekuur van de jobcoach, of bel de deelnemer op 06-12345678',
  ]);
});

describe("iban: an organisation's or werkgroep's account", () => {
  leavesClean([
    'het rekeningnummer van de werkgroep voor de borrelpot: NL44 RABO 0123 4567 89',
    'betalen kan op rekening NL91ABNA0417164300 van de organisatie',
  ]);

  findsOne('iban', [
    'het rekeningnummer van de werkgroep voor meneer Jansen: NL44 RABO 0123 4567 89',
    'rekening van de stichting voor de deelnemer: NL44 RABO 0123 4567 89',
  ]);
});

describe("birthdate: an organisation's history", () => {
  leavesClean([
    'op 15 januari 1995 werd de eerste sociale werkplaats in de regio geopend',
    'op 17-06-1985 is het pand gebouwd',
    'het eerste overleg was op 4 april 1999',
    'de fusie was op 1 januari 2001, daarna heette het GGNet',
    'mijn eerste werkdag was 1 september 2003',
    'de werkgroep kwam op 5 juni 2012 voor het eerst bij elkaar',
  ]);

  findsOne('birthdate', [
    'op 4 april 1999 is Jan gestart',
    'klant, 15-03-1995, gestart bij IPS',
    'hij is op 15-03-1995 geboren',
  ]);
});

describe('name_health: an unnamed client beside a named professional', () => {
  leavesClean([
    'meneer heeft een bipolaire stoornis en wil in de bouw werken',
    'dhr is opgenomen, traject ligt stil',
    'Jan heeft een klant met een depressie aan het werk geholpen',
    'Bij Anouk is een cliënt met een psychose uitgevallen.',
    'Kees zijn cliënt heeft een terugval gehad.',
    "Femke d'r deelnemer zit in de kliniek.",
    'Kees vertelt over een deelnemer. Hij heeft een psychose gehad en werkt nu 20 uur.',
    'Esther heeft een kandidaat met een verslaving. Die is nu 6 maanden clean.',
  ]);

  findsNames([
    ['rasha is weer opgenomen', 'rasha'],
    ['Jan de Vries, onze deelnemer. Hij heeft een psychose gehad.', 'Jan de Vries'],
    ['Jan (deelnemer). Hij is opgenomen.', 'Jan'],
    ['Gesprek met Jan over zijn werk. Hij is weer opgenomen.', 'Jan'],
  ]);
});

describe('name_health: care words in sayings about a thing', () => {
  leavesClean([
    'Pieter wordt er depressief van, al dat papierwerk',
    'Kees wordt er helemaal psychotisch van, die nieuwe software',
    'Jeroen krijgt er een burn-out van, zegt hij lachend',
    'Annet is echt ocd met de agenda',
    'Bram is paranoïde over de privacyregels',
    'Marieke is een beetje autistisch als het om spreadsheets gaat',
  ]);

  findsNames([
    ['Jan heeft er een burn-out van gekregen', 'Jan'],
    ['Jan is er depressief van geworden', 'Jan'],
    ['Jan is manisch met zijn medicatie gestopt', 'Jan'],
  ]);
});

describe('bsn: a longer grouped number, an organisation moving', () => {
  leavesClean([
    'teams vergadering ID 389 123 456 78',
    'de stichting is verhuisd naar de Nieuwstad 5 in Zutphen',
    'vanaf volgende week zitten de consulenten op de Laan van Borgele 40',
  ]);

  findsKinds([
    ['bsn 123 456 782', ['bsn']],
    ['bsn 12 34 56 782', ['bsn']],
    ['de kandidaat is verhuisd naar de Nieuwstad 5 in Zutphen', ['address']],
    ['vanaf volgende week zit hij op de Laan van Borgele 40', ['address']],
  ]);
});

describe('name_health: English topic words', () => {
  leavesClean([
    'Mike from the clinic will join the meeting about addiction and employment',
    'Kevin wrote the guideline on psychosis and work',
  ]);

  findsNames([['Jan talked about his depression at work', 'Jan']]);
});

describe("phone: a professional's number said to be work", () => {
  leavesClean([
    'mijn mobiel voor werk: 06-12345678, bel gerust',
    'tel. Sanne (jobcoach, werk): 06-11223344',
    'het 06-nummer van de jobcoach is 06-22334455, zakelijk',
    'de contactpersoon bij de werkgever, Henk, 0575-123456',
    'contactpersoon werkgever: dhr. Bakker, 0314-654321',
  ]);

  findsOne('phone', [
    'de jobcoach van de deelnemer: 06-12345678 (werk)',
    'tel kandidaat (werk): 06-12345678',
    'bel de jobcoach op 06-12345678',
    'contactpersoon: zijn moeder, 06-12345678',
    'mijn nummer: 06-12345678',
  ]);
});

describe("iban: an account on an organisation's invoice, or called its number", () => {
  leavesClean([
    'het bankrekeningnummer op de factuur van het trainingsbureau klopt niet: NL91ABNA0417164300',
    'NL91 ABNA 0417 1643 00 is het nummer van de gemeente voor terugbetalingen',
  ]);

  findsOne('iban', [
    'het rekeningnummer op de factuur van het trainingsbureau, voor meneer Jansen: NL91ABNA0417164300',
    'NL91 ABNA 0417 1643 00 is het nummer van de gemeente, niet van de deelnemer',
    'NL91 ABNA 0417 1643 00 is het nummer van zijn moeder',
  ]);
});

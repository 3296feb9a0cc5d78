import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Batch 60's classes (6 December 2026, Limburg), in other words than the corpus's: a number tied to a job title
// (an apposition, a bracket, "nummer van de ..."), or a job said of its owner right after it; an office's direct
// line or extension; a mailbox the writer calls the team's or their own, the secretariat's, or beside a pronoun
// said to be a professional; a form headed "Aanmelding werkgever:"; moods after "casus <name>:"; "Het gaat om
// <name>" after a question about someone with care; "zijn dwang"; Limburg's names; "Rijksweg Noord 12";
// "geboren is in '96".
describe('contact details: batch 60 classes', () => {
  it.each([
    'Esther Claessens, klantmanager, 06 1928 3746',
    'nummer van de tolk Tigrinya: 06-29384756',
    'Jos Hermans, jobcoach Venlo, 06 20 30 40 51',
    '1 werkgeversadviseur (Mieke, 06-11223345) en twee jobcoaches',
    '06 38 47 56 12, zij is de casemanager van Beekdaelen',
    'Zijn nummer (Jos, klantmanager): 06 20 30 40 51',
    'Lars: 045-5711200 toestel 33.',
    'mijn direct nr: 046-4790123',
    'onze mail is ipsvenlo@ggzwnl.nl',
    'secretariaat: werkgroep.parkstad@ggzwnl.nl',
    'Mail je haar? g.smeets@uwv.nl, ze is de nieuwe arbeidsdeskundige',
    'Aanmelding werkgever:\nNaam: Drukkerij Wouters\nTel: 043-3612000\nAdres: Brusselsestraat 40, 6211 PG Maastricht',
  ])('finds nothing in "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['de jobcoach belde Esther, 06 1928 3746', 'phone'],
    ['Mieke werkt als medewerker: 06-11223345', 'phone'],
    ['06 38 47 56 12, zij is de dochter van de werkgever', 'phone'],
    ['tolk voor meneer: 06-29384756', 'phone'],
    // A title merely before the number: a client referred by a professional as often.
    ['jobcoach uit Venlo: 06 20 30 40 51', 'phone'],
    ['via de casemanager: Jos Hermans, 06 20 30 40 51', 'phone'],
    ['bel nog even bij de werkgever, 06-32551000', 'phone'],
    ['bel hem direct op 06-20304051', 'phone'],
    ['onze dochter mailt vanaf lotte@ziggo.nl', 'email'],
    ['Mail je haar? g.smeets@bakkerij.nl, ze is de nieuwe deelnemer', 'email'],
    ['Aanmelding deelnemer:\nTel: 043-3612000\nAdres: Brusselsestraat 40, 6211 PG Maastricht', 'phone'],
  ] as const)('still finds "%s"', (text, kind) => {
    expect(found(text).map(([k]) => k)).toContain(kind);
  });
});

describe('name_health, address, birthdate: batch 60 classes', () => {
  it.each([
    ['casus Joep K.: paniek en somberheid', 'Joep K.'],
    ['Weet iemand werk voor iemand met PTSS? Het gaat om Nadia uit Heerlen', 'Nadia'],
    ['Joep gaat naar de poli voor zijn dwang', 'Joep'],
    ['Sjra heeft een burn-out', 'Sjra'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it('reads a compass word after a street as part of it', () => {
    expect(foundOf('address', 'nieuw adres: het is Rijksweg Zuid 40')).toEqual(['Rijksweg Zuid 40']);
  });

  it("finds a year after 'geboren is in'", () => {
    expect(found("dat ze geboren is in '94").map(([k]) => k)).toEqual(['birthdate']);
  });

  it.each([
    'casus Joep: angst voor de werkgever',
    'Wie kent een cursus over PTSS? Het gaat om Nadia van de gemeente',
    'Volgens Joep is er te veel dwang in de zorg',
    'in Heerlen Noord 12 plaatsingen',
    'Wie geboren is in 1994 valt onder de oude regeling',
  ])('finds nothing in "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });
});

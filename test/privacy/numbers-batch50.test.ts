import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Batch 50 (issue 14): numbers written in ways the readers did not know yet.
describe('a BSN in odd digit groups after the BSN is named', () => {
  it.each([
    'Bsn 1112 2233 3 van de klant die we gisteren bespraken',
    'bsn-nr 12 34 56 78 2 ontbreekt nog in het dossier',
    'burgerservicenummer 123 45\n6 782 (sorry, enter te vroeg)',
    'BSN: 11 122 23 33 graag checken',
  ])('finds %j', (text) => {
    expect(foundOf('bsn', text)).toHaveLength(1);
  });

  it.each([
    'factuurnummer 1112 2233 3 is betaald',
    'Bsn 1112 2233 4 klopt niet, de elfproef faalt',
    'bsn volgt nog, het bedrag was 12 34 56 78 2 keer te hoog',
    'bsn aanvragen voor 2026: 12 03 2026 10 30 is de afspraak',
  ])('leaves %j clean', (text) => {
    expect(foundOf('bsn', text)).toEqual([]);
  });
});

describe('a phone number said in Dutch number words', () => {
  it.each([
    'bel haar op nul zes, dertien, vijfenzeventig, tweeënveertig, zesentachtig',
    'hij wil teruggebeld worden op nul twee nul, vijf vier drie, eenentwintig, nul negen',
    'zijn nummer is zes-nul... nee, nul-zes-een-twee-drie-vier-vijf-zes-zeven-acht',
    'Tel: +31 (6) 2345 6789 / naam: P. de Wit',
  ])('finds %j', (text) => {
    expect(foundOf('phone', text)).toHaveLength(1);
  });

  it.each([
    'de uitslag was nul vijf drie, twaalf voor de thuisploeg',
    'we scoorden nul, zes, twaalf, vierendertig punten in vier rondes',
    'nul-zes-een: zo telde de trainer af',
  ])('leaves %j clean', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('work numbers and an organisation account said to be so', () => {
  it.each([
    'mijn collega Noor is bereikbaar op haar werknummer: 06 24 81 37 59',
    'werknummer consulent: 06 - 38 27 16 54, alleen op werkdagen',
    'het nummer van de werkgroeptelefoon: 06 4718 2953 (zakelijk)',
    'onder mijn mail staat mijn werknummer (06 5271 9384), privé heb ik een ander nummer',
    'de vereniging heeft een nieuwe rekening: NL91 ABNA 0417 1643 00, graag aanpassen',
  ])('leaves %j clean', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['mijn collega zei dat de cliënt op zijn werknummer 06 24 81 37 59 te bereiken is', 'phone'],
    ['mijn werknummer is 06 5271 9384, privé bel je mij op 06 1827 3645', 'phone'],
    ['de cliënt heeft een nieuwe rekening: NL91 ABNA 0417 1643 00', 'iban'],
  ] as const)('still finds the client data in %j', (text, kind) => {
    expect(foundOf(kind, text).length).toBeGreaterThan(0);
  });
});

describe('a meeting at the employer', () => {
  it('leaves the employer address of a meeting clean', () => {
    expect(found('gesprek met de werkgever op 3 maart om 14u, Molenweg 12, Almelo')).toEqual([]);
  });

  it('still finds a client living at an address', () => {
    expect(
      foundOf('address', 'gesprek met de werkgever gehad, de cliënt woont op Molenweg 12, Almelo').length,
    ).toBe(1);
  });
});

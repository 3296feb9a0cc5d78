import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Batch 47's postcodes and birthdates that were missed or flagged (6 December 2026), each way of
// writing with lines of our own.
describe('postcode: typed digit by digit after "postcode" or "pc" (batch 47)', () => {
  it.each([
    ['postcode klant 7 4 1 1 K E', '7 4 1 1 K E'],
    ['pc: 3 5 1 2 ab utrecht', '3 5 1 2 ab'],
    ['haar postcode is 6 8 2 1 LN, de rest volgt', '6 8 2 1 LN'],
    ['Postcode van meneer 9 7 1 2 GH', '9 7 1 2 GH'],
  ])('finds "%s"', (text, postcode) => {
    expect(foundOf('postcode', text)).toEqual([postcode]);
  });

  it.each([
    'de scores per postcodegebied waren 7 4 1 1 en 2 in de laatste ronde',
    'postcode-check: 3 5 1 2 deelnemers kregen geen brief',
    'we scoorden 7 4 1 1 op de vier vragen',
    'pc-ronde 1 2 3 4 is klaar',
  ])('lets "%s" pass', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('postcode: the answer to a question about it (batch 47)', () => {
  it('finds a postcode after an arrow that answers "wat is de postcode ...?"', () => {
    expect(foundOf('postcode', 'wat is de postcode van de kandidaat? -> 7411 KE')).toEqual(['7411 KE']);
    expect(foundOf('postcode', 'postcode van mevrouw? => 3512 AB')).toEqual(['3512 AB']);
    // Capitals that are also an amount's abbreviation ("PD", per dag) ending the line.
    expect(foundOf('postcode', 'wie weet de postcode van meneer? -> 7411 PD')).toEqual(['7411 PD']);
  });

  it('lets an amount per day pass without a postcode word', () => {
    expect(found('de vergoeding is 1500 PD')).toEqual([]);
  });
});

describe('postcode: glued letters that read as a unit, the residence named right after (batch 47)', () => {
  it('finds "6821hz in bij woonplaats Arnhem"', () => {
    expect(foundOf('postcode', 'hij schreef 6821hz in bij woonplaats Arnhem')).toEqual(['6821hz']);
    expect(foundOf('postcode', 'ze gaf 7411km op, adres volgt')).toEqual(['7411km']);
  });

  it('lets a frequency or a distance pass', () => {
    expect(found('de zender staat op 5700hz in de zaal')).toEqual([]);
    expect(found('ze fietst 1200km per jaar')).toEqual([]);
  });
});

describe('birthdate: an ordinal day "van" the month (batch 47)', () => {
  it.each([
    ['geboren op de 3e van mei, 1981', 'de 3e van mei, 1981'],
    ['hij is geboren de 21ste van augustus 1990', 'de 21ste van augustus 1990'],
  ])('finds "%s"', (text, birthdate) => {
    expect(foundOf('birthdate', text)).toHaveLength(1);
    expect(text).toContain(birthdate);
  });
});

describe("birthdate: the writer's own year of birth further on in the sentence (batch 47)", () => {
  it.each([
    "ik ben een echte jaren 70-er, geboren in '74, dus ik ken dat",
    'ik kom uit Zwolle en ben geboren in 1969, net als de voorzitter',
  ])('lets "%s" pass', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("still finds a client's year of birth after the writer's words", () => {
    expect(foundOf('birthdate', "ik sprak de deelnemer, geboren in '82, over haar cv")).toHaveLength(1);
    expect(foundOf('birthdate', 'ik heb het dossier bijgewerkt, geboren 12-03-1985')).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { findBsns, passesElfproef } from '../../src/privacy/bsn.ts';
import { found, foundOf } from './helpers.ts';

describe('passesElfproef', () => {
  it('accepts numbers whose weighted sum (9..2, -1) is a multiple of 11', () => {
    // 9*1+8*1+7*1+6*1+5*1+4*1+3*1+2*1 - 1*0 = 44
    expect(passesElfproef('111111110')).toBe(true);
    expect(passesElfproef('123456782')).toBe(true);
    expect(passesElfproef('931641342')).toBe(true);
  });

  it('rejects a wrong check digit and the all-zero number (sum 0)', () => {
    expect(passesElfproef('123456789')).toBe(false);
    expect(passesElfproef('123456781')).toBe(false);
    expect(passesElfproef('000000000')).toBe(false);
  });

  it('reads eight digits with the leading zero spreadsheets drop', () => {
    expect(passesElfproef('056301546')).toBe(true);
    expect(passesElfproef('56301546')).toBe(true);
    expect(passesElfproef('56301547')).toBe(false);
  });

  it('only takes eight or nine digits', () => {
    expect(passesElfproef('1234567')).toBe(false);
    expect(passesElfproef('1234567820')).toBe(false);
    expect(passesElfproef('12345678a')).toBe(false);
  });
});

describe('findBsns', () => {
  it('finds a BSN written in one run or in groups', () => {
    expect(foundOf('bsn', 'BSN 123456782')).toEqual(['123456782']);
    expect(foundOf('bsn', 'nummer 123 456 782 graag')).toEqual(['123 456 782']);
    expect(foundOf('bsn', 'nummer 1234.56.782 graag')).toEqual(['1234.56.782']);
    expect(foundOf('bsn', 'nummer 123-456-782 graag')).toEqual(['123-456-782']);
    expect(foundOf('bsn', 'nummer 123.456.782.')).toEqual(['123.456.782']);
    expect(foundOf('bsn', 'nummer 123\u00a0456\u00a0782')).toEqual(['123\u00a0456\u00a0782']);
    expect(foundOf('bsn', 'nummer 123\u200b456\u200b782')).toEqual(['123\u200b456\u200b782']);
  });

  it('finds a BSN typed digit by digit after the BSN is named, and no other row of digits', () => {
    expect(foundOf('bsn', 'Het BSN is 2 5 7 3 0 4 1 9 8 lol')).toEqual(['2 5 7 3 0 4 1 9 8']);
    expect(foundOf('bsn', 'Bsn van meneer V.: 1 8 4 0 2 9 5 6 9')).toEqual(['1 8 4 0 2 9 5 6 9']);
    expect(foundOf('bsn', 'BSN 2-5-7-3-0-4-1-9-8.')).toEqual(['2-5-7-3-0-4-1-9-8']);
    expect(foundOf('bsn', 'scores: 2 5 7 3 0 4 1 9 8 punten')).toEqual([]);
    expect(foundOf('bsn', 'BSN-lijst: 2 5 7 3 0 4 1 9 8 7')).toEqual([]);
    expect(foundOf('bsn', 'BSN-lijst: 9 2 5 7 3 0 4 1 9 8')).toEqual([]);
  });

  it('finds a BSN without its leading zero', () => {
    expect(foundOf('bsn', 'BSN 56301546 uit Excel')).toEqual(['56301546']);
  });

  it('gives offsets in string indices', () => {
    expect(findBsns('BSN: 123456782.')).toEqual([{ kind: 'bsn', start: 5, end: 14 }]);
  });

  it('ignores numbers that fail the 11-proef', () => {
    expect(found('Bestelnummer 123456789 en 987654321')).toEqual([]);
  });

  it('ignores numbers glued to digits or letters', () => {
    expect(foundOf('bsn', '1234567820')).toEqual([]);
    expect(foundOf('bsn', '0123456782 en 1123456782')).toEqual([]);
    expect(foundOf('bsn', 'dossier 2023-123456782')).toEqual([]);
    expect(foundOf('bsn', 'zaak Z/26/123456782')).toEqual([]);
    expect(foundOf('bsn', 'NL123456782B01')).toEqual([]);
    expect(foundOf('bsn', 'code 123456782-01')).toEqual([]);
    expect(foundOf('bsn', 'x123456782')).toEqual([]);
    expect(foundOf('bsn', '3,123456782')).toEqual([]);
  });

  it('still finds a BSN glued to its own name', () => {
    expect(foundOf('bsn', 'BSN123456782 graag')).toEqual(['123456782']);
    expect(foundOf('bsn', 'bsn:123456782')).toEqual(['123456782']);
  });

  it('ignores other registers named right before the number', () => {
    expect(foundOf('bsn', 'KvK-nummer 76722892 van de stichting')).toEqual([]);
    expect(foundOf('bsn', 'AGB-code 83299300')).toEqual([]);
    expect(foundOf('bsn', 'zaaknummer 123456782')).toEqual([]);
    expect(foundOf('bsn', 'Het RSIN van de coöperatie is 123456782.')).toEqual([]);
  });

  it('does not let an organisation register hide a client number that comes after a BSN cue', () => {
    expect(foundOf('bsn', 'KvK van de werkgever klopt, BSN van de cliënt is 123456782')).toEqual([
      '123456782',
    ]);
  });

  it('reads "klant" before the number as a client, "klantnummer" as another register', () => {
    expect(foundOf('bsn', 'klant 123456782 is uitgevallen')).toEqual(['123456782']);
    expect(foundOf('bsn', 'klant: 123456782, graag terugbellen')).toEqual(['123456782']);
    expect(foundOf('bsn', 'klantnummer 123456782 hoort bij de gemeente')).toEqual([]);
  });

  it('reads "dossier" before the number as a client, "dossiernummer" as another register', () => {
    expect(foundOf('bsn', 'dossier 123456782 overdragen aan de klantmanager')).toEqual(['123456782']);
    expect(foundOf('bsn', 'dossiernummer 123456782 staat in het zaaksysteem')).toEqual([]);
  });

  it("reads a number in the BSN's own 4-2-3 groups after a client's register word as the BSN", () => {
    expect(foundOf('bsn', 'klantnr 1234 56 782 - dhr wil IPS')).toEqual(['1234 56 782']);
    expect(foundOf('bsn', 'dossiernummer: 1234.56.782')).toEqual(['1234.56.782']);
    expect(foundOf('bsn', 'klantnummer 123 456 782 hoort bij de gemeente')).toEqual([]);
    expect(foundOf('bsn', 'KvK-nummer 1234 56 782')).toEqual([]);
  });

  it('ignores amounts', () => {
    expect(foundOf('bsn', 'een budget van € 123.456.782')).toEqual([]);
    expect(foundOf('bsn', 'totaal 123456782 euro')).toEqual([]);
  });

  it('does not take windows out of a mixed run', () => {
    expect(foundOf('bsn', '12 34 56 78 2')).toEqual([]);
    expect(foundOf('bsn', '1 2 3 4 5 6 7 8 2')).toEqual([]);
  });

  it('does not read a date as a BSN', () => {
    expect(foundOf('bsn', 'op 12.03.1985')).toEqual([]);
  });

  it('is reported as bsn, never as phone', () => {
    expect(found('Graag terugbellen over 456383980, dank')).toEqual([['bsn', '456383980']]);
    expect(found('BSN 012345672')).toEqual([['bsn', '012345672']]);
  });

  // Batch 39: an employer's payroll tax number is the RSIN with ".L01" after it.
  it('ignores a loonheffingennummer, named or shaped by its ".L01" tail', () => {
    expect(foundOf('bsn', 'ons loonheffingennummer is 8123.45.678.L01, staat op de loonstrook')).toEqual([]);
    expect(foundOf('bsn', 'Loonheffingennummer: 812345678')).toEqual([]);
    expect(foundOf('bsn', 'op de loonstrook staat 812345678L01')).toEqual([]);
    expect(foundOf('bsn', 'op de loonstrook staat 8123.45.678.L01')).toEqual([]);
  });

  it('still finds a BSN after a payroll word or before a full stop and a word', () => {
    expect(foundOf('bsn', 'op de loonstrook van de klant staat BSN 8123.45.678.')).toEqual(['8123.45.678']);
    expect(foundOf('bsn', 'bsn 812345678.Ze woont in Ede')).toEqual(['812345678']);
    expect(foundOf('bsn', 'loonheffingennummer van de werkgever, BSN klant 812345678')).toEqual([
      '812345678',
    ]);
  });

  // Batch 41: the BSN named first, then what it is for: "voor de aanvraag" is no register's number.
  it('finds a BSN named before the application it is for, not an application number', () => {
    expect(foundOf('bsn', 'bsn klant voor de aanvraag: 111222333')).toEqual(['111222333']);
    expect(foundOf('bsn', 'BSN van meneer bij de factuur: 123456782')).toEqual(['123456782']);
    expect(foundOf('bsn', 'bsn bekend, aanvraagnummer: 111222333')).toEqual([]);
    expect(foundOf('bsn', 'voor de aanvraag: 111222333')).toEqual([]);
  });
});

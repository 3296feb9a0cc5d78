import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// Stop 29 (issue 14): two ways of writing a client's BSN the guard did not read yet.
describe('a BSN named first, then the kind of request it is for', () => {
  it.each([
    'BSN voor de Wajong aanvraag: 9083 01 662',
    'bsn voor de WIA aanvraag 131860914 graag vandaag nog',
    'Het BSN bij de nieuwe no-risk aanvraag: 3909 96 038',
    'BSN voor de Wajong-aanvraag: 948219932',
  ])('finds %j', (text) => {
    expect(foundOf('bsn', text)).toHaveLength(1);
  });

  it.each([
    'Voor de Wajong aanvraag: 9083 01 662 is het zaaknummer',
    'BSN volgt, voor de Wajong aanvraagnummer: 9083 01 662',
    'bsn voor de WIA aanvraag 131860915 graag vandaag nog',
    'Aanvraag 948219932 is doorgestuurd naar UWV',
  ])('leaves %j clean', (text) => {
    expect(foundOf('bsn', text)).toEqual([]);
  });
});

describe('a BSN with its last digit split off', () => {
  it.each([
    'Kun je kijken of 51819093 6 het goede bsn is?',
    'bsn 78657975 4 staat verkeerd in Suite',
    '90830166 2 is het burgerservicenummer van de klant',
  ])('finds %j', (text) => {
    expect(foundOf('bsn', text)).toHaveLength(1);
  });

  it.each([
    'Kun je kijken of 51819093 7 het goede bsn is?',
    'Ordernummer 51819093 6 stuks, bsn volgt later',
    'Teams ID 518190 936 4, de bsn komt in de mail',
    'Kun je kijken of 51819093 6 de goede code is?',
  ])('leaves %j clean', (text) => {
    expect(foundOf('bsn', text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-lowercase39: messages typed all in lower case: a surname alone opening the sentence, a first name in
// crisis, initials past a colon or an aside; and their clean look-alikes.
describe('name_health: lower-case surnames, crises and initials (det-lowercase39)', () => {
  it.each([
    ['de vries zit in de kliniek', 'de vries'],
    ['van dijk gebruikt weer cocaine volgens zijn moeder', 'van dijk'],
    ['el amrani heeft een depressie', 'el amrani'],
    ['jansen zit in de kliniek', 'jansen'],
    ['sanne zit in crisis', 'sanne'],
    ['janneke is in crisis', 'janneke'],
    ['kv: heeft een depressie', 'kv'],
    ['dd (deelnemer) gebruikt methadon', 'dd'],
    ['dd (32) gebruikt methadon', 'dd'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'de man heeft een psychose gehad volgens de buren',
    'de boer heeft last van zijn rug',
    'de klant heeft een depressie, verder onbekend',
    'de kliniek heeft een wachtlijst van 12 weken',
    'de wit is de nieuwe psychiater bij lentis',
    'van dijk is de nieuwe behandelaar op de paaz',
    'jansen heeft de training over verslaving georganiseerd',
    'de vries en ik gaan naar de kliniek voor de rondleiding',
    'de sector zit in crisis',
    'lentis zit in crisis door personeelstekort',
    'ik zit in een crisis met mijn planning',
    'kv: heeft de notulen gestuurd',
    'dd (secretariaat) stuurt de agenda',
  ])('leaves "%s"', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

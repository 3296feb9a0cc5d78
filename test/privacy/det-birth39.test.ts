import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-birth39, the lead's policy: a named person giving birth is a health detail, as a pregnancy and a
// miscarriage are (care-term-birth.ts); a man become father, a baby born or had, a leave alone, "bevallen"
// as "liked" and a birth as a figure of a plan stay clean.
describe('name_health: a named person giving birth (det-birth39)', () => {
  it.each([
    ['Annet is bevallen van een gezonde dochter!', 'Annet'],
    ['Fenna is vorige week bevallen van een dochtertje', 'Fenna'],
    ['Sanne is afgelopen nacht bevallen, moeder en kind maken het goed', 'Sanne'],
    ['Daphne is met 30 weken bevallen, het kindje ligt op de neonatologie', 'Daphne'],
    ['Kirsten is te vroeg bevallen', 'Kirsten'],
    ['Heb je gehoord dat Chantal bevallen is? Een meisje!', 'Chantal'],
    ['Lisa beviel vorige week van een zoon, ze is tot april met verlof', 'Lisa'],
    ['Rachida is in het Gelre bevallen van een tweeling', 'Rachida'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Jeroen is vader geworden! Hij is twee weken vrij',
    'Tim is afgelopen nacht papa geworden van een dochter',
    'Kees en zijn vrouw hebben een zoon gekregen, Sem',
    'Gefeliciteerd Ahmed met de geboorte van je zoon!',
    'Inge is met zwangerschapsverlof, Wouter neemt haar taken over',
    'De nieuwe werkwijze bevalt de werkgroep goed',
    'Het bevalt me prima bij de gemeente',
    'Hoe is de cursus Sanne bevallen? Ze was er heel enthousiast over',
    'Het is Sanne goed bevallen bij de gemeente',
    'Dat beviel Jan helemaal niet, die nieuwe werkplek',
    'De werkgroep bevalt Marco prima, hij blijft voorzitter',
    'De nieuwe werkwijze is geboren uit de pilot in Zwolle',
    'Het plan van Marco is na een lange zwangerschap eindelijk geboren',
    'Het project van Esther is nog in de zwangerschap, de bevalling is in het voorjaar',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it('still reads a plan stopped by her own pregnancy as hers', () => {
    expect(foundOf('name_health', 'Het plan van Sanne ligt stil door haar zwangerschap')).toEqual(['Sanne']);
  });
});

import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-lower38: in a message typed all in lower case only the name lists and the sentence's shape mark a
// person. Given names of many origins that are also frequent in subtitles or that no list knew, and names
// that are words after a role word, "dat", a greeting or an opening time or question verb, now count; their
// twins (the same names at work, the words used as words) stay clean.
describe('name_health: lower-case names of many origins and in more person places (det-lower38)', () => {
  it.each([
    ['antonio heeft weer een psychose gehad, hij is gisteren opgenomen', 'antonio'],
    ['gesprek met cristina, ze slikt haar medicatie niet meer', 'cristina'],
    ["manuel z'n depressie is de laatste weken erger geworden", 'manuel'],
    ['klaus heeft weer een psychose gehad, de crisisdienst is geweest', 'klaus'],
    ['gesprek met dolores, ze slikt haar lithium niet meer', 'dolores'],
    ['collega roos is met een burn-out thuis, ze komt voorlopig niet', 'roos'],
    ['wist je dat noor een eetstoornis heeft? ze vertelde het gisteren', 'noor'],
    ['vanochtend fleur aan de lijn gehad, ze heeft weer paniekaanvallen', 'fleur'],
    ['hoi sem, sterkte met je burn-out en beterschap', 'sem'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'gesprek met antonio over zijn nieuwe baan bij de bakker, hij start maandag',
    'de flora en fauna van het natuurgebied worden gemonitord',
    'ze zong een aria tijdens de kerstborrel van het team',
    'klaus heeft zijn eerste week bij de groenvoorziening goed doorlopen',
    'collega roos start maandag bij de gemeente als klantmanager',
    'wist je dat noor een nieuwe baan heeft? ze begint in januari',
    'hoi sem, dank voor je mail over de planning',
    'gisteren de roos gesnoeid, die stond er slecht bij',
    'de merel zat vanochtend in de tuin van het kantoor',
  ])('leaves "%s" alone', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-phrases36: verb phrases and plain descriptions of a named person's health or care
// (care-terms-phrases36.ts), one sample per family: said of a named person they are a health detail; the same
// phrase said of nobody, of the writer or as a figure of speech names nobody.
describe('name_health: verb phrases about a named person (det-phrases36)', () => {
  it.each([
    ['Daan is opgehaald door de crisisdienst, de werkgever weet het nog niet.', 'Daan'], // admission
    ['Tom was discharged from hospital on Monday and wants to start again.', 'Tom'], // admission, English
    ['Kees is gaan gebruiken, de begeleider belt vandaag.', 'Kees'], // relapse
    ['Fleur loopt op haar tenen, ze werkt deze maand halve dagen.', 'Fleur'], // mood
    ['Lotte zit slecht in haar vel sinds de scheiding.', 'Lotte'], // mood
    ['Nina praat met een psycholoog, daarom werkt ze op dinsdag niet.', 'Nina'], // treatment
    ['Anouk moet onder het mes, dus ik neem haar taken over.', 'Anouk'], // body
    ['Ilse is on dialysis three times a week.', 'Ilse'], // body, English
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'De crisisdienst is vanaf mei ook in het weekend bereikbaar, zie de folder.',
    'Het team loopt op zijn tenen met drie aanbestedingen tegelijk.',
    'De kleine winkels gaan eraan onderdoor als de huur stijgt.',
    'Ik zie het niet meer zitten met dit rooster, wie ruilt er?',
    'Sanne praat met de psycholoog van het team over de werkdruk.',
    'De storing is uitgediagnosticeerd, de server draait weer.',
    'Volgens Sanne gaat het budget onder het mes.',
    'The dialysis centre in Assen joins the werkgroep in June.',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

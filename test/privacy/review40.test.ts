import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

/**
 * Stop 40's review of the new name and body rules: ordinary werkgroep talk they flagged (a region or a sector
 * "kampt met veel burn-out", a news heading with a bracket, school abbreviations read as initials, anger at a
 * roster, a bad call) passes again; the case headings, dotted initials and plain words they were written for
 * are still read.
 */
describe('the guard after the review of stop 40', () => {
  it.each([
    'Thuiszorg kampt met veel burn-out.',
    'Twente worstelt met veel verslavingsproblematiek onder jongeren.',
    'Randstad kampt met veel burn-out onder intercedenten.',
    'Update Rijnmond (depressie onder jongeren) staat online.',
    'Nieuws Nivel (burn-out cijfers) is gepubliceerd.',
    'Update Rijnmond - depressie onder jongeren staat online.',
    'Voor V.M.B.O. leerlingen met ADHD is er een training.',
    'Jongeren van M.B.O. opleidingen met autisme zoeken een stage.',
    'Het overleg over O.R. en burn-out is verzet.',
    'Kees is door het lint gegaan toen het rooster weer veranderde.',
    'Marieke ging over de rooie toen de vergadering uitliep.',
    'Kees hoort slecht, de verbinding hapert steeds.',
    'Kees kwam thuis met zijn arm vol folders van het congres.',
  ])('leaves "%s" alone', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Betreft Kowalczyk - opgenomen sinds maandag', 'Kowalczyk'],
    ['Casus Okafor (psychose): terug naar huis', 'Okafor'],
    ['Met M.K. gaat het slecht, ze is opgenomen', 'M.K.'],
    ['Sandra neemt elke avond een paar wijntjes te veel', 'Sandra'],
  ])('still reads "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });
});

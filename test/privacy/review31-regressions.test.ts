import { describe, expect, it } from 'vitest';
import type { FindingKind } from '../../src/privacy/findings.ts';
import { found, foundOf } from './helpers.ts';

// Review 31's regressions of the day's rules (fix-31, 6 December 2026), in other words than the corpus's
// (corpus-review31-classes.tsv): each mended class beside what its rule was for, which must stay clean.

function leavesClean(lines: string[]): void {
  it.each(lines)('leaves "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });
}

function finds(kind: FindingKind, lines: string[]): void {
  it.each(lines)(`finds ${kind} in "%s"`, (text) => {
    expect(foundOf(kind, text).length).toBeGreaterThan(0);
  });
}

describe('email at the employer the line names: a client on a trajectory there', () => {
  finds('email', [
    'Femke loopt een proefplaatsing bij Vitens Zutphen, haar mail daar: f.wolters@vitens.nl',
    'Tim (Albert Heijn Lochem) zit in ons traject, mail: t.kok@ah.nl',
    'Joris (Gazelle): j.smit@gazelle.nl, hij vraagt of zijn leidinggevende het rooster kan aanpassen',
  ]);
  leavesClean([
    'Femke van Vitens (f.wolters@vitens.nl) biedt twee proefplaatsingen aan, zij regelt het met ons',
    'Tim (Albert Heijn, teamleider) biedt een werkervaringsplek aan, mail: t.kok@ah.nl',
  ]);
});

describe('address under a label naming a client of the benefits world, or a home after it', () => {
  finds('address', [
    'Adres bijstandsgerechtigde (gemeente Lochem): Nieuweweg 8, 7241 EW Lochem',
    'Adres voor de beschikking van de gemeente Zutphen: Berkelsingel 3, het huis van mevrouw',
  ]);
  leavesClean(['Adres Werkplein gemeente Zutphen: Stationsplein 1, 7201 MH Zutphen']);
});

describe('a presenter or a speaker telling their own', () => {
  finds('name_health', [
    'Presentatie Kees (deelnemer Dimence): zijn depressie en de weg naar werk',
    'Workshop door Lotte (Kwintes): ik heb zelf een eetstoornis gehad, vertelt Lotte',
    "Lunchlezing 'Mijn psychose en ik' door Jasper, deelnemer bij Lentis",
  ]);
  leavesClean([
    'Presentatie Kees (Dimence): depressie en de weg naar werk',
    "Lunchlezing 'Psychose en werk' door Jasper, jobcoach bij Lentis",
  ]);
});

describe('care words of batch 58 used for a bed, a bet, an intensifier, coffee, a case', () => {
  leavesClean([
    'Ruud heeft een HIC-bed geregeld voor een deelnemer uit Zutphen.',
    'Sanne heeft gegokt op het weer, de barbecue ging door.',
    'Joost heeft een levensgevaarlijk spannende wedstrijd gezien.',
    'Bram drinkt weer meer, sinds er thee op de afdeling staat.',
    'Lisa heeft een tbs-maatregel-casus besproken in het team.',
  ]);
  finds('name_health', [
    'Ruud ligt op een HIC-bed in Apeldoorn.',
    'Sanne heeft weer gegokt, haar schulden lopen op.',
    'Bram drinkt weer meer, volgens zijn vrouw.',
  ]);
});

describe('"Die jongen" opening the sentence after a name, a relapse glued to its substance', () => {
  finds('name_health', [
    'Gisteren kwam Milan langs. Die jongen is weer opgenomen.',
    'Tom had een drugs-terugval in de vakantie.',
  ]);
  leavesClean(['Gisteren kwam Milan langs. Die jongen uit de straat is weer opgenomen.']);
});

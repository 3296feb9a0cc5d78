import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// The classes of batch 54's misses and flagged clean lines (6 December 2026, Noord-Holland and Utrecht):
// care told in plain words, names read where no list knows them, and professionals or unnamed clients
// named with a care service. Lines in other words than the corpus's, and look-alikes that must stay clean.
describe('name_health: batch 54, care in plain words of a named person', () => {
  it.each([
    // Self-harm: cutting or scratching one's arms or legs, hurting oneself.
    ['Volgens zijn moeder is Thijs weer aan het snijden in zijn armen', 'Thijs'],
    ['Noor heeft weer in haar bovenbenen gekrast', 'Noor'],
    ['Mees doet zichzelf vaak pijn na een ruzie', 'Mees'],
    // Acute wards and inflamed organs.
    ['Lieke ligt sinds vannacht op de hartbewaking', 'Lieke'],
    ['Hasan is met spoed naar de eerste hulp gebracht', 'Hasan'],
    ['Marit zit weer in de crisiskamer van de GGZ', 'Marit'],
    // Drinking and pills.
    ['Frank is zijn rijbewijs kwijt door zijn drinken', 'Frank'],
    ['Ineke zegt: "ik vergeet m\'n pillen steeds"', 'Ineke'],
    // The body in plain words, the crisis service, a treatment started, an admission wanted.
    ['Henk heeft al maanden problemen met zijn longen', 'Henk'],
    ['Sietske is gestart met een nieuwe therapie bij de GGZ', 'Sietske'],
    ['Bram wil nu zelf een opname, zegt zijn vriendin', 'Bram'],
    // Names no list knows: "Met ... gaat het", a work crew, a note opened by the name.
    ['Met Wubbo gaat het slecht, zegt zijn moeder, hij is weer opgenomen', 'Wubbo'],
    ['Harmke van de schoonmaakploeg heeft sinds kort diabetes', 'Harmke'],
    ['Hannie, opname Heiloo, retour na kerst', 'Hannie'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'De gemeente is weer aan het snijden in de begroting',
    'Thijs heeft zich bij het koken in zijn vinger gesneden, hij komt gewoon',
    'Lieke werkt als verpleegkundige op de spoedeisende hulp',
    'De burgemeester zit in de crisiskamer van de gemeente',
    'Hasan moest met spoed naar het stadhuis voor een handtekening',
    'Henk heeft problemen met zijn laptop en werkt op papier',
    'Sietske is begonnen met de behandeling van de aanvragen',
    'Bram wil een opname maken van de training',
    'Met Utrecht gaat het goed, ook met de plaatsingen van mensen met een depressie',
    // A client named by their professional or team is unnamed; staff of a care service.
    'De cliënt van Joost heeft zich weer gemeld na zijn opname',
    'Een deelnemer van het FACT-team mag door zijn medicatie niet op de heftruck',
    'Dirk van de dagbehandeling vraagt of we de folder kunnen aanpassen',
    'Linda (beschermd wonen Heiloo) is onze contactpersoon voor deelnemers',
  ])('leaves "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('still finds a surname after a client noun and "van"', () => {
    expect(foundOf('name_health', 'De klant van Dijk is weer opgenomen')).toEqual(['klant van Dijk']);
  });
});

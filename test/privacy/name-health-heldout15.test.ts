import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// The classes of heldout15's name_health misses and flagged lines (5 December 2026): each class with
// lines of its kind in other words, and look-alikes that must stay clean.
describe('name_health: the classes heldout15 showed', () => {
  it.each([
    // Care words known by their shape: medical endings, a substance's dependence, a confused state.
    ['Henk Jonker heeft een polyneuropathie en kan niet lang staan', 'Henk Jonker'],
    ['Ilse de Wit is opiaatafhankelijk en zit in een afbouwtraject', 'Ilse de Wit'],
    ['Mevrouw Peeters heeft een hemiplegie en werkt vanuit huis', 'Mevrouw Peeters'],
    ['Dhr. Kramer vertoonde verward gedrag op de werkvloer', 'Dhr. Kramer'],
    // A stay with a provider's name between the verb and the place.
    ['Esther zit al twee maanden bij Tactus in de kliniek', 'Esther'],
    ['Mark ligt sinds vorige week bij Parnassia op de gesloten afdeling', 'Mark'],
    // A treater deciding or weighing a care step for the person named.
    ['Thijs gaat achteruit, de behandelaar overweegt een opname', 'Thijs'],
    ['Nadia: huisarts denkt aan opname als het niet beter gaat', 'Nadia'],
    // After "Name:", a third person's possessive before the care term; a treater met is no owner.
    ['Fenna: overleg met de psychiater over haar medicatie', 'Fenna'],
    ['Update Bram: afspraak met zijn huisarts over zijn antidepressiva', 'Bram'],
    // Self-harm with words between "zichzelf" and the verb.
    ['Lotte heeft zichzelf gisteren weer gekrast, school is ingelicht', 'Lotte'],
    ['floor heeft zichzelf opnieuw pijn gedaan, haar moeder belde', 'floor'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Sanne heeft veel empathie voor de deelnemers',
    'de werkgever is afhankelijk van subsidie, zegt Pieter',
    'Mark werkt al twee jaar bij Parnassia in de kliniek als kok',
    'Thijs: de behandelaar overweegt een nieuwe werkplek voor hem',
    'Fenna: overleg met de psychiater over de planning van de werkgroep',
    'Lotte heeft zichzelf weer aangemeld voor de cursus',
    // A cooperative holds "operatie" but is no surgery.
    'Jolanda belt met de zorgcoöperatie over de nieuwe verwijsroute',
    'ACTIEPUNT: PETER BELT MET DE HUISARTSENCOÖPERATIE OVER DE PILOT',
    // A speaker about their own health ("mijn"), as with "ik".
    'Sanne: mijn depressie is voorbij, ik ben weer aan het werk',
  ])('leaves "%s" alone', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-openers36: a bare surname opening the sentence before a verb of having or being with a care detail in
// that clause (person-name-word-placed.ts); a name after a fronted time or place and its verb, the care phrase
// read name first (word-order-view.ts). Organisations, places, titles, topic words and quoted titles stay clean.
describe('name_health: sentence openers and verb-first word order (det-openers36)', () => {
  it.each([
    ['Öztürk is opgenomen met een psychose.', 'Öztürk'],
    ['Vermeulen ligt in de kliniek.', 'Vermeulen'],
    ['Schreurs zit op de gesloten afdeling.', 'Schreurs'],
    ['Gisteren drinkt Sanne weer.', 'Sanne'],
    ['Nu hoort Sanne weer stemmen.', 'Sanne'],
    ['Vandaag zit Bram op de gesloten.', 'Bram'],
    ['Sinds maandag ligt Jansen in de kliniek.', 'Jansen'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Lentis heeft een nieuwe kliniek.',
    'Utrecht heeft een wachtlijst voor GGZ.',
    'Mevrouw is opgenomen; het gesprek wordt verzet.',
    "Yerlan heeft de werkinstructie 'Signalen van een psychose herkennen' gemaild.",
    'Gisteren drinkt het team een borrel.',
    'Gisteren dronk Sanne koffie met de wethouder.',
    'Sinds maandag zit Sanne op de derde verdieping.',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

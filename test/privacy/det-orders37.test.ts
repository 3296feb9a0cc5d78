import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-orders37: a name after any fronted time, reason, manner or place and its verb (word-order-view.ts), a
// title or two-word name there; a bare surname before a verb of hearing or taking; care abbreviations in lower
// case; gone to an acute ward or the crisis service; an illness's course in the next sentence.
describe('name_health: fronted adverbials, lower-case abbreviations, courses (det-orders37)', () => {
  it.each([
    ['Bij de training hoort Sanne stemmen.', 'Sanne'],
    ['Door de stress drinkt Noor te veel.', 'Noor'],
    ['Volgens de huisarts zit Jansen in de verslavingszorg.', 'Jansen'],
    ['Helaas moet Ahmed weer naar de crisisdienst.', 'Ahmed'],
    ['Sinds een paar weken loopt mw. de Wit bij de psychiater.', 'mw. de Wit'],
    ['Vorige week kreeg Sanne Visser een paniekaanval op het werk.', 'Sanne Visser'],
    ['Jansen neemt weer antidepressiva.', 'Jansen'],
    ['Kevin krijgt sinds vorige week ihbt.', 'Kevin'],
    ['Noor is gisteren naar de HIC.', 'Noor'],
    ['Gesproken met Kevin. Angstklachten nemen toe.', 'Kevin'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Sinds maart werkt Ilse bij de PAAZ.',
    'Voor de cliënt heeft Sanne een plek in de kliniek geregeld.',
    'Bij de Jellinek is Bram teamleider.',
    'Maandag gaat Kevin naar de Jellinek voor een overleg.',
    'Het ihbt-team van Lentis schuift aan bij de werkgroep.',
    'Sanne is naar de PAAZ voor het overleg over de aanmeldingen.',
    'Gesproken met Kevin. Het aantal aanmeldingen neemt toe.',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { foundOf, testGuard } from './helpers.ts';

// det-owner71b (batch 71): a named person staying at a care place no list read as care: a forensic clinic by
// its name, a ward by its adjective alone ("op de gesloten"), a forensic town with the stay told again, a ward
// noted in a list, a provider one is back with. Checked with the rules alone too.
const rules = testGuard({ nameHealthModel: null });

describe('name_health: det-owner71b stays at named care places', () => {
  it.each([
    ['Marco zit sinds maart in de Mesdag, zijn moeder belt elke week', 'Marco'],
    ['Wij hebben Dennis bezocht in de Veldzicht, het gaat redelijk', 'Dennis'],
    ['Ayla is nog steeds op de gesloten, werk ligt stil', 'Ayla'],
    ['Kees zit weer in Franeker, de reclassering weet ervan', 'Kees'],
    ['Overleg Mieke: Tim in de HIC, Sara op stage', 'Tim'],
    ['Bram weer bij Lentis volgens zijn zus', 'Bram'],
    ['Anouk blijft voorlopig in de kliniek', 'Anouk'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text, rules)).toEqual([name]);
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Marco werkt in de Mesdag als groepsleider',
    'Ayla werkt op de gesloten, ze vindt het mooi werk',
    'De winkel van Ruben is op zondag gesloten.',
    'Kees zit in Franeker, hij woont daar sinds juni',
    'Kees woont weer in Franeker bij zijn ouders',
    'Kees zit weer in Franeker voor het overleg',
    'Rooster Mieke: Tim in de HIC als verpleegkundige, Sara op de poli',
    'Bram bij Lentis is de nieuwe contactpersoon',
    'Bram weer bij Lentis voor het overleg',
    'Joep zit in een gesloten groep op Teams',
  ])('finds no one in "%s"', (text) => {
    expect(foundOf('name_health', text, rules)).toEqual([]);
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { found, foundOf, testGuard } from './helpers.ts';

// det-namesbreadth36: given names of every origin written in the Netherlands today are known first names
// (first-names.ts, last block), in capitals and in lower case. Look-alikes: the names the pass left out because
// they are Dutch words, abbreviations or places stay words. Checked with the rules alone too.
const rules = testGuard({ nameHealthModel: null });

describe('name_health: det-namesbreadth36 given names of every origin', () => {
  it.each([
    ['Hinke is opgenomen met een psychose, haar werkgever weet het nog niet.', 'Hinke'],
    ['Gisteren sprak ik Touria, ze heeft een depressie en slaapt slecht.', 'Touria'],
    ['Churandy is opgenomen met een psychose na het overlijden van zijn moeder.', 'Churandy'],
    ['Gisteren sprak ik Gergana, ze heeft een burn-out.', 'Gergana'],
    ['Goitom heeft PTSS en kan niet in een ruimte vol mensen werken.', 'Goitom'],
    ['Gisteren sprak ik Xiaoyan, ze heeft een burn-out.', 'Xiaoyan'],
    ['Gisteren sprak ik Rahul, hij heeft een angststoornis.', 'Rahul'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text, rules)).toEqual([name]);
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    ['jopie heeft adhd en wil graag in de groenvoorziening werken', 'jopie'],
    ['fardowsa heeft adhd en loopt vast op school', 'fardowsa'],
  ])('finds "%s" in lower case', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Jo van de gemeente heeft de presentatie over depressie en werk gestuurd, ik zet hem in de map.',
    'Kader voor de werkgroep: wie een burn-out heeft, houdt recht op begeleiding.',
    'Long covid en werk: de workshop is verplaatst naar donderdag.',
    'Tien deelnemers van de training hebben zelf een depressie gehad, zei de trainer.',
    'Eden is de naam van het nieuwe herstelcafé voor mensen met een verslaving.',
    'Hermon is een berg, de wandelgroep voor mensen met een depressie gaat er niet heen.',
  ])('keeps "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { found, foundOf, testGuard } from './helpers.ts';

// det-names69 (batch 69): a name that is also an everyday word ("Smid", "Valk", "Stam") is a person where a person
// stands — opening the sentence bare before a verb, "en" or "d'r", or inside it after "met", "over", "om", "bij",
// "dat" or before "even" — when one person's pronoun follows. Look-alikes: the same words with an article, in
// lower case, or with a plural "ze". Checked with the rules alone too.
const rules = testGuard({ nameHealthModel: null });

describe('name_health: det-names69 classes', () => {
  it.each([
    ['Smid loopt sinds zijn beroerte met een rollator, de werkgever past zijn werkplek aan', 'Smid'],
    ['Koster en zijn vrouw gaan uit elkaar en hij heeft weer last van paniekaanvallen', 'Koster'],
    ['Kun je bij Stam niet meer bellen, want bellen geeft haar een paniekaanval', 'Stam'],
    ['Kan iemand Valk even bellen? Ik denk dat hij zijn lithium niet meer neemt', 'Valk'],
    ['zag je dat Zwart weer aan het werk is? Hij had toch die hernia', 'Zwart'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text, rules)).toEqual([name]);
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'De smid loopt morgen mee met de werkgroep, hij heeft veel ervaring met leerlingen met autisme',
    'Zomer en winter zijn lastig voor wie depressief is, dan hebben ze minder structuur',
    'Had iemand contact met de valk? Die zit al weken met een vleugelblessure in de opvang',
    'Wie gaat er mee naar de lezing over Burn-out en werk? Ze hebben nog plekken',
    'het gaat om hoop en herstel, ze hebben er een training over depressie bij gemaakt',
  ])('keeps "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });
});

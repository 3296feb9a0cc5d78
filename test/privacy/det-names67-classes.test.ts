import { describe, expect, it } from 'vitest';
import { found, foundOf, testGuard } from './helpers.ts';

// det-names67 (batch 67): people the person finder lost by their name alone: a given name of an origin the
// list lacked, and an unknown name placed after the sentence's first words (the subject after a time word and
// the verb, the object of "aan", "voor", "bij", "om" beside a care term, a genitive before one). Look-alikes:
// organisations, places and brands in the same places, and professionals named with their job. Checked with
// the rules alone too, so the learned model cannot hide a rule that stopped working.
const rules = testGuard({ nameHealthModel: null });

describe('name_health: det-names67 classes', () => {
  it.each([
    ['De paniekstoornis van Tifawt speelt weer op', 'Tifawt'],
    ['Savchuk junior (Bohdan) heeft ernstige PTSS, behandeling loopt', 'Bohdan'],
    ['Gisteren heeft Kwezinha een paniekaanval gehad op het werk', 'Kwezinha'],
    ['Vandaag is Ilinca opgenomen in de kliniek', 'Ilinca'],
    ['Er is een hoge dosis oxazepam voorgeschreven aan Marleni.', 'Marleni'],
    ['Bij Kwezinha is vorige maand schizofrenie vastgesteld.', 'Kwezinha'],
    ["Kwezinha's depressie is erger geworden sinds de verhuizing", "Kwezinha's"],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text, rules)).toEqual([name]);
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Gisteren heeft Parnassia een nieuwe kliniek geopend',
    'Vandaag is Zwolle gastheer van de regiodag over verslaving',
    'Bij Lentis is de wachtlijst voor depressiezorg gegroeid.',
    'Er is een folder over depressie gemaakt door Humanitas.',
    'Volgende week geeft Humanitas een training over depressie',
    'Wouter Kramer, neuropsycholoog, legt uit wat NAH betekent voor werk',
    'Chantal (jurist gemeente) legt uit wat de Wvggz betekent voor onze afspraken',
  ])('keeps "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });
});

import { wordSet } from './word-sets.ts';

/**
 * Care words of batches 37 and 38-names (issue 14), kept apart so that the lists of
 * care-terms-lexicon.ts merge easily: drinking in slang, poisoning, aggression problems, a common
 * misspelling of "opgenomen", treatment words in English.
 */
export const PLAIN_STEMS: readonly string[] = [
  ...wordSet(`alcoholvergiftig drugsvergiftig agressieprobl agressiestoorn agressieregul persoonlijkheidsprobl
    self-medicat opgenoment zuipt zuipen zoop anorect`),
  // Batch 40-names: brain damage in everyday words ("heeft een hersenbeschadiging na een ongeluk").
  ...wordSet('hersenbeschadig'),
  // Own probes (detector-nh-2122): short of breath ("is kortademig").
  ...wordSet('kortadem'),
];

/** Whole words only. */
export const PLAIN_EXACT: readonly string[] = [
  ...wordSet('nazorgtraject afkickcentrum'),
  // Batch 46: the outpatient clinic where a depot is given ("moet naar de depotpoli voor zijn injectie").
  ...wordSet('depotpoli depotpolikliniek'),
];

/** Fixed phrases ("zit weer aan de fles": drinking). */
export const PLAIN_PHRASES: readonly string[] = [
  'zit aan de fles',
  'zit weer aan de fles',
  'zat aan de fles',
  'hangt aan de fles',
  'aan de drugs',
  'in nazorg',
  'geen zin meer in het leven',
  'leven geen zin meer',
  'wil dood',
  'dood wil',
  'dood wilde',
  'psych ward',
  'psychiatric ward',
  'been admitted',
  'was admitted',
  // Batch 43-names: supported living and forensic care ("een indicatie voor begeleid wonen", "tbs met
  // voorwaarden"); a job title before it is a service (care-term-services.ts).
  'begeleid wonen',
  // Held-out 19: a clinic's leave ("mag met begeleid verlof een werkplek bezoeken"), as "proefverlof".
  'begeleid verlof',
  'onbegeleid verlof',
  'tbs met voorwaarden',
  'tbs met dwangverpleging',
  'forensisch traject',
  // Batch 46: acute care told in everyday words: the emergency room gone to or ended up at, the crisis
  // service or an ambulance gone along with, the suicide prevention line called, seeing what is not there.
  'naar de eerste hulp',
  'op de eerste hulp terechtgekomen',
  'op de eerste hulp terecht',
  'op de eerste hulp beland',
  'naar de spoedeisende hulp',
  'met de crisisdienst mee',
  'met de crisisdienst meegegaan',
  'met de crisis mee',
  'met de ambulance mee',
  'met de ambulance weggebracht',
  'met de ambulance afgevoerd',
  'gemeld bij 113',
  'heeft 113 gebeld',
  'had 113 gebeld',
  'belde 113',
  'dingen ziet die er niet zijn',
  'dingen zag die er niet waren',
  'dingen hoort die er niet zijn',
  'ziet dingen die er niet zijn',
  'hoort dingen die er niet zijn',
  // Side effects of one's pills ("en nu ook nog ziek van de nieuwe pillen").
  'ziek van de pillen',
  'ziek van de nieuwe pillen',
  'ziek van haar pillen',
  'ziek van zijn pillen',
  // Own probes (detector-nh-2122): somatic care said plainly.
  'hoge bloeddruk',
  'met krukken',
  'herstellende van een operatie',
  'herstelt van een operatie',
  'herstellende van een ongeluk',
  // Worn out: "ze zit er helemaal doorheen".
  'zit er doorheen',
  'zat er doorheen',
  'zit er helemaal doorheen',
  'zat er helemaal doorheen',
  // det-family: care in plain words (seeing ghosts, being poisoned, not eating or sleeping for days,
  // relapsing).
  'ziet spoken',
  'zag spoken',
  'hem vergiftigen',
  'haar vergiftigen',
  'week niet gegeten',
  'dagen niet gegeten',
  'nachten niet geslapen',
  'dagen niet geslapen',
  'eet niet meer',
  'eet nauwelijks',
  'weer terugvalt',
  'het leven te beroven',
  'het leven proberen te beroven',
  'het leven beroofd',
  'die nieuwe pillen',
];

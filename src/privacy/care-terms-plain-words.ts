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
  // Batch 53: somatic complaints and injuries in everyday words ("hartkloppingen", "brandwonden",
  // "ernstige voedselallergie", "een maagbloeding", "uitgedroogd").
  ...wordSet(`hartklopping brandwond maagbloeding darmbloeding voedselallergie notenallergie
    pinda-allergie uitgedroogd coronabesmet allergie`),
];

/** Whole words only. */
export const PLAIN_EXACT: readonly string[] = [
  ...wordSet('nazorgtraject afkickcentrum'),
  // Batch 46: the outpatient clinic where a depot is given ("moet naar de depotpoli voor zijn injectie").
  ...wordSet('depotpoli depotpolikliniek'),
  // Batch 53: everyday somatic complaints as whole words ("heeft de griep", "kampt met buikpijn",
  // "een tandabces", "MRSA opgelopen", "naar de verloskamer, weeën"); as stems they would read
  // "hoofdpijndossier" or "allergisch voor vergaderen" too.
  ...wordSet(`hoofdpijn buikpijn rugpijn maagpijn nekpijn migraineaanval duizeligheid
    benauwdheid uitdroging epipen abces tandabces mrsa verloskamer weeen`),
];

/**
 * Body parts a complaint is said of: "last van haar rug", "pijn aan zijn knie", "ivm zijn knie",
 * "plat met haar rug"; not "met zijn rug naar de zaal" nor "door de knieen gaan" (no "met", no "door").
 */
export const BODY_PARTS = wordSet(
  `longen hart rug nek knie knieen schouder schouders heup heupen maag darmen gewrichten enkel enkels pols
  voet voeten been benen arm armen hand handen teen tenen kaak buik ogen oog`,
);
/** The possessives of one other person, spread into phrases ("zijn hoofd", "haar operatie"). */
export const OWNERS: readonly string[] = ['zijn', 'haar', "z'n", "d'r"];
// Batch 53: a complaint of one's own body part, a part broken, pain after one's operation.
const BODY_PHRASES: readonly string[] = [
  ...OWNERS.flatMap((own) =>
    [...BODY_PARTS].flatMap((part) => [
      `last van ${own} ${part}`,
      `pijn in ${own} ${part}`,
      `pijn aan ${own} ${part}`,
      `ivm ${own} ${part}`,
      `vanwege ${own} ${part}`,
      `wegens ${own} ${part}`,
      `plat met ${own} ${part}`,
    ]),
  ),
  // "voor haar vermoeidheid" (not "vermoeidheid in het team"), "een ontstoken teen" (not "kaarsjes ontstoken").
  ...OWNERS.map((own) => `${own} vermoeidheid`),
  ...[...wordSet('teen vinger kies tand wond oog oor voet hand knie elleboog blaas darm')].map(
    (part) => `ontstoken ${part}`,
  ),
  // "haar knieën zijn versleten", "een versleten heup".
  ...[...BODY_PARTS].flatMap((part) => [
    `versleten ${part}`,
    `${part} is versleten`,
    `${part} zijn versleten`,
  ]),
  ...['de', ...OWNERS].map((own) => `pijn na ${own} operatie`),
  ...[...wordSet('kaak neus teen voet hand sleutelbeen nek enkel pols')].flatMap((part) => [
    `gebroken ${part}`,
    `${part} gebroken`,
  ]),
];

/** Fixed phrases ("zit weer aan de fles": drinking). */
export const PLAIN_PHRASES: readonly string[] = [
  ...BODY_PHRASES,
  // Batch 53: the eyes, a new joint, a back locked, self-harm and starving in everyday words.
  'heeft staar',
  'grijze staar',
  'staar aan',
  'nieuwe heup',
  'nieuwe knie',
  'rug op slot',
  'rug is op slot',
  'rug weer op slot',
  'rug is weer op slot',
  'rug zit op slot',
  // Not "heeft zich gesneden aan het papier": cutting again is self-harm.
  'zich weer gesneden',
  'zich opnieuw gesneden',
  'krassen op haar armen',
  'krassen op zijn armen',
  "krassen op z'n armen",
  'over dood willen',
  // "ze is extreem mager"; not "de opkomst is erg mager" (a person's pronoun before it).
  ...['hij', 'ze', 'zij'].flatMap((who) =>
    ['extreem', 'erg', 'heel', 'ernstig', 'zorgwekkend', 'broodmager'].map((how) =>
      how === 'broodmager' ? `${who} is broodmager` : `${who} is ${how} mager`,
    ),
  ),
  'zit aan de fles',
  'zit weer aan de fles',
  'zat aan de fles',
  'hangt aan de fles',
  // Held-out 43: medication stopped ("is 'van de pillen af' volgens hem zelf"; "zijn pillen" alone is read
  // after its possessive). "'weer aan de fles'" quoted is left: a phrase cannot start at the quote, and
  // "weer aan de fles" alone is det-54's look-alike ("geeft de kalfjes weer aan de fles").
  'van de pillen af',
  'van zijn pillen af',
  'van haar pillen af',
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

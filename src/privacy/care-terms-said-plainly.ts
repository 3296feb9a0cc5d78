import { BODY_PARTS } from './care-terms-plain-words.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 54 (det-54): care told in everyday words that the lists lacked, as fixed phrases. Each phrase
 * carries its own sign of care, so the words alone ("snijden", "krassen", "spoed", "drinken", "pillen")
 * stay free: "snijden in de begroting", "krassen op de tafel", "met spoed naar het stadhuis", "het drinken
 * van water", "de pillen van de kantine".
 */
const OWNERS = ['zijn', 'haar', "z'n", "d'r"];
const PRONOUNS = ['hij', 'ze', 'zij'];

// Self-harm: cutting or scratching in one's arms, legs or wrists, and hurting oneself with a word
// between ("doet zichzelf soms pijn"); a finger cut while cooking is an accident and stays out.
const LIMBS = ['armen', 'benen', 'polsen', 'bovenbenen', 'onderarmen', 'pols', 'arm'];
const CUT_VERBS = ['snijden', 'gesneden', 'krassen', 'gekrast', 'snijdt', 'krast', 'sneed', 'kraste'];
const SELF_HARM: readonly string[] = [
  ...OWNERS.flatMap((own) =>
    LIMBS.flatMap((limb) =>
      CUT_VERBS.flatMap((verb) => [
        `${verb} in ${own} ${limb}`,
        `in ${own} ${limb} ${verb}`,
        `in ${own} ${limb} heeft ${verb}`,
        `in ${own} ${limb} had ${verb}`,
      ]),
    ),
  ),
  'weer gaan krassen',
  'is gaan krassen',
  'weer aan het krassen',
  ...['soms', 'weer', 'vaak', 'opnieuw', 'expres', 'bewust'].flatMap((how) => [
    `zichzelf ${how} pijn doet`,
    `zichzelf ${how} pijn doen`,
    `zichzelf ${how} pijn deed`,
    `zichzelf ${how} pijn gedaan`,
  ]),
  ...['', 'soms ', 'weer ', 'vaak '].flatMap((how) => [
    `doet zichzelf ${how}pijn`,
    `deed zichzelf ${how}pijn`,
  ]),
];

// Acute and hospital wards one is on ("zit op de spoedeisende hulp", "lag op de afdeling psychiatrie",
// "zit in de crisiskamer van de GGZ"), taken there in haste, a specialist's waiting room, an inflamed
// organ. A worker there says "werkt op", "geeft op", "een rondleiding op", which no phrase holds.
const STAYING = ['zit', 'zat', 'ligt', 'lag', 'zitten', 'liggen'];
// "zit sinds gisteren op de spoedeisende hulp": a time between the verb and the ward.
const STAY_TIMES = [
  '',
  'nog ',
  'weer ',
  'al ',
  'nu ',
  'vannacht ',
  'gisteren ',
  'sinds gisteren ',
  'sinds vannacht ',
];
const WARDS = [
  'de spoedeisende hulp',
  'de seh',
  'de eerste hulp',
  'de intensive care',
  'de ic',
  'de hartbewaking',
  'de afdeling psychiatrie',
];
const WARD_STAYS: readonly string[] = [
  ...STAYING.flatMap((verb) => [
    ...WARDS.flatMap((ward) => [
      ...STAY_TIMES.map((time) => `${verb} ${time}op ${ward}`),
      `op ${ward} ${verb}`,
    ]),
    `${verb} bij de seh`,
  ]),
  // "zit in de crisiskamer van de GGZ"; a town's crisis room ("van de gemeente") is no care place.
  'crisiskamer van de ggz',
  'crisiskamer van ggz',
  ...['het ziekenhuis', 'de seh', 'de eerste hulp', 'de spoedeisende hulp', 'de huisartsenpost'].map(
    (place) => `met spoed naar ${place}`,
  ),
  'in de wachtkamer bij de cardioloog',
  'in de wachtkamer bij de neuroloog',
  'in de wachtkamer bij de oncoloog',
  'in de wachtkamer bij de psychiater',
  'in de wachtkamer bij de internist',
  'blinde darm',
  ...[...wordSet('alvleesklier galblaas blindedarm lever nier nieren long longen darmen maag')].map(
    (organ) => `ontstoken ${organ}`,
  ),
];

// Drinking and pills in plain words: back on the bottle, drinking more than one admits, smelling of drink in the morning, the doctor's pills.
const DRINKING: readonly string[] = [
  'is weer aan de fles',
  'is aan de fles',
  'was weer aan de fles',
  ...OWNERS.flatMap((own) => [
    `${own} pillen van de dokter`,
    `${own} pillen van de huisarts`,
    `${own} pillen van de psychiater`,
  ]),
  ...PRONOUNS.flatMap((who) => [`meer drinkt dan ${who} toegeeft`, `drinkt meer dan ${who} toegeeft`]),
  ...['ruikt', 'rook', 'stinkt', 'stonk'].flatMap((verb) => [
    `${verb} naar drank`,
    `${verb} naar de drank`,
    `${verb} vanochtend naar drank`,
    `${verb} 's ochtends naar drank`,
  ]),
  'pillen van de dokter',
  'pillen van de huisarts',
  'pillen van de psychiater',
];

// The body in plain words: "problemen met z'n hart", "met zijn rug naar de fysio" (not "met zijn rug naar
// de zaal"), "een knobbel in haar borst", "heup vervangen"; the crisis service taking someone along.
const HIM = ['hem', 'haar'];
const BODY: readonly string[] = [
  ...OWNERS.flatMap((own) => [
    ...[...BODY_PARTS].flatMap((part) => [
      `problemen met ${own} ${part}`,
      `gedoe met ${own} ${part}`,
      ...['de fysio', 'de fysiotherapeut', 'de huisarts', 'de dokter', 'het ziekenhuis'].map(
        (to) => `met ${own} ${part} naar ${to}`,
      ),
    ]),
    `knobbel in ${own} borst`,
    `knobbeltje in ${own} borst`,
    `bult in ${own} borst`,
  ]),
  'heup vervangen',
  'knie vervangen',
  'heupvervanging',
  'knievervanging',
  ...HIM.flatMap((who) => [
    ...['', 'daarna ', 'toen ', 'gisteren ', 'meteen '].map(
      (when) => `crisisdienst heeft ${who} ${when}meegenomen`,
    ),
    `crisisdienst nam ${who} mee`,
  ]),
  'door de crisisdienst meegenomen',
];

// A treatment started at a provider: "is gestart met een nieuwe behandeling bij het FACT-team" (not "de
// behandeling van de aanvragen": "de", no "bij").
const STARTED: readonly string[] = ['gestart', 'begonnen', 'start', 'begint', 'startte', 'begon'].flatMap(
  (verb) =>
    ['', 'nieuwe ', 'andere '].flatMap((kind) =>
      ['behandeling', 'therapie'].flatMap((care) =>
        ['de', 'het'].map((article) => `${verb} met een ${kind}${care} bij ${article}`),
      ),
    ),
);

/** The phrases, spread into the lexicon's fixed phrases (care-terms-lexicon.ts). */
export const SAID_PLAINLY_PHRASES: readonly string[] = [
  ...SELF_HARM,
  ...WARD_STAYS,
  ...DRINKING,
  ...BODY,
  ...STARTED,
];

/** Misspellings typed in chat ("psychotish", "psychoties"), spread into the lexicon's stems. */
export const SAID_PLAINLY_STEMS: readonly string[] = [...wordSet('psychotis psychoties')];

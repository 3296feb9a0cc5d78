import {
  BREADTH40_AT_END,
  BREADTH40_NAMED_FIRST,
  BREADTH40_NOT_BEFORE,
  BREADTH40_PERSON_FIRST,
} from './care-terms-body-said40.ts';
import { OWNERS } from './care-terms-plain-words.ts';
import { BODY, BODY_AT_END, EATING_USING, SOUGHT, WISH_TO_DIE } from './care-terms-plain38-body.ts';
import {
  CONFUSED,
  CONFUSED_AT_END,
  CRYING,
  FEAR,
  phrases,
  STATE_OF_A_PERSON,
  USED_UP,
  WITHDRAWN,
  words,
} from './care-terms-plain38-mind.ts';

/**
 * det-plain38: a named person's health told in plain everyday words that the lists still lacked (held-out
 * counts: of named-person lines whose health detail holds no word of the care lexicon, three in four were
 * missed; tuning batch 76). Families written from how the werkgroep types it, each beside clean twins (the
 * writer's own state, an unnamed client, a professional at work, the same words of a budget, a meeting, a
 * printer), in care-terms-plain38-mind.ts and care-terms-plain38-body.ts. Spread into the fixed phrases with
 * det-plain37's (care-terms-functioning.ts), read by care-phrase-match.ts under one of four gates:
 *  - PERSON_FIRST: a state said with a verb that things share ("zit in een dal", "doet raar", "ziet er slecht
 *    uit") counts only after a person as its subject: "hij"/"ze"/"zij"/"ie" or a capitalised word that is no
 *    article, pronoun or place ("Ferdi zit in een dal"; not "de cijfers zitten in een dal", "de printer doet raar").
 *  - AT_END: only where its clause ends ("is helemaal op," but not "is helemaal op de hoogte", "op na de drukke
 *    week"; "weet daarna niks meer?" but not "weet niks meer van die afspraak").
 *  - NOT_BEFORE: not before a word naming what it is about ("krijgt het benauwd van de planning", "belde me in
 *    paniek over het rooster", "praat met iemand van de ggz over de overdracht": a professional at work);
 *    "loopt bij iemand" not before "van", "mee", "langs" ("loopt bij iemand van de gemeente langs").
 *  - NOT_AFTER_OM: not in "om te janken" (the figures are "om te huilen").
 */

// Not before a word naming what it is about (or a professional's errand: "om", "namens").
const NOT_ABOUT: readonly string[] = [
  ...phrases(`ineens in paniek | met iemand van de ggz | bij iemand van de ggz |
    vergeet alles | in zichzelf gekeerd | raakt de weg kwijt | raakt steeds de weg kwijt | raakte de weg kwijt | praat
    over de dood | praatte over de dood | over de dood praat | met dubbele tong | met een dubbele tong | ziet niemand
    meer | lust niks meer | lust niets meer | doet zichzelf pijn | deed zichzelf pijn | niet meer ademen | kan niet
    ademen | kon niet ademen | zit er slecht bij | zat er slecht bij | doet niet open | deed niet open`),
  ...['me', 'mij', 'ons'].map((whom) => `${whom} in paniek`),
  ...['hij', 'ze', 'zij'].flatMap((who) => [
    `dat ${who} doodgaat`,
    `dat ${who} doodging`,
    `dat ${who} dood gaat`,
  ]),
  ...['hem', 'haar'].flatMap((whom) => [
    `mensen ${whom} volgen`,
    `iemand ${whom} volgt`,
    `iedereen ${whom} volgt`,
  ]),
  ...OWNERS.flatMap((own) => [`over ${own} drinken`, `met ${own} drinken`]),
];
const ABOUT_AFTER = words('met in qua rond bij op wat van door over voor uit om namens');
// "loopt bij iemand van de gemeente langs", "loopt bij iemand mee": a visit or a shadowing, no treater.
const VISITED = ['loopt bij iemand', 'liep bij iemand', 'loopt al jaren bij iemand'];
const VISIT_AFTER = words('van mee langs binnen stage rond in op aan achter naar');
// Short of breath in a place ("krijgt het benauwd in de bus"), not of a thing ("... van de planning").
const BREATH: readonly string[] = [
  ...['krijgt', 'kreeg'].flatMap((verb) => [`${verb} het benauwd`, `${verb} het zo benauwd`]),
  ...phrases('het benauwd krijgt | het benauwd kreeg | het zo benauwd'),
];
const BREATH_ABOUT = words('van door over om bij met');
// "belt me huilend om half twaalf" (a time), not "... van het lachen".
const CALLED_CRYING = phrases('me huilend | mij huilend | ons huilend');
const LAUGHING = words('van qua over');
// Trembling "voor de deur" (a place), not "van de kou", "van enthousiasme".
const TREMBLING = phrases('te trillen | ineens te trillen');

/** "om te janken": a figure of speech, no one crying. */
export const NOT_AFTER_OM: ReadonlySet<string> = new Set(['te janken', 'te huilen']);

/** Phrases that count only after a person as their subject. */
export const PERSON_FIRST: ReadonlySet<string> = new Set([
  ...STATE_OF_A_PERSON,
  ...USED_UP,
  ...BREADTH40_PERSON_FIRST,
]);

/** A new treater had: only after "hij"/"ze" or a known first name (a team in a town gets new staff too). */
export const NAMED_FIRST: ReadonlySet<string> = new Set([
  ...STATE_OF_A_PERSON.filter((p) => p.includes(' nieuwe ')),
  ...BREADTH40_NAMED_FIRST,
]);

/** Phrases that count only where their clause ends (care-terms-functioning.ts CLAUSE_END_PHRASES). */
export const PLAIN38_AT_END: readonly string[] = [
  ...USED_UP,
  ...CONFUSED_AT_END,
  ...BODY_AT_END,
  'vergeet alles',
  'is onwel',
  'niet meer de oude',
  'de oude niet meer',
  'weer de oude niet',
  'nog niet de oude',
  ...BREADTH40_AT_END,
];

const FAMILIES: string[] = [
  ...WITHDRAWN,
  ...STATE_OF_A_PERSON,
  ...FEAR,
  ...CONFUSED,
  ...CRYING,
  ...EATING_USING,
  ...WISH_TO_DIE,
  ...BODY,
  ...SOUGHT,
  ...NOT_ABOUT,
  ...VISITED,
  ...BREATH,
  ...TREMBLING,
  ...CALLED_CRYING,
  ...NOT_AFTER_OM,
  ...BREADTH40_PERSON_FIRST,
  ...PLAIN38_AT_END,
  ...['is', 'was'].map((verb) => `${verb} helemaal op van`),
];

// det-plain38's own probes of look-alikes: a photo, a budget, a podcast, a hiring, the cold, a volunteer.
const LOOKS =
  phrases(`ziet er slecht uit | zag er slecht uit | ziet er onverzorgd uit | zag er onverzorgd uit | trilt
  helemaal | trilde helemaal | ziet overal gevaar | zag overal gevaar | praat
  over complotten | praatte over complotten | kwam lam thuis | lam thuisgekomen | herkent niemand meer | herkende
  niemand meer | ziet alles zwart | ziet het allemaal zwart | kan zich niet concentreren | kan zich niet meer
  concentreren | kon zich niet concentreren | is erg gespannen | is heel gespannen | is onrustig | is van slag | is erg
  van slag | is 's nachts wakker | ziet tegen alles op | loopt met een stok | flipt helemaal | heeft veel pijn | had veel pijn | heeft nog steeds veel pijn | heeft zoveel pijn | heeft erge pijn
`);
// Voices heard in the walls, not "op de gang over de reorganisatie".
const VOICES = phrases(
  'hoort gefluister | hoorde gefluister | hoort een soort gefluister | horen gefluister',
);
const VOICES_ABOUT = words('over op van bij uit qua');
const WITH_ERRAND = [
  ...[':', ...words('als te aan om namens over qua voor gesproken gebeld gemaild ontmoet')],
  ...words('aangenomen aangetrokken gevonden gezocht geworven ingehuurd aangesteld'),
];
// A talking group, a hospital, a room or a new treater visited, worked in or hired for (not one's own).
const ERRANDS = [...SOUGHT, ...WITHDRAWN, ...STATE_OF_A_PERSON, ...BODY].filter((phrase) =>
  /praatgroep|lotgenotengroep|zelfhulpgroep|gebracht|kamer|nieuwe|instelling|ggz$|dal$|wereld$/.test(phrase),
);
// Any phrase of the families: not before "qua", "over", "namens" (what it is about, an errand).
const DEFAULT_AFTER = words('qua over namens');

/** Each gated phrase and the next words that make it none. */
export const NOT_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...[...FAMILIES].map((phrase) => [phrase, new Set(DEFAULT_AFTER)] as const),
  ...[...NOT_ABOUT, ...LOOKS].map((phrase) => [phrase, new Set(ABOUT_AFTER)] as const),
  ...ERRANDS.map((phrase) => [phrase, new Set(WITH_ERRAND)] as const),
  ...VOICES.map((phrase) => [phrase, new Set(VOICES_ABOUT)] as const),
  ...CALLED_CRYING.map((phrase) => [phrase, new Set(LAUGHING)] as const),
  ...VISITED.map((phrase) => [phrase, new Set(VISIT_AFTER)] as const),
  ...BREATH.map((phrase) => [phrase, new Set(BREATH_ABOUT)] as const),
  ...TREMBLING.map((phrase) => [phrase, new Set(LAUGHING)] as const),
  // "heeft suiker en melk nodig": coffee.
  ...['heeft suiker', 'had suiker'].map(
    (phrase) => [phrase, new Set(words('en nodig in bij voor'))] as const,
  ),
  ...BREADTH40_NOT_BEFORE.map(([phrase, after]) => [phrase, new Set(after)] as const),
]);

/** Every phrase of the families, gated or not. */
export const PLAIN38_PHRASES: readonly string[] = FAMILIES;

/** Whole words: a headache in slang, a drug test by urine, staggering, fits of temper. */
export const PLAIN38_EXACT: readonly string[] = words(
  'koppijn urinecontrole urinecontroles zwalkend driftbui driftbuien',
);

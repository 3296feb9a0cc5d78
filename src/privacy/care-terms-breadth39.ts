import { wordSet } from './word-sets.ts';

/**
 * det-vocab39: a breadth pass over five families (somatic conditions, psychiatric and developmental terms,
 * substances, treatments and care forms, symptoms), written from knowledge of Dutch and probed in sentences
 * with a named person in several shapes ("Sanne heeft X", "update kees: X", "Ilse heeft last van X",
 * "Bram's X"). Most of the 390 words probed were known; only the missing ones are here, spread into the lists
 * by care-terms-families.ts (the substances go to care-term-behaviour-words.ts, read only beside a verb of
 * using). Left out as ordinary words or work senses: "piekeren", "doemdenken", "krassen", "snijden",
 * "trillen", "conversie", "antisociaal", "VB", "ACT", "casemanager", "eetlust", "misselijk" (figurative:
 * "misselijkmakend laag"), "tik" and "lean" (a slap, lean management), "truffels" (a treat at the borrel).
 */

/** Stems: every word that starts so is the symptom or the condition. */
export const BREADTH39_STEMS: readonly string[] = [
  ...wordSet(`bekkenpijn prikkelgevoeligheid lusteloosheid misselijkheid gewichtsverlies hyperalertheid
    schrikreactie uitvalsverschijnsel`),
  // Second round: the body, skin picking, a burn-out's opposite, using everything at once, respite care.
  ...wordSet(`hypermobili postcommotione concentratieverlies diarree buikkramp krachtverlies anafylax
    glucosesensor dermatillomanie huidpulk adenomyose chromosoomafwijking gevoelloosheid braakneiging
    bore-out polygebruik respijtzorg`),
];

/** Only in capitals: "heeft EDS" (Ehlers-Danlos), "heeft BED" (binge eating disorder). */
export const BREADTH39_CAPITALS: readonly string[] = [...wordSet('eds')];

/** Fixed phrases, folded and split into words. */
export const BREADTH39_PHRASES: readonly string[] = [
  'binge eating',
  'gegeneraliseerde angst',
  'mentale problemen',
  'mentale klachten',
  'psychisch vastgelopen',
  'mentaal vastgelopen',
  'vermijdende persoonlijkheid',
  'afhankelijke persoonlijkheid',
  'ziekte van addison',
];

/** Whole words only. */
export const BREADTH39_EXACT: readonly string[] = [...wordSet('fibro intrusie intrusies')];

/**
 * A state said of a person ("is duizelig", "voelt zich paniekerig"), read only after a person as its subject
 * (care-terms-plain38.ts's PERSON_FIRST). Not "duizelig" or "misselijk" alone ("duizelig van alle regels",
 * "misselijk van de cijfers"), "wanhopig" ("is wanhopig op zoek naar een zaal"), "hopeloos"
 * ("hopeloos te laat"), "benauwd" ("benauwd dat de subsidie stopt"), "vergeetachtig".
 */
export const BREADTH39_STATES: readonly string[] = ['is', 'was', 'voelt zich', 'voelde zich'].flatMap(
  (verb) =>
    ['vaak duizelig', 'erg duizelig', 'paniekerig', 'oververmoeid', 'erg misselijk', 'heel misselijk'].map(
      (state) => `${verb} ${state}`,
    ),
);

/**
 * Substances used (beside a verb of using): snus, poppers and designer drugs, whose names the tokens split
 * ("3-mmc" is "3", "-", "mmc"; "2c-b" is "2", "c-b").
 */
export const BREADTH39_SUBSTANCES: readonly string[] = [
  ...wordSet('snus poppers mmc fmp c-b 3mmc 2mmc 4fmp 2cb'),
];

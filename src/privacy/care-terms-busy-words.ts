import { OWNERS } from './care-terms-plain-words.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 59 (det-59; Friesland, Groningen): care typed as busy people type it, in everyday words the lists
 * lacked. Each phrase carries its own sign of care, so the words alone stay free: "op de SEH" (a worker is
 * there too), "de crisislijn" (a service), "in de war" (a schedule), "huilend", "eet", "hoofd".
 */

// A ward or emergency room passed through: "heeft het weekend doorgebracht op de crisisafdeling", "belandde
// op de eerste hulp". A worker "werkt op", "geeft een training op", "is op de SEH geweest voor een werkbezoek".
const WARDS = 'crisisafdeling|seh|spoedeisende hulp|eerste hulp|paaz|hic|gesloten afdeling|gesloten'
  .split('|')
  .map((ward) => `de ${ward}`);
const PASSED_THROUGH: readonly string[] = WARDS.flatMap((ward) => [
  `doorgebracht op ${ward}`,
  `op ${ward} doorgebracht`,
  `op ${ward} terechtgekomen`,
  `op ${ward} beland`,
  `belandde op ${ward}`,
]);

// Too many pills taken: "had weer te veel paracetamol ingenomen"; an attempt with pills.
const PILLS = ['paracetamol', 'pillen', 'medicijnen', 'slaappillen', 'tabletten', 'oxazepam', 'medicatie'];
const OVERDOSE: readonly string[] = PILLS.flatMap((pill) =>
  ['ingenomen', 'geslikt', 'genomen', 'innam', 'slikte', 'nam'].map((verb) => `te veel ${pill} ${verb}`),
);

// The mind in plain words: "z'n hoofd is weer op hol", "niet lekker in zijn hoofd", "zit helemaal vast in
// haar hoofd", "was zo in de war dat ...", "eet niks meer" (not "de planning is in de war", "eet niks overdag
// vanwege de ramadan", "kan het niet meer aan" said of the workload).
const MIND: readonly string[] = [
  ...OWNERS.flatMap((own) => [
    `${own} hoofd is op hol`,
    `${own} hoofd is weer op hol`,
    `${own} hoofd slaat op hol`,
    `${own} hoofd slaat weer op hol`,
    `${own} hoofd sloeg op hol`,
    `niet lekker in ${own} hoofd`,
    `helemaal vast in ${own} hoofd`,
  ]),
  'zo in de war dat',
  'alleen nog maar huilt',
  'alleen nog huilt',
  'huilend weg',
  'eet niks meer',
  'eet al dagen niks',
  'eet bijna niks meer',
  'eet nauwelijks nog',
  'at niks meer',
  'het huis niet meer uit',
  // Suspicion and disorientation: "zegt dat hij door de buren wordt afgeluisterd", "ze wist niet meer waar ze
  // woonde" (as "dat ze gevolgd wordt" in care-terms-everyday.ts).
  ...['hij', 'ze', 'zij'].flatMap((who) => [
    `dat ${who} wordt afgeluisterd`,
    `dat ${who} afgeluisterd wordt`,
    `dat ${who} door de buren wordt afgeluisterd`,
    `niet meer waar ${who} woonde`,
    `niet meer waar ${who} woont`,
  ]),
];

// Help in a crisis asked by the person: "belde 113" (not "de crisislijn": a service a professional
// calls too); asking to be
// admitted: "heeft zich laten opnemen"; a court's order: "moest een verplichte behandeling volgen".
const CRISIS: readonly string[] = [
  'belde 113',
  ...['', 'vrijwillig ', 'weer ', 'opnieuw '].map((how) => `zich ${how}laten opnemen`),
  'liet zich opnemen',
  'laat zich opnemen',
  // A crisis or care team at someone's home: "zaterdag is het FACT-team bij haar langs geweest".
  ...['het fact-team', 'het fact team', 'de crisisdienst', 'het act-team'].flatMap((team) =>
    ['hem', 'haar'].map((who) => `${team} bij ${who} langs`),
  ),
  'een verplichte behandeling',
  'een gedwongen behandeling',
];

// Using again in chat words: "is weer aan de blow", "weer begonnen met gebruiken", "dronken op het werk".
const USING: readonly string[] = [
  'aan de blow',
  'weer begonnen met gebruiken',
  'begonnen met gebruiken',
  'weer gaan gebruiken',
  'dronken op het werk',
  'dronken op zijn werk',
  'dronken op de werkvloer',
  // Frisian (Friesland's chat): "drinkt wer", "is wer opnommen".
  'drinkt wer',
];

// det-nh (batch 63, Gooi en Vechtstreek and Foodvalley): weeks without sleep, lying awake every night, out
// of hospital, moved between wards ("al 3 weken niet geslapen", "dat ze iedere nacht wakker ligt", "zodra ze uit
// het ziekenhuis is", "van de gesloten naar de open afdeling"); not "een nacht niet geslapen" (anyone's), "houdt
// haar elke nacht wakker" (a baby's, a worry's).
const SLEEP_AND_WARDS: readonly string[] = [
  ...['weken', 'week', 'maanden'].map((time) => `${time} niet geslapen`),
  ...['iedere', 'elke'].flatMap((each) => [`${each} nacht wakker ligt`, `${each} nacht wakker lag`]),
  ...['is', 'was', 'komt', 'kwam', 'mag'].map((verb) => `uit het ziekenhuis ${verb}`),
  'van de gesloten naar de open',
  'van de gesloten afdeling naar',
];

/** The phrases, spread into the lexicon's fixed phrases (care-terms-lexicon.ts). */
export const BUSY_PHRASES: readonly string[] = [
  ...PASSED_THROUGH,
  ...OVERDOSE,
  ...MIND,
  ...CRISIS,
  ...USING,
  ...SLEEP_AND_WARDS,
];

/**
 * Stems: an outburst of rage ("woedeaanval", "woedeaanvallen"), an attempt with pills ("pillenslikpoging"),
 * Frisian for admitted and psychosis ("opnommen", "psychoaze").
 */
export const BUSY_STEMS: readonly string[] = [
  ...wordSet('woedeaanval pillenslikpoging slikpoging opnommen psychoaz'),
];

import { OWNERS } from './care-terms-plain-words.ts';
import { phrases, words } from './care-terms-plain38-mind.ts';

/**
 * det-vocab40: a named person's health said in the words colleagues use without a clinical term: a body
 * part they are home "met", "een slechte knie", "het in zijn rug", a new hip said "kunstheup", pills "van de
 * huisarts", the poli, the scan and its result, a course of pills ("na de kuur"), an artificial joint, a
 * blood clot, hearing lost. Written from Dutch as the werkgroep types it, beside clean twins in
 * corpus-det-vocab40-classes.tsv (the writer's own knee, an unnamed client, a budget "onder het mes", an
 * organisation "onder de scanner", a team "op zijn tandvlees", a passport's scan, an election's result).
 * Spread into the lists by care-terms-families.ts (stems, words, phrases) and care-terms-plain38.ts (gates).
 */

/** Stems: every word that starts so is the aid, the condition or the care. */
export const BREADTH40_STEMS: readonly string[] = [
  ...words(`kunstheup kunstknie kunstgebit kunstbeen kunstarm kunstlens kunstnier bloedprop ijzertekort
    hoorapparaat gehoorbeschadig gehoorschade palliati lymfeklier spiraaltje braakbui enkelband driftaanval
    inslaapprobl doorslaapprobl spierzwakte glutenintoleran lactose-intoleran lactoseintoleran`),
];

/** Whole words: cannabis in the diminutive ("joint" is English too). */
export const BREADTH40_EXACT: readonly string[] = [...words('jointje jointjes duizelingen')];

// Parts of the body that a person is home or out "met", or has "slecht" or "kapot": no figure of speech
// takes them after these words ("met zijn rug naar de zaal" has no "thuis" or "uit" before it).
const PARTS = words(
  'rug onderrug nek knie knieen schouder schouders heup heupen enkel pols voet arm been elleboog',
);
// Organs and joints that "voor zijn ..." names as a complaint treated ("naar de fysio voor haar nek"); not
// "hart" ("voor zijn hart kiezen"), "ogen" ("voor haar ogen"), "hoofd", "hand", "voeten".
const TREATED_PARTS = words(
  'rug onderrug nek knie knieen schouder heup enkel pols maag darmen longen nieren lever blaas schildklier',
);
// How one is said to be home or out with a part: "ligt er uit met haar rug", "zit thuis met zijn knie".
const OUT_WITH = words('uit eruit thuis ziektewet sukkelt sukkelde tobt tobde kampt kampte problemen gedoe');
const OWNED_PARTS: string[] = OWNERS.flatMap((own) => [
  ...OUT_WITH.flatMap((out) => PARTS.map((part) => `${out} met ${own} ${part}`)),
  ...TREATED_PARTS.map((part) => `voor ${own} ${part}`),
  // "heeft het in zijn rug" (not "in zijn hoofd gezet"); "een beperking aan haar arm".
  ...words('rug onderrug nek knie knieen schouder heup').flatMap((part) => [
    `het in ${own} ${part}`,
    `het weer in ${own} ${part}`,
  ]),
  ...PARTS.map((part) => `beperking aan ${own} ${part}`),
  ...words('teen tenen been voet arm vinger gehoor zicht geheugen').map((part) => `${own} ${part} kwijt`),
  ...words('blaas nieren lever borst oren tanden gebit huid darm').map((part) => `last van ${own} ${part}`),
  `${own} bloeddruk`,
  `${own} bloedsuiker`,
  `pijn in ${own} borst`,
  ...[...PARTS, ...words('hoofd hersenen buik longen hart darmen')].map((part) => `scan van ${own} ${part}`),
  `een brace om ${own}`,
  `hechtingen in ${own}`,
]);

// "heeft een slechte knie", "slechte ogen", "een slecht hart", "een kapotte schouder".
const BAD_PARTS: string[] = [
  ...words('rug knie knieen heup heupen schouder schouders ogen nieren longen enkels').flatMap((part) => [
    `slechte ${part}`,
    `kapotte ${part}`,
  ]),
  ...phrases('slecht hart | slecht gehoor | slecht zicht | kapotte rug'),
];

// Pills of a doctor, coming off them, being dazed by them.
const PILLS = words('pil pillen pilletje pilletjes medicijnen medicatie');
const DOCTORS = words('huisarts dokter psychiater arts specialist');
const PILLS_SAID: string[] = [
  ...PILLS.flatMap((what) => DOCTORS.map((who) => `${what} van de ${who}`)),
  ...PILLS.flatMap((what) => [`suf van de ${what}`, `versuft van de ${what}`, `van de ${what} af`]),
];

// A course of medicine, a referral, a scan's result, the first aid, an allergy, a brace, hearing.
const SPECIALISTS = words(`cardioloog longarts internist oncoloog reumatoloog gynaecoloog uroloog
  dermatoloog orthopeed kno-arts oogarts neuroloog fysiotherapeut fysio psychiater psycholoog specialist`);
const CARE_SOUGHT: string[] = [
  ...phrases(`na de kuur | een kuur antibiotica | een antibioticakuur | aan een kuur | krijgt een kuur | kreeg een
    kuur | aan de antibiotica | allergische reactie | allergische shock | in blijde verwachting | met een brace | draagt
    een brace | uitslag van de scan | uitslag van de scans | uitslag van de mri | uitslag van de ct-scan | uitslag van
    de biopsie | uitslag van het bloedonderzoek | last van de suiker | door de suiker | vanwege de suiker | spuit zich
    vol | spoot zich vol | kan niet meer traplopen | kon niet meer traplopen | kan geen trap meer lopen | kan de trap
    niet meer op | zichzelf wat aan te doen | zichzelf iets aan te
    doen | zichzelf wat aan zal doen | zichzelf iets aan zal doen | zichzelf iets aan zou doen | zichzelf wat aan zou
    doen | moest naar de eerste hulp | moet naar de eerste hulp | ging naar de eerste hulp | op de eerste hulp beland
    | op de eerste hulp belandt | op de eerste hulp belandde | belandde op de eerste hulp | moest naar de seh | op de
    seh beland | een verwijzing naar het ziekenhuis | een verwijzing voor het ziekenhuis | piekert zich suf | piekerde zich suf
    | ligt elke nacht wakker | lag elke nacht wakker | elke nacht wakker ligt | elke nacht wakker lag | elke nacht
    wakker te liggen | is elke nacht wakker | wijntjes te veel | aan de oxy | aan de
    oxycodon | hormonen voor de overgang | last van de overgang | kindje verloren | baby verloren | haar kind verloren
    | een open been | moest gehecht worden | moest worden gehecht | denkt aan de dood | dacht aan de dood | denkt
    veel aan de dood | blaast positief | blies positief | positief geblazen`),
  // "heeft een verwijzing voor de cardioloog" (not "de verwijzing naar de cardioloog gaat via de huisarts").
  ...['een', ...OWNERS].flatMap((own) =>
    SPECIALISTS.flatMap((who) => [`${own} verwijzing naar de ${who}`, `${own} verwijzing voor de ${who}`]),
  ),
  ...words('gokkast gokkasten drank drugs coke wiet fles pillen joint').flatMap((what) => [
    `niet van de ${what} afblijven`,
    `niet van de ${what} af blijven`,
    `niet van de ${what} afkan`,
  ]),
];

/** Phrases that count wherever they stand (the name rules still need a person). */
export const BREADTH40_PHRASES: readonly string[] = [
  ...OWNED_PARTS,
  ...BAD_PARTS,
  ...PILLS_SAID,
  ...CARE_SOUGHT,
];

/**
 * A state or a visit said with words a team or a thing shares, counted only after a person as its subject
 * (care-phrase-match.ts): "Tom loopt op z'n tandvlees" (not "het team loopt op z'n tandvlees"), "Petra kan de
 * dag niet door", "Dirk is onder het mes geweest" (not "de begroting is onder het mes geweest"), "Corrie moet
 * naar de poli" (not "de stukken moeten naar de poli").
 */
export const BREADTH40_PERSON_FIRST: readonly string[] = [
  ...['loopt', 'liep'].flatMap((verb) => ['zijn', "z'n"].map((own) => `${verb} op ${own} tandvlees`)),
  ...phrases(`liep op haar tandvlees | kan de dag niet door | kan de dag niet meer door | kon de dag niet door | kon
    de dag niet meer door | komt de dag niet door | kwam de dag niet door`),
  ...phrases(
    'is onder het mes geweest | was onder het mes geweest | is onder het mes gegaan | gaat onder het mes',
  ),
  ...['moet', 'moest', 'gaat', 'ging', 'was'].flatMap((verb) => [
    `${verb} naar de poli`,
    `${verb} op de poli`,
    `${verb} onder de scanner`,
  ]),
  ...['is', 'was'].flatMap((verb) =>
    ['van de kaart', 'helemaal van de kaart', 'compleet van de kaart', 'totaal van de kaart'].map(
      (state) => `${verb} ${state}`,
    ),
  ),
  ...phrases(`zit in de put | zat in de put | zit diep in
    de put | zit flink in de put | is flink afgevallen | is erg afgevallen | is veel afgevallen | is enorm
    afgevallen`),
  ...phrases('hoort bijna niks | hoort bijna niets'),
  ...phrases('kan echt niet meer | kan gewoon niet meer | kon echt niet meer | kon gewoon niet meer'),
];

/**
 * Of those, the ones a capitalised organisation or product also takes ("Jeugdzorg gaat onder het mes", "Teams
 * moet naar de poli"?): only after "hij", "ze" or a known first name.
 */
export const BREADTH40_NAMED_FIRST: readonly string[] = BREADTH40_PERSON_FIRST.filter((phrase) =>
  /mes|scanner|poli/.test(phrase),
);

/** Of those, the ones that count only where their clause ends ("kan echt niet meer," not "... niet meer naar de vergadering"). */
export const BREADTH40_AT_END: readonly string[] = BREADTH40_PERSON_FIRST.filter((phrase) =>
  /hoort|niet meer$/.test(phrase),
);

/** Phrases with the next words that make them none: "moet onder het mes met de formatie" (a cut). */
export const BREADTH40_NOT_BEFORE: readonly (readonly [string, readonly string[]])[] = [
  ...phrases('moet onder het mes | ging onder het mes').map(
    (phrase) => [phrase, words('met qua voor bij in')] as const,
  ),
  ...BREADTH40_NAMED_FIRST.map((phrase) => [phrase, words('met qua bij in van om namens als')] as const),
  // "een slecht hart voor de ambtenarij", "in blijde verwachting van de subsidie".
  ...BAD_PARTS.map((phrase) => [phrase, words('voor')] as const),
  ['in blijde verwachting', words('van')] as const,
  // "de uitslag van de scan van onze werkprocessen", "na de kuur van de afdeling", "last van de overgang naar
  // het nieuwe systeem", "van de kaart met het rooster", "piekert zich suf over de begroting", "ligt elke nacht
  // wakker van de verbouwing", "is flink afgevallen in de poule": what the words are about.
  ...CARE_SOUGHT.filter((phrase) => /^uitslag|kuur$|overgang$|suf$|wakker$|dood$/.test(phrase)).map(
    (phrase) => [phrase, words('van over om met door naar qua')] as const,
  ),
  ...BREADTH40_PERSON_FIRST.filter((phrase) => /kaart$|afgevallen$/.test(phrase)).map(
    (phrase) => [phrase, words('met over door van qua in bij uit op')] as const,
  ),
  // "kan de dag niet door de storing", "... niet door zonder haar planning te checken".
  ...BREADTH40_PERSON_FIRST.filter((phrase) => phrase.endsWith(' door')).map(
    (phrase) => [phrase, words('de het een zonder')] as const,
  ),
  // "met zijn rug" is a complaint, "... tegen de muur", "... naar de zaal" a pose.
  ...OWNED_PARTS.filter((phrase) => / met /.test(phrase)).map(
    (phrase) => [phrase, words('naar tegen op aan onder tussen achter vol')] as const,
  ),
];

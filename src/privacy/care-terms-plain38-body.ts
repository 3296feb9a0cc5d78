import { OWNERS } from './care-terms-plain-words.ts';
import { phrases, words } from './care-terms-plain38-mind.ts';

// det-plain38's phrases of the body, of using and of care sought (care-terms-plain38.ts has the gates,
// care-terms-plain38-mind.ts the mind's).

const SOBER_FOR = [
  ...['weken', 'maanden', 'jaren', 'een jaar', 'een half jaar', 'een maand', 'een week', 'een tijdje'],
  ...['twee', 'drie', 'vier', 'vijf', 'zes', 'acht', 'tien'].flatMap((n) => [
    `${n} weken`,
    `${n} maanden`,
    `${n} jaar`,
  ]),
];

// Vomiting, taste, eating; using and drinking in slang, sobriety.
export const EATING_USING: readonly string[] = [
  ...['kotst', 'kotste', 'braakt', 'braakte'].flatMap((verb) =>
    ['na het eten', 'na elke maaltijd', 'na bijna elke maaltijd', 'alles uit'].map(
      (when) => `${verb} ${when}`,
    ),
  ),
  ...['zit', 'zat', 'lag', 'ligt', 'stond'].flatMap((verb) => [`${verb} te kotsen`, `${verb} over te geven`]),
  ...phrases(`zitten overgeven | liggen overgeven | staan overgeven | moest overgeven | moet overgeven | heeft
    overgegeven | had overgegeven | proeft niks meer | proeft niets meer | eten niet meer proeft | smaak en reuk kwijt |
    reuk kwijt | eet zich suf | at zich suf | vreet zich vol | vreet zich klem | denkt dat ze dik is | denkt dat ze
    te dik is | kwam lam thuis | lam thuisgekomen | lam thuis gekomen | aan de fles hangt | aan de fles hing | hangt
    weer aan de fles | hing weer aan de fles | van het blowen af | van het gokken af | van het drinken af | plassen voor
    controle | plassen voor de controle | controle op drugs`),
  ...words('coke drank speed drugs pillen alcohol').map((what) => `stijf van de ${what}`),
  // Sober for a while: "drinkt al drie maanden niet meer", "gebruikt al een jaar niet meer".
  ...['drinkt', 'gebruikt', 'blowt', 'gokt'].flatMap((verb) =>
    SOBER_FOR.map((time) => `${verb} al ${time} niet meer`),
  ),
  ...words('drugs coke cocaine heroine wiet speed alcohol methadon crack ghb').map(
    (what) => `van de ${what} af`,
  ),
  ...['zit', 'zat', 'staat', 'stond', 'hangt', 'hing'].flatMap((verb) =>
    ['op de gokkasten', 'achter de gokkast', 'aan de gokkast', 'achter de fruitautomaat'].flatMap((where) => [
      `${verb} ${where}`,
      `${verb} weer ${where}`,
    ]),
  ),
  ...OWNERS.flatMap((own) => [
    `hulp voor ${own} drinken`,
    `hulp gezocht voor ${own} drinken`,
    `over ${own} gokken`,
    `met ${own} gokken`,
    `voor ${own} gokken`,
    `${own} blowen`,
  ]),
  // Not "zijn gokken" ("dat zijn gokken": guesses).
  ...['haar', "z'n", "d'r"].map((own) => `${own} gokken`),
];

// A wish to die, an attempt, in plain words.
export const WISH_TO_DIE: readonly string[] =
  phrases(`voor de trein springen | voor de trein te springen | voor
  de trein gesprongen | voor een trein springen | van de brug springen | van de brug te springen | van de flat
  springen | van het spoor gehaald | over dood gaan | over doodgaan | een handvol pillen | een strip pillen | al haar
  pillen ingenomen | al zijn pillen ingenomen`);

// The body told plainly.
export const BODY: readonly string[] = [
  ...phrases(`onwel geworden | onwel werd | werd onwel | loopt mank | liep mank | kan bijna niet meer lopen | kan
    slecht lopen | hart niet goed | hart is niet goed | nieren werken niet | nieren niet goed | nieuw hart | hoest
    bloed | steeds overgeven | loopt met een stok | liep met een stok | zich bezeerd | woont in een instelling | zit in
    een instelling | bloed ophoest | bloed opgehoest | barstende koppijn | barstende hoofdpijn | blauwe plekken | een blauw oog
    | een ontsteking aan | in de ziekenboeg | na een val | bij een val | een lelijke val | elke dag prikken`),
  ...['heeft', 'had'].flatMap((verb) =>
    words('veel nog_steeds_veel nog_veel erge zoveel zo_veel constant').map(
      (how) => `${verb} ${how.replaceAll('_', ' ')} pijn`,
    ),
  ),
  ...['nier', 'lever', 'long'].flatMap((organ) => [`nieuwe ${organ} gekregen`, `een nieuwe ${organ}`]),
  ...OWNERS.flatMap((own) => [
    `ontsteking aan ${own}`,
    ...['hart', 'longen', 'nieren', 'rug', 'lever', 'hoofd'].map((part) => `iets in ${own} ${part} gevonden`),
  ]),
];

// At the clause's end only (AT_END): "heeft suiker" (diabetes), "heeft het aan zijn hart" (not "aan zijn hart
// gedrukt", "aan haar rug te danken"), "kan niet meer lopen" (not "... lopen naar de bushalte").
export const BODY_AT_END: readonly string[] = [
  ...phrases(
    'heeft suiker | had suiker | suiker heeft | moet prikken | kan niet meer lopen | kon niet meer lopen | drinkt niet meer | dronk niet meer',
  ),
  ...OWNERS.flatMap((own) =>
    ['hart', 'longen', 'nieren', 'rug', 'lever', 'hoofd'].map((part) => `het aan ${own} ${part}`),
  ),
];

// Care sought in plain words: someone of the ggz, a talking group, a jab, pills against something, brought in.
export const SOUGHT: readonly string[] = [
  'iemand van de ggz over de vloer',
  ...['heeft', 'kreeg', 'krijgt'].flatMap((verb) =>
    ['begeleider', 'hulpverlener', 'behandelaar'].flatMap((who) =>
      ['van de ggz', 'vanuit de ggz', 'bij de ggz'].map((from) => `${verb} een ${who} ${from}`),
    ),
  ),
  ...OWNERS.flatMap((own) => [`met ${own} psych`, `bij ${own} psych`, `${own} prik`]),
  ...['zit', 'zat', 'gaat', 'ging'].flatMap((verb) =>
    ['in een', 'in de', 'bij de', 'bij die', 'naar de', 'naar een', 'naar die'].flatMap((at) =>
      words('praatgroep praatgroepje lotgenotengroep zelfhulpgroep').flatMap((group) => [
        `${verb} ${at} ${group}`,
        `${verb} weer ${at} ${group}`,
      ]),
    ),
  ),
  ...phrases(`naar de praatgroep gaat | elke week naar een praatgroep | een prik in
    haar bil | een prik in zijn bil | om te kunnen slapen`),
  ...['week', 'twee weken', 'drie weken', 'vier weken', 'maand'].map((when) => `elke ${when} een prik`),
  ...['pilletje', 'pilletjes', 'pillen', 'medicijnen'].map((what) => `${what} tegen de`),
  ...['pilletje', 'pilletjes', 'pillen', 'medicijnen', 'iets'].flatMap((what) => [
    `slikt ${what} tegen`,
    `neemt ${what} tegen`,
    `${what} slikt tegen`,
    `${what} neemt tegen`,
  ]),
  // "alles drie keer controleren", "steeds haar handen wast tot ...": compulsions (not "twee keer": four eyes).
  ...['drie', 'vier', 'vijf', 'tien', 'honderd', '3x', '5x', '10x'].flatMap((n) =>
    ['controleren', 'checken', 'tellen', 'wassen', 'controleert', 'checkt', 'telt'].map((act) =>
      n.endsWith('x') ? `alles ${n} ${act}` : `alles ${n} keer ${act}`,
    ),
  ),
  ...OWNERS.flatMap((own) => [
    `${own} handen wast tot`,
    `steeds ${own} handen wast`,
    `wast steeds ${own} handen`,
  ]),
  ...OWNERS.flatMap((own) =>
    words('psycholoog psychiater therapeut behandelaar psych').flatMap((who) =>
      ['de', 'die', 'een', own].map((article) => `${own} afspraak bij ${article} ${who}`),
    ),
  ),
  ...[
    'ggz',
    'psychiatrie',
    'crisisdienst',
    'crisisafdeling',
    'eerste hulp',
    'spoedeisende hulp',
    'seh',
  ].flatMap((place) => [
    `naar de ${place} gebracht`,
    `naar de ${place} is gebracht`,
    `naar de ${place} overgebracht`,
  ]),
  ...['een', 'de'].flatMap((article) =>
    words('weggehaald opgehaald meegenomen weggebracht afgevoerd').map(
      (how) => `met ${article} ambulance ${how}`,
    ),
  ),
];

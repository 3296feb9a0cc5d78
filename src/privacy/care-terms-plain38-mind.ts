import { BREADTH39_STATES } from './care-terms-breadth39.ts';
import { OWNERS } from './care-terms-plain-words.ts';
import { wordSet } from './word-sets.ts';

// det-plain38's phrases of the mind (care-terms-plain38.ts has the gates, care-terms-plain38-body.ts the body's,
// using and care sought): withdrawn, worn out, fear and breath, confusion and voices, crying.

/** Phrases written apart by "|", spaces in a phrase as typed (the formatter keeps such lists short). */
export const phrases = (text: string): string[] =>
  text
    .split('|')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter((p) => p !== '');
export const words = (list: string): string[] => [...wordSet(list)];
const HE_SHE = ['hij', 'ze', 'zij'];
const BED_PLACES = ['in bed', 'op bed', 'op de bank', ...OWNERS.map((own) => `op ${own} kamer`)];

// In bed or on the couch for days, nobody seen, the door not opened, not washing, not going out.
export const WITHDRAWN: readonly string[] = [
  ...['ligt', 'lag', 'zit', 'zat'].flatMap((verb) =>
    BED_PLACES.flatMap((place) =>
      ['al dagen', 'al weken', 'al een week', 'alleen maar', 'alleen nog maar', 'maar'].map(
        (how) => `${verb} ${how} ${place}`,
      ),
    ),
  ),
  ...BED_PLACES.flatMap((place) => [`alleen maar ${place} ligt`, `alleen nog maar ${place} ligt`]),
  ...phrases(`wil niemand zien | wil niemand meer zien | niemand wil zien | niemand meer wil zien | laat niemand
    binnen | liet niemand binnen | doet niet open | deed niet open | doet de deur niet open | deed de deur niet open
    | niet meer de oude | de oude niet meer | in zichzelf gekeerd | niet meer buiten komt | niet meer buiten kwam |
    niet buiten geweest | niet buiten is geweest | niet meer buiten geweest | nooit meer buiten | dwingen om op te
    staan | dwingen op te staan | ziet er verwaarloosd uit | zag er verwaarloosd uit | wast zich niet | wast zich
    niet meer | waste zich niet meer | doucht niet meer | zichzelf niet meer wassen | zich niet meer wassen | alles
    voelt zwaar | weer zo'n periode | heeft weer die buien | weer zo'n bui`),
  ...OWNERS.flatMap((own) => [
    `hoofd in ${own} handen`,
    `gedoe met ${own} hoofd`,
    `problemen met ${own} hoofd`,
  ]),
];

// Said with a verb that things share: only after a person as its subject (PERSON_FIRST).
export const STATE_OF_A_PERSON: readonly string[] = [
  ...['is', 'was'].flatMap((verb) =>
    words(`helemaal_kapot uitgeput erg_stil_geworden heel_stil_geworden onverzorgd erg_onverzorgd
      zo_onverzorgd`).map((state) => `${verb} ${state.replaceAll('_', ' ')}`),
  ),
  ...['zit', 'zat'].flatMap((verb) => [
    `${verb} in een dal`,
    `${verb} in een diep dal`,
    `${verb} er slecht bij`,
  ]),
  ...['is', 'was', 'raakte', 'raakt'].flatMap((verb) =>
    words(`onrustig heel_onrustig erg_onrustig erg_gespannen heel_gespannen overwerkt van_slag erg_van_slag
      helemaal_van_slag helemaal_geflipt geflipt`).map((state) => `${verb} ${state.replaceAll('_', ' ')}`),
  ),
  ...phrases(`wordt steeds stiller | werd steeds stiller | ziet er slecht uit | zag er slecht uit | ziet er beroerd
    uit | ziet er belabberd uit | ziet er onverzorgd uit | zag er onverzorgd uit`),
  ...['heel', 'erg', 'nogal', 'echt', 'zo'].flatMap((how) =>
    ['doet', 'deed'].flatMap((verb) => [`${verb} ${how} raar`, `${verb} ${how} vreemd`]),
  ),
  ...['vreemd', 'raar', 'anders', 'verward', 'erg vreemd', 'heel vreemd', 'erg raar'].flatMap((how) => [
    `gedraagt zich ${how}`,
    `gedroeg zich ${how}`,
  ]),
  ...['reageert', 'reageerde'].flatMap((verb) =>
    ['heel vreemd', 'erg vreemd', 'heel raar', 'erg raar', 'verward'].map((how) => `${verb} ${how}`),
  ),
  ...['heeft', 'kreeg', 'krijgt'].flatMap((verb) =>
    words('behandelaar psycholoog psychiater therapeut ggz-behandelaar psych').map(
      (who) => `${verb} een nieuwe ${who}`,
    ),
  ),
  ...BREADTH39_STATES,
];

// Worn out: "is helemaal op" (not "op de hoogte", "op na de drukke week"): at the clause's end (AT_END).
// det-care38b: "ben" too, as a named person says it in a quote ("zegt: 'ik ben gewoon op'"), and "gewoon".
export const USED_UP: readonly string[] = ['is', 'was', 'ben'].flatMap((verb) => [
  `${verb} helemaal op`,
  `${verb} echt helemaal op`,
  `${verb} totaal op`,
  `${verb} gewoon op`,
]);

// Fear, nerves, trembling, breath; suspicion in plain words.
export const FEAR: readonly string[] = [
  ...['me', 'mij', 'ons'].map((whom) => `${whom} huilend`),
  ...['zit', 'zat', 'stond', 'staat', 'lag', 'ligt'].flatMap((verb) => [
    `${verb} te trillen`,
    `${verb} te beven`,
  ]),
  ...phrases(`begon te trillen | begint te trillen | gaat ervan trillen | trillen en te zweten | trillen en zweten |
    trilt en zweet | zweet en trilt | blozen en zweten | trilde helemaal | trilt helemaal | schrikt wakker | schrok
    wakker | wakker schrikt | wakker schrok | bang wakker | zwetend wakker | naar adem happen | gaat hijgen | gaan
    hijgen | niet tussen mensen | niet meer tussen mensen | ziet overal gevaar | zag overal gevaar | overal gevaar
    ziet | voelt zich achtervolgd | voelde zich achtervolgd | zich achtervolgd voelt | voelt zich gevolgd | de wereld
    te redden | de wereld moest redden | de wereld moet redden`),
  ...['durft', 'durfde'].flatMap((verb) =>
    words('eten slapen rijden reizen fietsen douchen werken').flatMap((act) => [
      `${verb} niet meer te ${act}`,
      `${verb} niet te ${act}`,
    ]),
  ),
  ...['hem', 'haar'].flatMap((whom) => [
    `muren op ${whom} afkomen`,
    ...['radio', 'tv', 'televisie'].flatMap((set) => [
      `${set} berichten voor ${whom}`,
      `${set} tegen ${whom} praat`,
    ]),
  ]),
  ...['huis', 'de kast', 'de kamer', 'zijn huis', 'haar huis'].map(
    (where) => `gevoel dat er iemand in ${where}`,
  ),
  ...OWNERS.flatMap((own) => [
    `${own} handen trillen`,
    `${own} handen trilden`,
    `zwaar gevoel in ${own} borst`,
    `druk op ${own} borst`,
    `pijn op ${own} borst`,
  ]),
  'trillende handen',
  'pijn op de borst',
];

// Confused, lost, memory gone; voices in plain words.
export const CONFUSED: readonly string[] = [
  ...HE_SHE.map((who) => `niet meer waarom ${who} hier`),
  ...phrases(`praat onsamenhangend | praatte onsamenhangend | onsamenhangend praten | slaat wartaal uit | sloeg
    wartaal uit | praat wartaal | praatte wartaal | spreekt wartaal | sprak wartaal | zo ver heen | erg ver heen | al
    ver heen | vergeet steeds alles | raakt steeds dingen kwijt | geluiden die anderen niet horen | stemmen die
    anderen niet horen | dingen die anderen niet zien | ziet het steeds weer voor zich | ziet het steeds voor zich |
    ziet het weer voor zich | het steeds weer voor zich ziet | praatte over complotten | praat over complotten | te
    zwalken`),
  ...['helemaal', 'totaal', 'compleet', 'echt'].map((how) => `${how} van de wereld`),
  ...['herkent', 'herkende'].flatMap((verb) => [
    `${verb} niemand meer`,
    `${verb} mensen niet meer`,
    ...OWNERS.flatMap((own) =>
      words('moeder vader vrouw man kinderen dochter zoon partner broer zus').flatMap((relative) => [
        `${verb} ${own} eigen ${relative}`,
        `${verb} ${own} ${relative} niet`,
      ]),
    ),
  ]),
  ...['weet', 'wist'].flatMap((verb) => [`${verb} daarna niks meer`, `${verb} achteraf niks meer`]),
  ...['zit', 'zat', 'ligt', 'lag'].flatMap((verb) => [
    `${verb} te malen`,
    `${verb} hele dagen te malen`,
    `${verb} te wiegen`,
  ]),
  'op de bank te wiegen',
  'niet meer aanspreekbaar',
  ...phrases(`is zichzelf niet | was zichzelf niet | is niet zichzelf | was niet zichzelf | nergens meer zin in | nergens
    zin meer in | ziet alles zwart | ziet het allemaal zwart | ziet tegen alles op | durft niet alleen te zijn | durft
    niet meer alleen te zijn | mensen die er niet zijn | zorgt slecht voor zichzelf | zorgt niet goed voor zichzelf |
    zorgt niet meer voor zichzelf | ligt te woelen | lag te woelen | is 's nachts wakker | 's nachts wakker is | huilt
    snel | ontploft om niks | ontploft om het minste | flipt helemaal | flipte helemaal | slaat met deuren | smijt met
    deuren | kan zich niet concentreren | kan zich niet meer concentreren | kon zich niet concentreren | weer de oude
    niet | nog niet de oude`),
  ...['helemaal', 'erg', 'totaal'].map((how) => `${how} van de kaart`),
  ...['slaapt', 'sliep'].flatMap((verb) =>
    ['maar', 'nog maar', 'amper', 'hooguit'].flatMap((how) =>
      ['twee', 'drie', 'vier', 'een paar'].map((n) => `${verb} ${how} ${n} uur`),
    ),
  ),
  ...['hoort', 'hoorde', 'horen'].flatMap((verb) => [
    ...OWNERS.flatMap((own) =>
      words('overleden opa oma moeder vader broer zus ex').map(
        (whose) => `${verb} de stem van ${own} ${whose}`,
      ),
    ),
    `${verb} soms de stem van`,
    `${verb} gefluister`,
    `${verb} een soort gefluister`,
    `${verb} zijn overleden`,
    `${verb} haar overleden`,
  ]),
];

// At the clause's end only (AT_END): "weet daarna niks meer?", "wist niet meer waar hij was,".
export const CONFUSED_AT_END: readonly string[] = [
  ...words('niks niets').flatMap((what) => [
    `${what} meer weet`,
    `${what} meer wist`,
    `weet ${what} meer`,
    `wist ${what} meer`,
  ]),
  ...HE_SHE.flatMap((who) => [
    `niet meer waar ${who} was`,
    `niet meer waar ${who} is`,
    `niet waar ${who} was`,
  ]),
];

// Crying and hurting oneself.
export const CRYING: readonly string[] = [
  ...['zit', 'zat', 'lag', 'ligt'].flatMap((verb) => [`${verb} de hele dag te janken`, `${verb} te snikken`]),
  ...phrases(`zit te janken | zat te janken | jankt de hele dag | jankt om alles | jankt om niks | moest janken | begon
    te janken | moet huilen | moet ze huilen | moet hij huilen | ineens huilen | ineens te huilen | moet ineens huilen
    | huilt op het werk | huilt op haar werk | huilt op zijn werk | huilt elke dag | huilt de hele | huilend de deur
    uit | huilend weggelopen | huilend binnen | slaat zichzelf | sloeg zichzelf | zichzelf pijn doet | zichzelf pijn
    gedaan`),
  ...OWNERS.flatMap((own) => [
    `slaat met ${own} hoofd tegen`,
    `sloeg met ${own} hoofd tegen`,
    `bonkt met ${own} hoofd`,
    `${own} hoofd tegen de muur slaat`,
    `${own} hoofd tegen de muur geslagen`,
  ]),
];

import { BODY_USE_PHRASES, USING_PHRASES } from './care-terms-functioning-body.ts';
import { OWNERS } from './care-terms-plain-words.ts';
import { PLAIN38_AT_END, PLAIN38_PHRASES } from './care-terms-plain38.ts';
import { WITHDRAWN_PHRASES } from './care-terms-withdrawing.ts';

/**
 * det-plain37: a person's health said in plain words of how they function, which the lists lacked (held-out
 * 40-56: most name_health lines with no word the lexicon knew). Families written from knowledge of how people
 * type it, each probed with a named person in several word orders and beside clean twins (the writer's own
 * state, an unnamed client, a named professional at work, the same words of a meeting, a system or a task):
 * sleeping and lying in bed all day, fear and panic, suspicion, crying, not coping, withdrawing, a wish to
 * die, nerves, forgetfulness, using in slang, a fit or an operation. Spread into the fixed phrases
 * (care-terms-families.ts), folded and split into words; eating is a rule (care-term-functioning.ts).
 *
 * A phrase in CLAUSE_END counts only where its clause ends after it ("kan het niet meer aan," and not "kan het
 * niet meer aan met al die mails" of a workload); one in NOT_ABOUT_A_THING only when no preposition after it
 * names a thing it is about ("ligt wakker van de deadline", "zit in paniek over de begroting", "weer een aanval
 * op de server", "trekt zich terug uit de werkgroep"). Both are read by care-phrase-match.ts.
 * Left out as said of things as often: "gaat onderuit", "valt uit", "is uitgevallen", "ontspoort", "ligt
 * plat", "reageert niet meer", "is bang om", "onder het mes" (a budget), "korte lijntjes".
 */
const HE_SHE = ['hij', 'ze', 'zij'];

// Sleeping all day, lying in bed, lying awake, no sleep at all.
const SLEEP: readonly string[] = [
  ...['slaapt', 'sliep', 'ligt', 'lag'].flatMap((verb) => [
    `${verb} de hele dag in bed`,
    `${verb} de hele dag op bed`,
    `${verb} overdag in bed`,
  ]),
  'slaapt de hele dag',
  'sliep de hele dag',
  'slaapt overdag en',
  ...['ligt', 'lag'].flatMap((verb) => [
    `${verb} wakker`,
    `${verb} 's nachts wakker`,
    `${verb} nachten wakker`,
    `${verb} te piekeren`,
  ]),
  "'s nachts wakker ligt",
  "'s nachts wakker lag",
  'doet geen oog dicht',
  'deed geen oog dicht',
  'doet geen oog meer dicht',
  'geen oog meer dicht',
  'nachten geen oog dicht',
  'zit te piekeren',
  'piekert de hele dag',
];

// Fear and panic, nerves.
const FEAR: readonly string[] = [
  ...['zit', 'zat', 'raakt', 'raakte', 'schiet', 'schoot'].map((verb) => `${verb} in paniek`),
  'in paniek raakt',
  'in paniek raakte',
  'slaat de paniek toe',
  'sloeg de paniek toe',
  'slaat de paniek weer toe',
  'sloeg de paniek weer toe',
  'de paniek slaat toe',
  'paniek slaat weer toe',
  'is doodsbang',
  'was doodsbang',
  'bang om weer in te storten',
  'bang om in te storten',
  'bang om weer in te zakken',
  'bang om naar buiten',
  'angst om naar buiten',
  'angst om de deur uit',
  ...['durft', 'durfde'].flatMap((verb) => [
    `${verb} niet meer met de bus`,
    `${verb} niet meer naar de bus`,
    `${verb} niet meer met de trein`,
    `${verb} niet meer in de trein`,
    `${verb} niet meer naar de winkel`,
    `${verb} niet meer de straat op`,
    `${verb} de straat niet op`,
    `${verb} de straat niet meer op`,
    `${verb} het huis niet uit`,
    `${verb} het huis niet meer uit`,
    `${verb} niet alleen naar buiten`,
    `${verb} niet naar buiten`,
    `${verb} niet meer onder de mensen`,
  ]),
  ...OWNERS.flatMap((own) => [
    `last van ${own} zenuwen`,
    `${own} zenuwen gaat`,
    `${own} zenuwen zijn op`,
    `${own} zenuwen gingen`,
  ]),
  'op van de zenuwen',
  'trilt de hele dag',
  'trilt de hele tijd',
];

// Suspicion: overheard, spied on, poisoned, plotted against.
const SUSPICION: readonly string[] = [
  ...['hem', 'haar'].flatMap((who) => [
    `${who} afluisteren`,
    `${who} afluisterden`,
    `${who} bespioneren`,
    `${who} bespioneert`,
    `${who} vergiftigen`,
    `${who} willen vergiftigen`,
    `tegen ${who} samenspannen`,
    `iedereen tegen ${who} is`,
    `iedereen tegen ${who}`,
  ]),
  ...HE_SHE.flatMap((who) => [
    `dat ${who} bespioneerd wordt`,
    `dat ${who} wordt bespioneerd`,
    `dat ${who} vergiftigd wordt`,
    `dat ${who} wordt vergiftigd`,
  ]),
  'zich afgeluisterd',
  'zich bespioneerd',
  'voelt zich bekeken',
  'voelde zich bekeken',
  'zich bekeken voelt',
  'ziet overal complotten',
  'zag overal complotten',
  'overal complotten',
  'is achterdochtig',
  'erg achterdochtig',
  'heel achterdochtig',
  'achterdochtig geworden',
  'steeds achterdochtiger',
  'dingen die er niet zijn',
];

// The mind said of one's head or skin.
const HEAD: readonly string[] = OWNERS.flatMap((own) =>
  [
    'niet helemaal lekker',
    'niet zo lekker',
    'niet echt lekker',
    'niet goed',
    'niet helder',
    'niet helemaal goed',
  ].flatMap((state) => [`${state} in ${own} hoofd`, `${state} in ${own} vel`]),
);

// Crying.
const CRYING: readonly string[] = [
  'belt huilend',
  'belde huilend',
  'huilend aan de telefoon',
  'huilend op',
  'kwam huilend',
  ...['zit', 'zat', 'lag', 'ligt', 'stond'].map((verb) => `${verb} te huilen`),
  'zit huilend',
  'zat huilend',
  'huilt veel',
  'huilt steeds',
  'huilt vaak',
  'huilt om niks',
  'huilt om niets',
  'huilde de hele',
  'in tranen',
  'barstte in huilen uit',
  'barst in huilen uit',
  'moest huilen',
  'begon te huilen',
  'begint te huilen',
];

// Not coping any more (the clause ending after it).
const NOT_COPING_AT_END: readonly string[] = [
  ...['kan', 'kon'].flatMap((verb) => [
    `${verb} het niet meer aan`,
    `${verb} het allemaal niet meer aan`,
    `${verb} het echt niet meer aan`,
  ]),
  // det-care38b: "trek" too, as a named person says it in a quote ("Sanne zei: 'ik trek het niet meer'").
  ...['trekt', 'trok', 'trek'].flatMap((verb) => [`${verb} het niet meer`, `${verb} het allemaal niet meer`]),
  ...['houdt', 'hield', 'hou'].flatMap((verb) => [
    `${verb} het niet meer vol`,
    `${verb} het echt niet meer vol`,
    `${verb} het allemaal niet meer vol`,
  ]),
  'het niet meer aankan',
  'het niet meer aan kan',
  'het niet meer trekt',
  'het niet meer volhoudt',
  'het niet meer vol houdt',
  ...HE_SHE.map((who) => `dat ${who} niet meer kan`),
  'ik kan het niet meer',
  'alles is te veel',
  'alles is teveel',
  'alles wordt te veel',
  'alles wordt teveel',
  'het wordt hem te veel',
  'het wordt haar te veel',
  'wordt hem allemaal te veel',
  'wordt haar allemaal te veel',
  'het hem allemaal te veel',
  'het haar allemaal te veel',
  'komt nergens meer',
  'kwam nergens meer',
  'voelt niks meer',
  'voelt niets meer',
  'niks meer voelt',
  'niets meer voelt',
  'wil dood',
  'wilde dood',
  'dood wil',
  'dood wilde',
  'na de poging',
  'een poging gedaan',
  'een poging heeft gedaan',
];

/** The phrases, spread into the lexicon's fixed phrases (care-terms-families.ts). */
export const FUNCTIONING_PHRASES: readonly string[] = [
  ...SLEEP,
  ...FEAR,
  ...SUSPICION,
  ...HEAD,
  ...CRYING,
  ...NOT_COPING_AT_END,
  ...WITHDRAWN_PHRASES,
  ...USING_PHRASES,
  ...BODY_USE_PHRASES,
  ...PLAIN38_PHRASES,
];

/** Phrases that count only where their clause ends after them. */
export const CLAUSE_END_PHRASES: ReadonlySet<string> = new Set([
  ...NOT_COPING_AT_END,
  'slaapt overdag en',
  'houdt niks binnen',
  'houdt niets binnen',
  'wordt vergeetachtig',
  'vergeetachtig wordt',
  'thuis met stress',
  ...PLAIN38_AT_END,
]);

// The last words of the phrases that are none before a preposition naming a thing they are about.
const ABOUT_A_THING_ENDS = new Set(
  'wakker paniek doodsbang achterdochtig achterdochtiger terug aanval toeval episode tranen huilen lijntje drinken uitweg bank terugslag dagbesteding'.split(
    ' ',
  ),
);

/** Phrases that count only when no preposition after them names a thing they are about. */
export const NOT_ABOUT_A_THING_PHRASES: ReadonlySet<string> = new Set(
  FUNCTIONING_PHRASES.filter((phrase) => ABOUT_A_THING_ENDS.has(phrase.split(' ').at(-1)!)),
);

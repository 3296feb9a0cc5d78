import { BODY_PARTS } from './care-terms-plain-words.ts';
import { wordSet } from './word-sets.ts';

const wordSetWords = (words: string) => [...wordSet(words)];

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
const OWNERS = ['zijn', 'haar', "z'n", "d'r"];
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
  ...['trekt', 'trok'].flatMap((verb) => [`${verb} het niet meer`, `${verb} het allemaal niet meer`]),
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

// Withdrawing, staring, a wish to die, a named attempt.
const WITHDRAWN: readonly string[] = [
  'zit er doorheen',
  'zat er doorheen',
  'er doorheen zit',
  'zit er echt doorheen',
  'zit er flink doorheen',
  'op de bank te staren',
  'zit te staren',
  'zat te staren',
  'voor zich uit te staren',
  'staart voor zich uit',
  'staarde voor zich uit',
  ...['zit', 'zat', 'ligt', 'lag'].flatMap((verb) => [
    `${verb} de hele dag op de bank`,
    `${verb} al dagen op de bank`,
    `${verb} al weken op de bank`,
    `${verb} thuis op de bank`,
  ]),
  'komt niet meer buiten',
  'kwam niet meer buiten',
  'komt nooit meer buiten',
  'trekt zich terug',
  'trekt zich steeds meer terug',
  'trok zich terug',
  'sluit zich op',
  'sloot zich op',
  'zich opgesloten',
  'zichzelf opgesloten',
  ...OWNERS.flatMap((own) => [
    `komt ${own} kamer niet uit`,
    `kwam ${own} kamer niet uit`,
    `zit opgesloten in ${own} kamer`,
    `na ${own} poging`,
  ]),
  'voelt zich leeg',
  'voelt zich zo leeg',
  'zich leeg voelt',
  'voelt zich waardeloos',
  'zich waardeloos voelt',
  'voelt zich nutteloos',
  'voelt zich niks waard',
  'voelt zich niets waard',
  'er niet meer willen zijn',
  'er niet meer wil zijn',
  'er niet meer wilde zijn',
  'wil er niet meer zijn',
  'wilde er niet meer zijn',
  'niet meer wil leven',
  'niet meer wilde leven',
  'wil niet meer leven',
  'wilde niet meer leven',
  'ziet geen uitweg meer',
  'zag geen uitweg meer',
  'geen uitweg meer ziet',
  'wordt vergeetachtig',
  'vergeetachtig wordt',
  'werd vergeetachtig',
  'vergeetachtig geworden',
  'steeds vergeetachtiger',
  'de weg naar huis niet meer',
  'weigert te eten',
  'weigerde te eten',
  'weigert eten',
  'vergeet te eten',
  'houdt niks binnen',
  'houdt niets binnen',
  'hield niks binnen',
  'houdt geen eten binnen',
  'thuis met stress',
  ...['heel', 'erg', 'zo', 'nogal', 'behoorlijk', 'zich'].map((how) => `${how} down`),
  'schrikt van elk geluid',
  'schrikt van ieder geluid',
  'schrok van elk geluid',
  'tot bloedens toe',
  'een terugslag gehad',
  'weer een terugslag',
  'praat over de dood',
  'praatte over de dood',
  'over de dood praat',
  'het over de dood',
];

// Using in slang, drinking at work, a relapse said as "it goes wrong again with".
const USING: readonly string[] = [
  'een lijntje gebruikt',
  'een lijntje snuift',
  'een lijntje snuiven',
  'af en toe een lijntje',
  'lijntje coke',
  'lijntjes coke',
  'lijntje cocaine',
  'is gaan drinken',
  'was gaan drinken',
  ...['drinkt', 'dronk', 'drinken', 'gebruikt', 'blowt', 'blowen'].flatMap((verb) => [
    `${verb} onder werktijd`,
    `onder werktijd ${verb}`,
    `onder werktijd te ${verb}`,
  ]),
  ...['ruikt', 'rook', 'stinkt', 'stonk'].flatMap((verb) => [
    `${verb} naar alcohol`,
    `${verb} naar wiet`,
    `${verb} naar hasj`,
  ]),
  'aan de pillen',
  'weer veel drinkt',
  'te veel drinkt',
  'teveel drinkt',
  'stevig drinkt',
  'flink drinkt',
  ...wordSetWords('lazarus ladderzat stomdronken straalbezopen apezat bezopen beschonken vergokt vergokte'),
  'in de gokschulden',
  'gokt zijn loon',
  'gokt haar loon',
  'aan de slaappillen',
  ...['het gebruik', 'de drank', 'het drinken', 'het blowen', 'het eten', 'het eetgedrag'].flatMap((what) => [
    `mis met ${what}`,
  ]),
  ...[...OWNERS, 'mijn'].flatMap((own) => [
    `mis met ${own} gebruik`,
    `mis met ${own} eetgedrag`,
    `${own} eetgedrag`,
    `${own} eetpatroon`,
  ]),
];

// A fit, an episode, an operation, a drip, a bone broken, a body part at the doctor's.
const BODY: readonly string[] = [
  ...['toeval', 'aanval', 'episode'].flatMap((fit) => [
    `een ${fit} gehad`,
    `een ${fit} had`,
    `een ${fit} kreeg`,
    `een ${fit} krijgt`,
    `weer een ${fit}`,
    `heeft een ${fit}`,
    `had een ${fit}`,
  ]),
  'na een aanval',
  'na een toeval',
  ...[...OWNERS, 'je', 'jouw'].flatMap((own) => [`${own} operatie`, `${own} infuus`]),
  'na de operatie',
  'in het gips',
  ...OWNERS.flatMap((own) =>
    [...BODY_PARTS].flatMap((part) => [
      `${own} ${part} gebroken`,
      `${own} ${part} gekneusd`,
      `${own} ${part} verstuikt`,
    ]),
  ),
  ...[...OWNERS, 'mijn'].flatMap((own) =>
    ['in het ziekenhuis voor', 'naar de dokter voor', 'naar de huisarts voor', 'bij de dokter voor'].flatMap(
      (visit) =>
        ['nieren', 'hart', 'longen', 'rug', 'knie', 'heup', 'maag', 'darmen', 'ogen'].map(
          (part) => `${visit} ${own} ${part}`,
        ),
    ),
  ),
  ...['her', 'his', 'back', 'knee', 'hip', 'heart', 'shoulder'].map((whose) => `${whose} surgery`),
  'after surgery',
  ...['hulp van de', 'krijgt', 'de'].flatMap((how) => [
    `${how} wijkverpleging komt`,
    `${how} thuiszorg komt`,
  ]),
  'hulp van de wijkverpleging',
  'hulp van de thuiszorg',
  'krijgt wijkverpleging',
  'krijgt thuiszorg',
  ...['gaat', 'ging', 'per week', 'nu', 'weer'].map((how) => `${how} naar de dagbesteding`),
  'naar de dagbesteding gaat',
  ...['doorgestuurd', 'gestuurd'].flatMap((verb) =>
    [
      'de psychiater',
      'de psycholoog',
      'de ggz',
      'een psycholoog',
      'een psychiater',
      'de neuroloog',
      'de cardioloog',
      'de crisisdienst',
    ].map((to) => `${verb} naar ${to}`),
  ),
  'in hospital for',
];

/** The phrases, spread into the lexicon's fixed phrases (care-terms-families.ts). */
export const FUNCTIONING_PHRASES: readonly string[] = [
  ...SLEEP,
  ...FEAR,
  ...SUSPICION,
  ...HEAD,
  ...CRYING,
  ...NOT_COPING_AT_END,
  ...WITHDRAWN,
  ...USING,
  ...BODY,
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

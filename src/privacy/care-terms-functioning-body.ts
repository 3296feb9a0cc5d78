import { BODY_PARTS, OWNERS } from './care-terms-plain-words.ts';
import { wordSet } from './word-sets.ts';

// det-plain37's phrases of using and of the body (care-terms-functioning.ts has the mind's: sleep, fear,
// suspicion, crying, not coping, withdrawing), spread with them into the fixed phrases.

const wordSetWords = (words: string) => [...wordSet(words)];

// Using in slang, drinking at work, a relapse said as "it goes wrong again with".
export const USING_PHRASES: readonly string[] = [
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
export const BODY_USE_PHRASES: readonly string[] = [
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

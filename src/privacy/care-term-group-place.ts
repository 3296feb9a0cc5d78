import { ARTICLES, HE_SHE_TYPED } from './function-words.ts';
import { wordSet } from './word-sets.ts';

// Held-out 37: "ze zit in mn IPS groep, heeft net een burn-out gehad": a person's place in a group (after
// "in", a possessive or article and perhaps a capitalised name between) makes no group talk of the care term.
const GROUP_PLACE_FILLERS = wordSet("de het een mijn mn m'n onze ons haar zijn z'n d'r hun");
const GROUP_PLACE_REACH = 3;

/** The word "groep" at j is where someone is ("in mn IPS groep"), not a group the care term is said of. */
export function isPlaceInGroup(
  tokens: readonly { key: string; capitalised?: boolean }[],
  j: number,
): boolean {
  if (tokens[j]!.key !== 'groep') return false;
  for (let i = j - 1; i >= 0 && i >= j - GROUP_PLACE_REACH; i--) {
    const token = tokens[i]!;
    if (token.key === 'in') return i < j - 1;
    if (!GROUP_PLACE_FILLERS.has(token.key) && token.capitalised !== true) return false;
  }
  return false;
}

// det-nh (batch 63): "hoeveel deelnemers in Bussum hebben dit jaar een opname gehad?": a group counted is
// said of the care term however far before it in the clause (not only the owner walk's five words).
const COUNTING = wordSet('hoeveel welke');

// det-owner71 (batch 71): a group counted by a number ("14 mensen wachten op een intake bij de GGZ", "twee
// mensen met een bipolaire stoornis en een met een eetstoornis", "bij 7 op de 10 mensen") or told of in a
// relative clause ("cliënten die tijdens het traject worden opgenomen") is said of the care term across its
// clause, as "hoeveel deelnemers" is. Not "Jan en twee anderen": the walk meets the name first.
const NUMBER_WORDS = wordSet(
  'twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig honderd enkele meerdere',
);
const RELATIVES = wordSet('die wie');

function isCountedOrTold(tokens: readonly { key: string; type?: string }[], j: number): boolean {
  const before = tokens[j - 1];
  if (before !== undefined && (before.type === 'number' || NUMBER_WORDS.has(before.key))) return true;
  return RELATIVES.has(tokens[j + 1]?.key ?? '');
}

/** The group or topic word at j is near enough the care term at `first`, or counted in its clause ("hoeveel deelnemers"). */
export function isGroupReach(
  tokens: readonly { key: string; type?: string }[],
  j: number,
  first: number,
  window: number,
): boolean {
  if (isInOtherClause(tokens, j, first)) return false;
  if (first - j <= window) return true;
  if (!COUNTING.has(tokens[j - 1]?.key ?? '') && !isCountedOrTold(tokens, j)) return false;
  for (let i = j + 1; i < first; i++) if (tokens[i]!.type === 'punct') return false;
  return true;
}

// det-owner71: "Volgens Tessa werkt EMDR bij 7 op de 10 mensen met PTSS": a treatment said of a counted group
// right after it ("bij"/"voor", then a number and its group within four words) is the group's, not Tessa's.
// "Tessa krijgt EMDR, net als 7 op de 10 mensen" is hers (a comma ends the reach).
const FOR_GROUP = wordSet('bij voor');
const COUNTED_REACH = 5;

/** A counted group ("bij 7 op de 10 mensen") follows the care term ending at `last` in its clause. */
export function isForCountedGroup(
  tokens: readonly { key: string; type?: string }[],
  last: number,
  to: number,
  isGroup: (key: string) => boolean,
): boolean {
  if (!FOR_GROUP.has(tokens[last + 1]?.key ?? '')) return false;
  for (let j = last + 2; j < to && j <= last + 1 + COUNTED_REACH; j++) {
    const token = tokens[j]!;
    if (token.type === 'punct') return false;
    if (isGroup(token.key)) return isCountedOrTold(tokens, j) && tokens[j + 1]?.key !== 'die';
  }
  return false;
}

// det-owner71: "begeleidt nu 14 deelnemers, waarvan 5 met een psychose", "twee mensen met ... en een met een
// eetstoornis": a number before "met" (an article perhaps between it and the term) stands for people counted,
// nobody named. Not "een van de 5 met een psychose" (an article before the number: one of them, perhaps named).
const COUNTED_WITH_FILLERS = ARTICLES;

/** The care term at `first` follows a number and "met": "5 met een psychose", "een met een eetstoornis". */
export function isCountedWith(tokens: readonly { key: string; type?: string }[], first: number): boolean {
  const withAt = COUNTED_WITH_FILLERS.has(tokens[first - 1]?.key ?? '') ? first - 2 : first - 1;
  if (tokens[withAt]?.key !== 'met') return false;
  const count = tokens[withAt - 1];
  if (count === undefined || !(count.type === 'number' || NUMBER_WORDS.has(count.key) || count.key === 'een'))
    return false;
  return !COUNTED_WITH_FILLERS.has(tokens[withAt - 2]?.key ?? '');
}

// Batch 72 (det-72): "Ricky van de Vlaardingse groep is weer gaan drinken", "Ricky uit de groep van dinsdag":
// the group tells the person apart (as "Trees van de groenploeg" does, person-unknown-opener.ts); the person
// right before "van"/"uit" owns the care term, not the group.
const MEMBER_OF = wordSet('van uit');
const MEMBER_ARTICLES = wordSet('de het');
const MEMBER_REACH = 2;

/** The group word at j is the group of the person ending right before "van/uit de (one or two words)". */
export function isMembersGroup(
  tokens: readonly { key: string }[],
  j: number,
  isPersonEnd: (i: number) => boolean,
): boolean {
  let i = j - 1;
  while (i > j - 1 - MEMBER_REACH && i >= 0 && !MEMBER_ARTICLES.has(tokens[i]!.key)) i--;
  if (!MEMBER_ARTICLES.has(tokens[i]?.key ?? '') || !MEMBER_OF.has(tokens[i - 1]?.key ?? '')) return false;
  // "Ricky van de Vlaardingse" may be read as one name with particles: its end right before the group word.
  return isPersonEnd(i - 2) || (i < j - 1 && isPersonEnd(j - 1));
}

// det-plain38: "Sanne kon niet naar de training, ze ligt al dagen in bed": a topic word in a clause before the
// care term's own, which opens with a subject pronoun after a comma or a joining word, is a thing missed or
// attended, not what the care term is said of ("een training over autisme" stays a topic).
const OWN_CLAUSE_SUBJECTS = HE_SHE_TYPED;
const CLAUSE_OPENERS = wordSet(', want omdat maar dus en');

/** Between the topic word at j and the care term at `first`, a new clause with its own subject pronoun. */
function isInOtherClause(tokens: readonly { key: string }[], j: number, first: number): boolean {
  for (let i = j + 1; i < first - 1; i++)
    if (CLAUSE_OPENERS.has(tokens[i]!.key) && OWN_CLAUSE_SUBJECTS.has(tokens[i + 1]!.key)) return true;
  return false;
}

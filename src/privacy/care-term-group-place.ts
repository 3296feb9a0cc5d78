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

/** The group or topic word at j is near enough the care term at `first`, or counted in its clause ("hoeveel deelnemers"). */
export function isGroupReach(
  tokens: readonly { key: string; type?: string }[],
  j: number,
  first: number,
  window: number,
): boolean {
  if (first - j <= window) return true;
  if (!COUNTING.has(tokens[j - 1]?.key ?? '')) return false;
  for (let i = j + 1; i < first; i++) if (tokens[i]!.type === 'punct') return false;
  return true;
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

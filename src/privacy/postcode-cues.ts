import { ADDRESS_CUES } from './address-words.ts';
import { CLIENT_ROLES, FORMS_OF_ADDRESS } from './client-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { isVenueToken } from './organisation-words.ts';
import { TITLES } from './person-name-words.ts';
import { REFERENCE_WORDS } from './postcode-words.ts';
import { isCapitalised, isGlued, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Words before a postcode-shaped pair that announce one: "postcode" (also misspelt, "p.c.", "zip code"),
 * an address cue ("woont in", "verhuisd naar", "adres:"), a resident word or a letter sent there. Every
 * look is bounded by a window of a few tokens.
 */

// Chat words for where someone lives that ADDRESS_CUES lacks: "wnt in 1092 cm", "woonplaats: heerlen".
// "BRP" (the municipal register): "volgens de BRP 3067 gh", "in de BRP staat hij op 2511 cm".
const CHAT_ADDRESS_CUES = wordSet('wnt woonplaats brp');
// Words that say someone lives at the address, for the weakest readings ("woont op de 4e etage, 1103 mb").
export const RESIDENT_CUES = wordSet(
  'woont woonde wonen woonachtig wonend wonende wnt verhuisd verhuist ingeschreven brp',
);
// Misspellings one edit from "postcode" that are other words.
const NOT_POSTCODE_TYPOS = wordSet('postbode');
const POSTCODE = 'postcode';
// "zip code", "postal code": English for a postcode.
const CODE_PREFIXES = wordSet('zip postal');
// How far back an address cue is read for letters that are no word ("dhr woont sinds kort in 5038 ct"),
// and "postcode" or "pc" for any letters ("nieuwe postcode van de deelnemer is volgens mij 7523 ln").
// Address cues before short words keep the nearer window of hasPostcodeCue ("woonde tot 2024 in").
export const CUE_WINDOW = 6;
const POSTCODE_WORD_WINDOW = 8;
const RESIDENT_WINDOW = 8;
// Words for the client whose postcode follows in brackets: "klant (3822 gv)".
export const CLIENT_WORDS =
  wordSet(`client cliente klant kandidaat deelnemer werkzoekende mw mevr mevrouw dhr meneer
  hij zij`);
// Words near a letter sent to an address: "brief retour van 6221 ke maastricht".
const MAIL_CUES = wordSet(`post brief brieven retour stuur sturen stuurt verstuurd gestuurd uitnodiging
  adressen adreswijziging woonplek woonplaats kamer ingeschreven`);
const MAIL_CUE_WINDOW = 6;

/**
 * Words around a letter that is sent somewhere ("brief retour van 6221 ke", "post kan naar 3811 en
 * amersfoort"): within MAIL_CUE_WINDOW tokens before the digits.
 */
export function hasMailCue(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - MAIL_CUE_WINDOW; j--) {
    const key = tokens[j]!.key;
    if (MAIL_CUES.has(key) || ADDRESS_CUES.has(key)) return true;
  }
  return false;
}

/**
 * "postcode", "pc" (any distance up to three words) and, with `addressCues`, a word that announces
 * where someone lives ("woont in", "verhuisd naar", "adres:").
 */
export function hasPostcodeCue(tokens: readonly Token[], k: number, addressCues: boolean): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (isPostcodeWordAt(tokens, j) || (addressCues && isAddressCue(tokens[j]!.key))) return true;
  }
  return false;
}

/** "postcode" or "pc" within POSTCODE_WORD_WINDOW tokens before: "nieuwe pc van de klant is 2345 gh". */
export function hasPostcodeWord(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - OWNED_POSTCODE_WINDOW; j--)
    if (isPostcodeWordAt(tokens, j) && (j >= k - POSTCODE_WORD_WINDOW || isClientsAt(tokens, j + 1, k)))
      return true;
  return false;
}

// Held-out 39's class: "kun je de pc van de klant even nakijken? staat nu 8245 xc": a client's postcode
// asked about reaches further, past the question.
const OWNED_POSTCODE_WINDOW = 14;
const CLIENT_OWNERS = wordSet(`${CLIENT_ROLES} ${FORMS_OF_ADDRESS}`);

/** "van de klant", "van meneer": whose the postcode is, from j; not a computer's ticket ("het ticket is ..."). */
function isClientsAt(tokens: readonly Token[], j: number, k: number): boolean {
  if (tokens[j]?.key !== 'van' || REFERENCE_WORDS.has(tokens[k - 1]?.key ?? '')) return false;
  if (REFERENCE_WORDS.has(tokens[k - 2]?.key ?? '')) return false;
  const at = tokens[j + 1]?.key === 'de' ? j + 2 : j + 1;
  return CLIENT_OWNERS.has(tokens[at]?.key ?? '');
}

/**
 * A word for a postcode at token j: "postcode", "pc", a typo one edit away ("postocde", "pstcode"),
 * "p.c." or "p/c" (read at its "c"), "zip", "zipcode", "zip code" or "postal code" (read at "code";
 * "zip" only before the digits, "code" or a colon: "zip file" is none).
 */
export function isPostcodeWordAt(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!;
  const key = token.key;
  if (isPostcodeWord(key)) return true;
  if (key === 'c' || key === 'code') {
    const mark = tokens[j - 1];
    if (key === 'code') return mark !== undefined && CODE_PREFIXES.has(mark.key);
    const p = tokens[j - 2];
    return (
      (mark?.text === '.' || mark?.text === '/') && p?.key === 'p' && isGlued(p, mark) && isGlued(mark, token)
    );
  }
  if (key === 'zipcode') return true;
  if (key === 'zip') {
    const next = tokens[j + 1];
    return next !== undefined && (next.type === 'number' || next.text === ':' || next.key === 'code');
  }
  return isPostcodeTypo(key);
}

/**
 * An address cue within CUE_WINDOW tokens before ("woont sinds kort in 5038 ct"), or "postcode" or "pc"
 * within POSTCODE_WORD_WINDOW.
 */
export function hasCueNear(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - CUE_WINDOW; j--) if (isAddressCue(tokens[j]!.key)) return true;
  return hasPostcodeWord(tokens, k);
}

/** A word that says someone lives there, within RESIDENT_WINDOW tokens before. */
export function hasResidentCue(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - RESIDENT_WINDOW; j--)
    if (RESIDENT_CUES.has(tokens[j]!.key)) return true;
  return false;
}

export function isPostcodeWord(key: string): boolean {
  return key.startsWith('postcode') || key === 'pc';
}

/**
 * One edit (a letter left out, added, changed or two swapped) from "postcode", starting with "p":
 * "pstcode", "postocde", "postcde", "psotcode"; not "postbode". Bounded by the word's length.
 */
function isPostcodeTypo(key: string): boolean {
  if (key.length < 7 || key.length > 9 || key.charCodeAt(0) !== 112 || NOT_POSTCODE_TYPOS.has(key))
    return false;
  let i = 0;
  while (i < key.length && i < POSTCODE.length && key.charCodeAt(i) === POSTCODE.charCodeAt(i)) i++;
  const rest = (a: number, b: number) => key.slice(a) === POSTCODE.slice(b);
  if (key.length === POSTCODE.length)
    return (
      rest(i + 1, i + 1) ||
      (key.charAt(i) === POSTCODE.charAt(i + 1) &&
        key.charAt(i + 1) === POSTCODE.charAt(i) &&
        rest(i + 2, i + 2))
    );
  return key.length === POSTCODE.length - 1 ? rest(i, i + 1) : rest(i + 1, i);
}

const CUE_AFTER_WINDOW = 3;

/** An address cue within CUE_AFTER_WINDOW tokens from j on its line ("5708hz in bij woonplaats Helmond"). */
export function hasAddressCueAfter(tokens: readonly Token[], j: number): boolean {
  for (let a = j; a < tokens.length && a < j + CUE_AFTER_WINDOW && !tokens[a]!.lineBefore; a++)
    if (isAddressCue(tokens[a]!.key)) return true;
  return false;
}

export function isAddressCue(key: string): boolean {
  return ADDRESS_CUES.has(key) || CHAT_ADDRESS_CUES.has(key);
}

const ADDRESSEE_WINDOW = 12;

/**
 * "..., 7141-GR Groenlo, t.a.v. Mohamed Mensah": "t.a.v." (or "tav") and a person (a known first name or a
 * title) within ADDRESSEE_WINDOW tokens either side of the pair at k, on its line: a letter to a private
 * addressee. "t.a.v. de afdeling P&O", "t.a.v. UWV" name an organisation and do not count.
 */
export function hasPrivateAddressee(tokens: readonly Token[], k: number): boolean {
  const from = Math.max(0, k - ADDRESSEE_WINDOW);
  const to = Math.min(tokens.length, k + 2 + ADDRESSEE_WINDOW);
  for (let j = from; j < to; j++) {
    const end = attentionEndAt(tokens, j);
    if (end === -1) continue;
    const who = tokens[end + 1];
    if (who === undefined || who.lineBefore) continue;
    if (TITLES.has(who.key) || (isCapitalised(who) && isKnownFirstName(who.key))) return true;
  }
  return false;
}

/**
 * Held-out 39's class: "post graag naar Oude Enghweg 24, 1217 JD Hilversum, t.a.v. het secretariaat": "t.a.v."
 * an office, desk or team after the address at k on its line, perhaps after an article, or an organisation.
 */
export function isOfficeAddressee(
  tokens: readonly Token[],
  k: number,
  isOrganisation: (k: number) => boolean,
): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + ADDRESSEE_WINDOW && !tokens[j]!.lineBefore; j++) {
    const end = attentionEndAt(tokens, j);
    if (end === -1) continue;
    const at = ARTICLES.has(tokens[end + 1]?.key ?? '') ? end + 2 : end + 1;
    const who = tokens[at];
    if (who === undefined || who.lineBefore) return false;
    return isVenueToken(who) || DESKS.has(who.key) || isOrganisation(at);
  }
  return false;
}

const ARTICLES = wordSet('de het');
const DESKS = wordSet(
  'afdeling administratie directie redactie crediteurenadministratie salarisadministratie',
);

/** The last token of "t.a.v." (its last full stop, if glued) or "tav" starting at j, or -1. */
function attentionEndAt(tokens: readonly Token[], j: number): number {
  const t = tokens[j]!;
  if (t.key === 'tav') return tokens[j + 1]?.text === '.' && isGlued(t, tokens[j + 1]) ? j + 1 : j;
  if (t.key !== 't') return -1;
  const parts = ['t', '.', 'a', '.', 'v'];
  for (let i = 1; i < parts.length; i++) {
    const token = tokens[j + i];
    if (
      token === undefined ||
      (token.key !== parts[i] && token.text !== parts[i]) ||
      !isGlued(tokens[j + i - 1], token)
    )
      return -1;
  }
  const stop = tokens[j + 5];
  return stop?.text === '.' && isGlued(tokens[j + 4], stop) ? j + 5 : j + 4;
}

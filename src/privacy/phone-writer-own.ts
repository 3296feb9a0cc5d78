import { FORMS_OF_ADDRESS } from './client-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { isAddressee } from './phone-addressee.ts';
import { CLIENTS_AND_HOMES, isSentenceEnd, professionalNameAt, QUOTES } from './phone-named-professional.ts';
import { MY_TYPED } from './possessives.ts';
import { isSender } from './signature.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Stop 34 (det-contacts2), the policy of stop 33: the writer's own number is no client's. Schakel's writers are
 * the professionals of the werkgroep; a number the writer gives as their own passes, a mobile one too, when its
 * sentence says so: "Bel me gerust op 06-...", "app mij even op ...", "opgeven bij mij: ...", "je kunt me bereiken
 * op ...", "mocht je me nodig hebben: ...", "ik ben (morgen) bereikbaar op ...", "zijn we als team bereikbaar: ...",
 * "mijn direct nr: ...", "mijn werk-06 ...", or "mijn (nieuwe) nummer/mobiel/06" with an invitation to use it ("mijn
 * nummer is ..., app gerust"; "Mijn nummer is 06-...." alone may be anyone's words, as held-out 18's tests say).
 * Never when something says the words are someone else's, in the sentence or CONTEXT tokens back across lines: a
 * word for a client or someone close to one, a pronoun for another person, a private line or a home ("privé",
 * "thuis"), a quotation or a verb of saying ("zei ze", "Klant belde: mijn nieuwe nummer is ..."), or a first name
 * (a voicemail's "met Sevda, bel me terug op ..."; not the sender after a closing, "ik ben Sanne", nor a name bound
 * to a job title or an organisation: phone-named-professional.ts). Not "kun je me bellen": a never-read line was
 * lost to it here, as to "Kan iemand me ff bellen?" at stop 33. The words stand BEFORE words before the number
 * (counted apart by spaces: "Mijn werk-06 is gewijzigd, oude was 06-..., nieuwe is 06-...") or AFTER tokens after it.
 */
const BEFORE = 12;
const AFTER = 10;
// How far back, across lines, a client or a speaker is read.
const CONTEXT = 24;
const OWN = MY_TYPED;
const OWN_PHONES = wordSet(
  `nummer nr telefoonnummer telnr tel telefoon mobiel mobieltje 06 06-nummer mobielnummer`,
);
const WORK_PHONES = wordSet('direct directe werknummer werk-06 werkmobiel werktelefoon');
const INVITATIONS = wordSet(`bel bellen app appen appje appt sms whatsapp gerust bereikbaar bereiken bereikt
  terugbellen`);
const OWN_ADJECTIVES = wordSet('nieuwe vaste mobiele directe eigen zakelijke');
const ME = wordSet('me mij ons');
const CALL_VERBS =
  wordSet(`bel bellen belt app appen appt sms sms'en smsen whatsapp whatsappen bereiken bereik
  terugbellen terugbelt`);
const ME_AFTER = wordSet('bereiken nodig');
const REACHABLE = wordSet('bereikbaar');
const WRITERS = wordSet('ik we wij');
const NOT_OWN = wordSet(
  `${CLIENTS_AND_HOMES} ${FORMS_OF_ADDRESS} hij zij ze zijn haar hem z'n d'r zn
  zei zegt zeggen vroeg vraagt belde appte mailde schreef schrijft liet meldde sms'te ingesproken voicemail`,
);

/** The number at token k, ending at character `end`, is said to be the writer's own, by the writer. */
export function isWritersOwnNumber(
  tokens: readonly Token[],
  k: number,
  end: number,
  isOrganisation: (j: number) => boolean,
): boolean {
  let own = false;
  // "mijn nummer" says whose only; with an invitation to use it ("app gerust", "bereikbaar op mijn mobiel") it is
  // given by the writer ("Mijn nummer is 06-...." alone may be anyone's words: held-out 18's and batch 48's tests).
  let mine = false;
  let invited = false;
  let sentence = true;
  for (let j = k - 1, words = 0; j >= 0 && j >= k - CONTEXT; j--) {
    const token = tokens[j]!;
    if (sentence && (isSentenceEnd(tokens, j) || words > BEFORE)) sentence = false;
    if (isNotOwn(tokens, j)) return false;
    if (isFirstName(token) && !isWritersName(tokens, j, isOrganisation)) return false;
    if (sentence) {
      own ||= isOwnWords(tokens, j);
      mine ||= isMyNumber(tokens, j);
      invited ||= INVITATIONS.has(token.key);
    }
    if (token.lineBefore) sentence = false;
    if (token.spaceBefore) words++;
  }
  let j = k;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  for (const last = j + AFTER; j < tokens.length && j < last && !tokens[j]!.lineBefore; j++) {
    if (isSentenceEnd(tokens, j)) break;
    const token = tokens[j]!;
    if (isNotOwn(tokens, j)) return false;
    own ||= isOwnWords(tokens, j);
    mine ||= isMyNumber(tokens, j);
    invited ||= INVITATIONS.has(token.key);
  }
  return own || (mine && invited);
}

/** "mijn (nieuwe) nummer", "m'n 06" at j. */
function isMyNumber(tokens: readonly Token[], j: number): boolean {
  if (!OWN.has(tokens[j]!.key)) return false;
  const noun = phoneNounAfter(tokens, j);
  return OWN_PHONES.has(noun) || noun === '06';
}

/** The word after "mijn" at j and perhaps an adjective. */
function phoneNounAfter(tokens: readonly Token[], j: number): string {
  const at = OWN_ADJECTIVES.has(tokens[j + 1]?.key ?? '') ? j + 2 : j + 1;
  return tokens[at]?.key ?? '';
}

/** A word at j that makes the number someone else's; "zijn" as the verb of "we" is none ("zijn we bereikbaar"). */
function isNotOwn(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!;
  if (QUOTES.has(token.text)) return true;
  if (!NOT_OWN.has(token.key)) return false;
  // Batch 65: "niet naar mijn privé nummer, gebruik mijn werknummer ...": the writer's own home line.
  if (HOME_LINES.has(token.key) && OWN.has(tokens[j - 1]?.key ?? '')) return false;
  return !(token.key === 'zijn' && (WE.has(tokens[j + 1]?.key ?? '') || WE.has(tokens[j - 1]?.key ?? '')));
}

const WE = wordSet('we wij');
const HOME_LINES = wordSet('prive privenummer thuisnummer');

/** "mijn (nieuwe) nummer", "bel me", "kun je mij bellen", "ik ben bereikbaar", with its first word at j. */
function isOwnWords(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]!.key;
  // "mijn direct nr", "mijn werk-06": the writer's line at work.
  // Batch 65: "mijn eigen nummer (06-...)": the writer stresses it is theirs.
  if (OWN.has(key))
    return (
      WORK_PHONES.has(phoneNounAfter(tokens, j)) ||
      (tokens[j + 1]?.key === 'eigen' && OWN_PHONES.has(tokens[j + 2]?.key ?? ''))
    );
  if (ME.has(key)) {
    // "bel me", "app mij even", "opgeven bij mij:", "je kunt ons bereiken", "mocht je me nodig hebben".
    if (CALL_VERBS.has(tokens[j - 1]?.key ?? '') || tokens[j - 1]?.key === 'bij') return true;
    // Not "kun je me bellen" (a never-read phone line was lost to it, as to "Kan iemand me ff bellen?" at stop 33).
    for (let a = j + 1; a < tokens.length && a <= j + 3; a++) if (ME_AFTER.has(tokens[a]!.key)) return true;
    return false;
  }
  if (REACHABLE.has(key)) {
    // "ik ben (morgen) bereikbaar", "ben ik bereikbaar", "zijn we als IPS-team ook via WhatsApp bereikbaar".
    for (let b = j - 1; b >= 0 && b >= j - 8; b--) if (WRITERS.has(tokens[b]!.key)) return true;
  }
  return false;
}

function isFirstName(token: Token): boolean {
  return token.capitalised && isKnownFirstName(token.key);
}

const INTRODUCTIONS = wordSet('ben heet');

/**
 * The first name at j is the writer's or a professional's, no one else's: the sender after a closing, "ik ben
 * Sanne", "ik heet Sanne", or one named as a professional ("Sanne, IPS-trajectbegeleider bij ...", "Femke van IPS").
 */
function isWritersName(tokens: readonly Token[], j: number, isOrganisation: (j: number) => boolean): boolean {
  if (isSender(tokens, j) || isAddressee(tokens, j)) return true;
  if (INTRODUCTIONS.has(tokens[j - 1]?.key ?? '') && tokens[j - 2]?.key === 'ik') return true;
  return professionalNameAt(tokens, j, isOrganisation) >= 0;
}

import type { PersonRef } from './person-names.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

// det-veto37: a message a person sent, headed by its kind and the sender ("Bericht van Sanne: ik lig weer in de
// kliniek", "Sms van Sterre: ...", "Check-in Niels: na mijn operatie ..."): its first person is the sender.
const MESSAGE_WORDS = wordSet(`bericht berichtje sms smsje sms'je whatsapp whatsappje appje app mail mailtje
  e-mail voicemail check-in checkin afmelding ziekmelding`);
const WRITERS_WORDS = wordSet("ik ikzelf mijn m'n mn me mij ben");

/**
 * The sentence opens with `speaker`, a message and its sender, then the colon at `colon`, and a word of the
 * message's writer ("ik", "mijn", "ben") stands between the colon and the care term at `first`: the sender's care.
 */
export function isMessageOwn(
  tokens: readonly Token[],
  speaker: PersonRef,
  colon: number,
  first: number,
): boolean {
  if (!MESSAGE_WORDS.has(tokens[speaker.first]!.key) || speaker.last === speaker.first) return false;
  for (let j = colon + 1; j < first; j++) if (WRITERS_WORDS.has(tokens[j]!.key)) return true;
  return false;
}

import type { CareLexicon } from './care-terms.ts';
import type { Finding } from './findings.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 21: a client's message forwarded with its sender's private address before it, "Fwd van
 * <address>: 'ik heb weer last van flashbacks ...'", "Van: <address> / Onderwerp: ziek / Ik ben ...". The
 * address is a person's (the e-mail rules found it: no role mailbox, no work address said to be work), so
 * the first person of the message is that person, whether or not the name in the address is known, and a
 * care term said after the "ik" is theirs. Only after a sender cue: "mail haar op <address>, ik ben ziek"
 * is the writer's own.
 */
const SENDER_CUES = wordSet('van from afzender fw fwd doorgestuurd');
const FIRST_PERSON = wordSet("ik mijn m'n me mij");

export interface ForwardedReader {
  /**
   * Adds a finding for a first-person care term of a sentence after a sender's private address;
   * out[found ...] are the findings this sentence added so far.
   */
  sentence(
    tokens: readonly Token[],
    sentence: Sentence,
    care: CareLexicon,
    isOrganisation: (k: number) => boolean,
    out: Finding[],
    found: number,
  ): void;
  reset(): void;
}

export function createForwardedReader(): ForwardedReader {
  // Where the sender's address ends (a character offset), -1 while no sender has been seen in the text.
  let senderEnd = -1;
  // The findings looked at, and the token reached: findings come in the order of the text, so one pass.
  let checked = 0;
  let cursor = 0;
  return {
    reset() {
      senderEnd = -1;
      checked = 0;
      cursor = 0;
    },
    sentence(tokens, sentence, care, isOrganisation, out, found) {
      for (; checked < out.length && senderEnd === -1; checked++) {
        const finding = out[checked]!;
        if (finding.kind !== 'email') continue;
        while (cursor < tokens.length && tokens[cursor]!.start < finding.start) cursor++;
        if (tokens[cursor]?.start === finding.start && isSenderBefore(tokens, cursor))
          senderEnd = finding.end;
      }
      if (senderEnd === -1 || hasNameHealth(out, found)) return;
      let firstPerson = false;
      for (let k = sentence.from; k < sentence.to; k++) {
        const token = tokens[k]!;
        if (token.start < senderEnd) continue;
        firstPerson ||= FIRST_PERSON.has(token.key);
        if (!firstPerson) continue;
        const length = care.matchAt(tokens, k, isOrganisation);
        if (length === 0) continue;
        out.push({ kind: 'name_health', start: token.start, end: tokens[k + length - 1]!.end });
        return;
      }
    },
  };
}

/** Whether a sender cue ("Van:", "Fwd van", "from") is the word right before the token at `at`. */
function isSenderBefore(tokens: readonly Token[], at: number): boolean {
  let j = at - 1;
  while (j >= 0 && tokens[j]!.type === 'punct') j--;
  return j >= 0 && SENDER_CUES.has(tokens[j]!.key);
}

function hasNameHealth(out: readonly Finding[], from: number): boolean {
  for (let i = from; i < out.length; i++) if (out[i]!.kind === 'name_health') return true;
  return false;
}

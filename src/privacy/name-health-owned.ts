import { isGeneralQuestion } from './care-term-general-question.ts';
import { isNobodysCare } from './care-term-on-behalf.ts';
import { type Context, owner } from './care-term-owner.ts';
import { isProfessionalsWork } from './care-term-professional.ts';
import { speaksOfWork } from './care-term-work.ts';
import type { CareLexicon } from './care-terms.ts';
import type { Finding } from './findings.ts';
import { isSecondPersonsCare } from './name-health-addressed.ts';
import { CASE_LABELS } from './person-name-cues.ts';
import type { PersonRef } from './person-names.ts';
import { isGlued, type Token } from './tokens.ts';

/**
 * One sentence's care terms, each given to its owner (care-term-owner.ts) and flagged on them
 * (name-health.ts reads the sentences). `unowned`: what a care term is that the walk found no one for
 * (null: nobody's, after a topic); `othersCare` gets the care terms given to nobody or someone else, the
 * veto for the learned signal (name-health-learned.ts).
 */
export function scanSentence(
  context: Context,
  care: CareLexicon,
  refs: readonly PersonRef[],
  out: Finding[],
  unowned: null | undefined,
  othersCare: number[],
): void {
  const { tokens, sentence, isOrganisation } = context;
  // Most sentences flag nobody: the set is made for the first person flagged.
  let flagged: Set<PersonRef> | undefined;
  // A sentence without a name about work on an illness gives its terms to nobody named before (one pass).
  // "Erik Mol; klant, depressie": a client word opening the field after a name is that name's role, no other client.
  const roleField = context.heading && CASE_LABELS.has(tokens[sentence.from]!.key);
  const work = refs.length === 0 && !roleField && speaksOfWork(tokens, sentence);
  // "Kwame vraagt of de chemo-vergoeding ... valt, algemene vraag": a general question, nobody's health.
  const general = refs.length > 0 && isGeneralQuestion(tokens, sentence);
  let ref = 0;
  for (let k = sentence.from; k < sentence.to; k++) {
    // A surname like "Parkinson" is part of the person, not a care detail about them.
    while (ref < refs.length && refs[ref]!.last < k) ref++;
    if (ref < refs.length && refs[ref]!.first <= k) {
      k = refs[ref]!.last;
      continue;
    }
    const length = care.matchAt(tokens, k, isOrganisation);
    if (length === 0) continue;
    // "werkt op de afdeling eetstoornissen": a service; "Erik zoekt uit of bijstand ... dekt": a task.
    const nobodys = isNobodysCare(tokens, sentence, k);
    const walked = nobodys ? null : owner(context, k, k + length - 1);
    // "Bas, sterkte met je operatie!": the care of "je" is the addressed person's (the walk gives "je" no one).
    const addressed =
      !nobodys &&
      walked == null &&
      context.addressed !== undefined &&
      isSecondPersonsCare(tokens, sentence, k);
    const found = addressed ? context.addressed : walked === undefined ? unowned : walked;
    // "Kofi (huisarts) heeft gezegd dat oxazepam ...": a professional's topic, not their health.
    const working = found != null && isProfessionalsWork(tokens, sentence, found, k, k + length - 1);
    const owned = working ? null : found;
    // "Priya ... Ze wordt teamleider van de afdeling angststoornissen.": her work, not her health.
    if (owned === null || (owned !== undefined && (work || general))) othersCare.push(k);
    if (owned === null || owned === undefined || work || general) {
      k += length - 1;
      continue;
    }
    if (!flagged?.has(owned)) {
      flagged ??= new Set();
      flagged.add(owned);
      // A mailbox is found as an e-mail address already; the care term then marks the finding.
      const mailbox = isInMailbox(tokens, owned.last);
      const [first, last] = mailbox ? [k, k + length - 1] : [owned.first, owned.last];
      out.push({ kind: 'name_health', start: tokens[first]!.start, end: tokens[last]!.end });
    }
    k += length - 1;
  }
}

// "dewi.santoso95@gmail.com", "joost_van_der_boer@ziggo.nl": how many glued tokens after a name may lead to the "@".
const MAILBOX_WINDOW = 8;

/** The name ending at `last` is (part of) the name before an e-mail address's "@". */
function isInMailbox(tokens: readonly Token[], last: number): boolean {
  for (let j = last + 1; j <= last + MAILBOX_WINDOW && isGlued(tokens[j - 1], tokens[j]); j++)
    if (tokens[j]!.text === '@') return true;
  return false;
}

import { wordSet } from './word-sets.ts';

/**
 * Batch 48 (issue 14), two signs that a work address at an organisation's domain is a professional's:
 *  - "privé" declined after it: "mail mijn werkadres j.devries@ggzcentraal.nl, privé lees ik niet", as
 *    "die andere is privé" was: the private mailbox is the one not used. A client's pronoun or role word
 *    still counts ("privé leest hij niet" has "hij"). Since batch 72 a negation right before it too: "mijn
 *    werkmail is ..., liever niet privé".
 *  - "haar werkmail" at a domain of the programme's public partners (a gemeente, UWV, a GGZ or GGD):
 *    "je kan Marieke bereiken op haar werkmail m.bakker@gemeente-zwolle.nl" names an employer as
 *    "de werkgever ..., zijn werkmail" does (email-context.ts).
 */
const PRIVATE = wordSet('prive privemail priveadres');
const DECLINED = wordSet('niet nooit geen nauwelijks');
const DECLINE_REACH = 4;

/** words[w] is "privé" and a negation follows within a few words: the private mailbox is not the one. */
export function isPrivateDeclined(words: readonly string[], w: number): boolean {
  if (!PRIVATE.has(words[w]!)) return false;
  // Batch 72: "liever niet privé bellen", "nooit privé mailen": the negation right before it.
  if (DECLINED.has(words[w - 1] ?? '')) return true;
  for (let v = w + 1; v < words.length && v <= w + DECLINE_REACH; v++)
    if (DECLINED.has(words[v]!)) return true;
  return false;
}

const PARTNER_LABELS = /^(?:gemeente|uwv|ggz|ggd)(?:-|$)|-(?:gemeente|uwv|ggz|ggd)$/;

/** The domain text[domain, end) is a gemeente's, UWV's, a GGZ's or GGD's ("gemeente-zwolle.nl", "uwv.nl"). */
export function isPartnerDomain(text: string, domain: number, end: number): boolean {
  const labels = text.slice(domain, end).toLowerCase().split('.');
  labels.pop();
  return labels.some((label) => PARTNER_LABELS.test(label));
}

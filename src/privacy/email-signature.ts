import { hasPrivateDomain } from './email-context.ts';
import { isSignatureField } from './signature.ts';
import { createTokenizer } from './tokens.ts';

/**
 * "Met vriendelijke groet,\nMarloes Bakker\nArbeidsdeskundige\nUWV Flevoland\nE m.bakker@uwv.nl": an
 * address at an organisation's domain closing a professional's signature (a closing or a "--" line, then a
 * job title or team, no word for a client between; signature.ts) is the sender's work address (held-out
 * 39's class, det-fp39). At a free-mail or provider's domain it stays a person's. Reads at most
 * SIGNATURE_CHARS characters before the address, tokenised once per address found by one tokenizer kept for
 * the purpose: its word records (and the answers kept on them) last from address to address. `tokenize` made a
 * new tokenizer and record table per address, which cost about 40 us per address (4/5 of scanning a line with one).
 */
const SIGNATURE_CHARS = 400;
const tokenize = createTokenizer();

export function isSignatureAddress(text: string, start: number, domain: number, end: number): boolean {
  if (hasPrivateDomain(text, domain, end)) return false;
  const from = Math.max(0, start - SIGNATURE_CHARS);
  // Valid until the next call: isSignatureField tokenizes nothing.
  const tokens = tokenize(text.slice(from, end));
  const k = tokens.findIndex((token) => token.start >= start - from);
  return k > 0 && isSignatureField(tokens, k, from === 0);
}

import { type FieldProblem, PrivacyRefusal } from '../domain/errors.ts';
import { findAddresses } from './address.ts';
import { findBirthdates } from './birthdate.ts';
import { findBsns } from './bsn.ts';
import { createCareLexicon } from './care-terms.ts';
import { findEmails } from './email.ts';
import { explainFindings, UNCHECKED_MESSAGE } from './explain.ts';
import type { Finding } from './findings.ts';
import { findIbans } from './iban.ts';
import { findNameHealth } from './name-health.ts';
import { createOrganisationMasker } from './organisations.ts';
import { resolveOverlaps } from './overlap.ts';
import { createPhoneValidator, findPhones, type Span } from './phone.ts';
import { findPostcodes } from './postcode.ts';
import { sentenceIndexOf, splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

export interface GuardOptions {
  /** Organisation names on top of the built-in list; never read as a person or a care detail. */
  readonly organisations?: readonly string[];
  /** Care words or phrases on top of the built-in list, e.g. a local programme name for clients. */
  readonly careTerms?: readonly string[];
  /** The clock; the year (in Europe/Amsterdam) decides which full dates are old enough to be birthdates. */
  readonly now?: () => Date;
}

export interface Guard {
  /** Findings in `text`, sorted by start; offsets are UTF-16 code units (JavaScript string indices). */
  scan(text: string): Finding[];
  /**
   * Throws PrivacyRefusal with one problem per field that looks like client data, or that could not
   * be checked (fail closed). Undefined fields are skipped.
   */
  check(fields: Readonly<Record<string, string | undefined>>): void;
}

const AMSTERDAM_YEAR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric' });

export function createGuard(options: GuardOptions = {}): Guard {
  const now = options.now ?? (() => new Date());
  const maskOrganisations = createOrganisationMasker(options.organisations ?? []);
  const care = createCareLexicon(options.careTerms ?? []);
  const isValidPhone = createPhoneValidator();

  function scan(text: string): Finding[] {
    if (typeof text !== 'string') throw new TypeError('scan() needs a string');
    const currentYear = Number(AMSTERDAM_YEAR.format(now()));
    if (!Number.isInteger(currentYear)) throw new RangeError('the clock gave no usable year');
    const tokens = tokenize(text);
    const sentences = splitSentences(tokens);
    const organisationMask = maskOrganisations(tokens);
    const isOrganisation = (k: number) => organisationMask[k] === 1;
    const general: Span[] = [];
    const phones = findPhones(text, isValidPhone, general);
    const findings: Finding[] = [
      ...findEmails(text),
      ...findIbans(text),
      ...withoutOverlap(findBsns(text), general),
      ...phones,
      ...findPostcodes(tokens),
      ...findAddresses(tokens, isOrganisation),
      ...findBirthdates(tokens, sentenceIndexOf(sentences, tokens.length), currentYear),
      ...findNameHealth(tokens, sentences, isOrganisation, care),
    ];
    return resolveOverlaps(findings, text.length);
  }

  function check(fields: Readonly<Record<string, string | undefined>>): void {
    const problems: FieldProblem[] = [];
    try {
      for (const [field, value] of Object.entries(fields)) {
        if (value === undefined) continue;
        problems.push(...checkField(field, value));
      }
    } catch {
      // Not even the fields could be read: refuse the whole form rather than store anything.
      throw new PrivacyRefusal([{ field: '*', message: UNCHECKED_MESSAGE }]);
    }
    if (problems.length > 0) throw new PrivacyRefusal(problems);
  }

  function checkField(field: string, value: string): FieldProblem[] {
    let findings: Finding[];
    try {
      findings = scan(value);
    } catch {
      // Fail closed: a text we could not check is treated as a text we may not store.
      return [{ field, message: UNCHECKED_MESSAGE }];
    }
    return findings.length === 0 ? [] : [{ field, message: explainFindings(findings) }];
  }

  return { scan, check };
}

/** "0900 685 55 93": the digits of an organisation's general number are no BSN. */
function withoutOverlap(findings: Finding[], spans: readonly Span[]): Finding[] {
  if (spans.length === 0) return findings;
  // Both lists are sorted by start and the spans do not overlap each other: one sweep.
  let s = 0;
  return findings.filter((f) => {
    while (s < spans.length && spans[s]!.end <= f.start) s++;
    return !(s < spans.length && spans[s]!.start < f.end);
  });
}

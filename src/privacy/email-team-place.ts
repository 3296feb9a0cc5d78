import { REGIONS } from './email-context.ts';
import { isKnownPlaceKey } from './places.ts';

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

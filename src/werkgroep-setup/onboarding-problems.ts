import type { Clock } from '../clock.ts';
import { nameKey } from '../domain/control-characters.ts';
import type { FieldProblem } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import { words } from '../messages/catalogue/words.ts';
import { WERKGROEP_FIELDS, type WerkgroepFormAnswer } from '../messages/forms/werkgroep-form.ts';
import { endOfDay, PAST_MESSAGES, pastReason, startsInPast } from '../rhythm/not-in-past.ts';
import { DEFAULT_TIME_ZONE } from '../schedule/local-time.ts';
import type { WerkgroepSetupRepository } from '../store/werkgroep-setup-store.ts';
import type { Linkable } from './channel-links.ts';

/**
 * What the database and the clock say of a `nieuwe-werkgroep` answer, field by field: a name the
 * region has (or one people cannot tell from it), a first meeting in the past, members from outside
 * the region, a channel that cannot be linked. The form itself checks the rest.
 */

/** How many of the region's overleggen a new name is compared with. */
const MAX_NAMES_COMPARED = 2000;

export function createAnswerProblems(d: { read: WerkgroepSetupRepository; clock: Clock }) {
  /**
   * Why `name` cannot be the new overleg's: the region has one by that name (any capitals), or one
   * that is the same apart from emoji, capitals, spaces and signs ("Noord 🌅" beside "Noord 🌊"),
   * which people cannot tell apart when they type it. Null when it is free.
   */
  async function nameTaken(regionId: string, name: string): Promise<string | null> {
    const w = words().forms.werkgroep;
    const taken = await d.read.overlegByName(regionId, name);
    if (taken) return w.nameTaken(taken.name);
    const key = nameKey(name);
    if (!key) return null;
    const names = await d.read.overlegNamesOfRegion(regionId, MAX_NAMES_COMPARED);
    const alike = names.find((n) => nameKey(n) === key);
    return alike ? w.nameAlike(alike) : null;
  }

  /**
   * Everything wrong with an answer that only the database and the clock can tell, per field: of
   * the fields that could be read, so that a missing field and a name taken are said together.
   */
  return async function problemsWith(
    actor: Member,
    a: Partial<WerkgroepFormAnswer>,
    where: Linkable | null,
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const taken = a.name ? await nameTaken(actor.regionId, a.name) : null;
    if (taken) problems.push({ field: WERKGROEP_FIELDS.name, message: taken });
    // Without a time, a date is in the past when even its last minute is.
    const start = a.date ? (a.time ? `${a.date}T${a.time}` : endOfDay(a.date)) : null;
    const now = d.clock.now();
    if (start && startsInPast(start, DEFAULT_TIME_ZONE, now)) {
      const message = pastReason(start, DEFAULT_TIME_ZONE, now, PAST_MESSAGES.first, Boolean(a.time));
      problems.push({ field: WERKGROEP_FIELDS.date, message });
    }
    const known = new Set((await d.read.regionMembers(actor.regionId)).map((m) => m.id));
    if (a.memberIds?.some((id) => !known.has(id))) {
      problems.push({
        field: WERKGROEP_FIELDS.members,
        message: words().forms.werkgroep.membersNotInRegion,
      });
    }
    if (a.linkChannel && where && !where.ok)
      problems.push({ field: WERKGROEP_FIELDS.link, message: where.reason });
    return problems;
  };
}

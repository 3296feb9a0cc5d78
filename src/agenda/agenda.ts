import { DateTime } from 'luxon';
import type { Clock } from '../clock.ts';
import { type Action, authorize } from '../domain/authorization.ts';
import { showsNothing, withoutBlankSigns } from '../domain/control-characters.ts';
import { InvalidInput, NotFound } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import { words } from '../messages/catalogue/words.ts';
import { whenForMember } from '../messages/meeting-messages.ts';
import { QUICK_INPUT_MAX_LENGTH } from '../messages/model.ts';
import type { AddedActiepunt } from '../ports/werkgroep-rhythm.ts';
import type { FreeTextGuard } from '../privacy/free-text-guard.ts';
import { guardText } from '../privacy/guarded-text.ts';
import { expandOccurrences, type Occurrence } from '../schedule/series.ts';
import { storedSeries } from '../schedule/stored-series.ts';
import type { AgendaStore } from '../store/agenda-repo.ts';

interface Deps {
  readonly store: AgendaStore;
  readonly clock: Clock;
  readonly guard: FreeTextGuard;
}

function cleanText(field: string, text: string): string {
  const t = text.trim();
  // Only zero-width spaces or other invisible signs: nothing to read on the agenda either.
  if (showsNothing(t)) throw new InvalidInput([{ field, message: words().answers.problems.fillInText }]);
  if (t.length > QUICK_INPUT_MAX_LENGTH)
    throw new InvalidInput([
      { field, message: words().fields.notSavedTooLong(t.length, QUICK_INPUT_MAX_LENGTH) },
    ]);
  return t;
}

/**
 * Two agendapunten or two actiepunten read the same, whatever the capitals, runs of spaces or
 * punctuation at the end: "Inzet praktijkleerbedrijven" = "inzet  Praktijkleerbedrijven.",
 * "Folder  rondsturen." = "folder rondsturen"; an é typed as e + accent is the same é, and a sign that
 * shows as nothing (a zero-width space, a soft hyphen pasted inside a word) makes no other text.
 */
const sameText = (a: string, b: string) => comparable(a) === comparable(b);
const comparable = (text: string) =>
  withoutBlankSigns(text.normalize('NFC'))
    .replace(/\s+/g, ' ')
    .replace(/[\s.,!?;:]+$/, '')
    .trim()
    .toLowerCase();

export function createAgendaCommands({ store, clock, guard }: Deps) {
  /** The actor, when the policy lets them do the action in this werkgroep; NotAllowed otherwise. */
  async function authorizeIn(actor: Member | null, action: Action, overlegId: string) {
    const overleg = await store.read.findOverleg(overlegId);
    if (!overleg) throw new NotFound(words().answers.admin.noOverleg);
    const isMember = actor ? await store.read.isOverlegMember(overlegId, actor.id) : false;
    return authorize(actor, action, { regionId: overleg.regionId, inWerkgroep: isMember });
  }

  /** The actiepunt and the region of its werkgroep, for an actor Schakel knows. */
  async function actiepuntOf(actor: Member | null, actiepuntId: string) {
    const member = authorize(actor, 'schakel.use');
    const a = await store.read.findActiepunt(actiepuntId);
    if (!a) throw new NotFound(words().answers.problems.noActiepunt);
    const overleg = await store.read.findOverleg(a.overlegId);
    if (!overleg) throw new NotFound(words().answers.problems.noActiepunt);
    return { member, a, regionId: overleg.regionId };
  }

  /**
   * The actor may finish this actiepunt (the policy says who); NotAllowed otherwise. The owner is
   * not asked membership; anyone else outside the werkgroep is refused first, and hears just that.
   */
  async function authorizeFinish(actor: Member | null, actiepuntId: string): Promise<void> {
    const { member, a, regionId } = await actiepuntOf(actor, actiepuntId);
    const owner = a.ownerId === member.id;
    const inWerkgroep = owner || (await store.read.isOverlegMember(a.overlegId, member.id));
    const scope = { regionId, inWerkgroep };
    if (!owner) authorize(member, 'werkgroep.read', scope);
    authorize(member, 'actiepunt.finish', { ...scope, owner, ownerless: a.ownerId === null });
  }

  /**
   * The actor may remove this actiepunt (its creator, its owner, the projectleider); NotAllowed
   * otherwise. Membership plays no part in that (the `schrap` command refuses an outsider before it
   * looks the number up). Its werkgroep and region, for the logboek; null when it was removed
   * already (by then without owner or creator).
   */
  async function authorizeRemove(actor: Member | null, actiepuntId: string) {
    const { member, a, regionId } = await actiepuntOf(actor, actiepuntId);
    if (a.removed) return null;
    const owner = a.ownerId === member.id;
    const creator = a.createdBy === member.id;
    authorize(member, 'actiepunt.remove', { regionId, owner, creator });
    return { regionId, overlegId: a.overlegId };
  }

  async function nextOccurrence(overlegId: string): Promise<Occurrence> {
    const stored = await store.read.findSeries(overlegId);
    if (!stored) throw new NotFound(words().answers.problems.noNextMeeting);
    const series = storedSeries(stored.definition);
    const now = DateTime.fromJSDate(clock.now(), { zone: series.timeZone });
    const next = expandOccurrences(series, now, now.plus({ days: 370 })).find(
      (o) => o.status !== 'cancelled',
    );
    if (!next) throw new NotFound(words().answers.problems.noNextMeeting);
    return next;
  }

  return {
    nextOccurrence,

    /** An agendapunt for the next meeting, from anyone in the overleg. */
    async addAgendaItem(actor: Member | null, overlegId: string, text: string): Promise<Occurrence> {
      const member = await authorizeIn(actor, 'werkgroep.read', overlegId);
      const clean = guardText(guard, 'agendapunt', cleanText('agendapunt', text));
      const next = await nextOccurrence(overlegId);
      // A second press, or the same point typed again: said, not on the agenda twice. Under the
      // overleg's lock, so two presses at once cannot both find it missing.
      await store.transaction(async (tx) => {
        await tx.lockOverlegForPlanning(overlegId);
        const already = await tx.agendaFor(overlegId, next.originalLocal);
        if (already.some((t) => sameText(t, clean))) {
          const message = words().answers.agendapuntAlready(whenForMember(next));
          throw new InvalidInput([{ field: 'agendapunt', message }]);
        }
        await tx.addAgendaItem({
          overlegId,
          forOccurrence: next.originalLocal,
          text: clean,
          addedBy: member.id,
        });
      });
      return next;
    },

    /** Checks that the actor may do the action in this werkgroep (its members, its projectleider). */
    async authorizeIn(actor: Member | null, action: Action, overlegId: string): Promise<void> {
      await authorizeIn(actor, action, overlegId);
    },

    async addActiepunt(
      actor: Member | null,
      overlegId: string,
      a: { description: string; ownerId: string | null; dueDate: string | null },
    ): Promise<AddedActiepunt> {
      const member = await authorizeIn(actor, 'werkgroep.read', overlegId);
      // Giving it to someone else is the policy's to allow, before anything is read or noted.
      if (a.ownerId && a.ownerId !== member.id) await authorizeIn(actor, 'actiepunt.assign', overlegId);
      const description = guardText(guard, 'actiepunt', cleanText('actiepunt', a.description));
      const notMember = () =>
        new InvalidInput([{ field: 'eigenaar', message: words().answers.problems.ownerNotMember }]);
      if (a.ownerId && !(await store.read.isOverlegMember(overlegId, a.ownerId))) throw notMember();
      // The same open actiepunt of the same owner (a double send, two tabs) is not noted again: its
      // twin is named instead. Under the overleg's lock, so sends at the same moment find it too.
      const added = await store.transaction(async (tx) => {
        await tx.lockOverlegForPlanning(overlegId);
        const twin = (await tx.openActiepunten(overlegId)).find(
          (open) =>
            open.owner?.id === a.ownerId && a.ownerId !== null && sameText(open.description, description),
        );
        if (twin) return { id: twin.id, twin: true };
        const id = await tx.addActiepunt({
          overlegId,
          description,
          ownerId: a.ownerId,
          dueDate: a.dueDate,
          createdBy: member.id,
        });
        return id === null ? null : { id, twin: false };
      });
      // Null: the owner was erased between the check and the insert: no member any more, said as above.
      if (added === null) throw notMember();
      return added;
    },

    /**
     * The owner or a projectleider of the region marks an actiepunt done. False when it was done
     * already (two members finishing it at once: only the first one did).
     */
    async markActiepuntDone(actor: Member | null, actiepuntId: string): Promise<boolean> {
      await authorizeFinish(actor, actiepuntId);
      return store.read.markActiepuntDone(actiepuntId, clock.now());
    },

    /**
     * An actiepunt noted by mistake removed, and the logboek told who removed which number (never
     * its text). False when it was removed or done already: two requests at once remove it once.
     */
    async removeActiepunt(actor: Member | null, actiepuntId: string, number: number): Promise<boolean> {
      const found = await authorizeRemove(actor, actiepuntId);
      if (!found) return false;
      const { regionId, overlegId } = found;
      return store.transaction(async (tx) => {
        const at = clock.now();
        if (!(await tx.removeActiepunt(actiepuntId, at))) return false;
        await tx.audit({
          regionId,
          actorId: actor?.id ?? null,
          action: 'actiepunt_geschrapt',
          subject: overlegId,
          details: { nummer: number },
          at,
        });
        return true;
      });
    },

    /** Who may finish an actiepunt sets, changes or (null) removes its deadline ('YYYY-MM-DD'). */
    async setActiepuntDeadline(
      actor: Member | null,
      actiepuntId: string,
      dueDate: string | null,
    ): Promise<void> {
      await authorizeFinish(actor, actiepuntId);
      await store.read.setActiepuntDueDate(actiepuntId, dueDate);
    },
  };
}

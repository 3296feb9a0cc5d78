import { DateTime } from 'luxon';
import type { Clock } from '../clock.ts';
import { authorize } from '../domain/authorization.ts';
import { InvalidInput, NotFound } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import type { Overleg } from '../domain/overleg.ts';
import { planOverlegWith, type Replanned } from '../jobs/plan-deliveries.ts';
import { words } from '../messages/catalogue/words.ts';
import { SERIES_FIELDS } from '../messages/forms/series-form.ts';
import type { Guard } from '../privacy/guard.ts';
import { type Guarded, guardWhole, linkForGuard } from '../privacy/guarded-text.ts';
import { type ConflictWarning, findConflicts, PROPOSAL_SEARCH_DAYS } from '../schedule/conflicts.ts';
import { withoutLongPastRestores } from '../schedule/restored-kept.ts';
import {
  defineSeries,
  expandOccurrences,
  type Occurrence,
  type OccurrenceException,
  type SeriesChange,
  type SeriesInput,
} from '../schedule/series.ts';
import { movedPartOf } from '../schedule/series-schema.ts';
import { storedSeries } from '../schedule/stored-series.ts';
import type { RhythmRepository, RhythmStore } from '../store/rhythm-store.ts';
import { movedStartOf, withException } from './occurrence-exceptions.ts';
import { restoreCommands } from './restore-occurrence.ts';

export interface Deps {
  readonly store: RhythmStore;
  readonly clock: Clock;
  readonly guard: Pick<Guard, 'check'>;
}

/**
 * A series' place and link are typed by a person: the place is published in the werkgroep's ICS
 * feed (LOCATION), so both pass the guard, in the base definition, each change and each move,
 * named as the form names them (Plaats, Link) so the refusal shows beside the field.
 */
export function seriesTexts(series: SeriesInput): Record<string, string | undefined> {
  const fields: Record<string, string | undefined> = {
    [SERIES_FIELDS.location]: series.location ?? undefined,
    [SERIES_FIELDS.onlineUrl]: linkForGuard(series.onlineUrl),
  };
  (series.changes ?? []).forEach((c, i) => {
    fields[`${SERIES_FIELDS.location}.${i}`] = c.location ?? undefined;
    fields[`${SERIES_FIELDS.onlineUrl}.${i}`] = linkForGuard(c.onlineUrl);
  });
  (series.exceptions ?? []).forEach((e, i) => {
    // A cancel keeps the place of the move it replaced: still published text, still guarded.
    fields[`${SERIES_FIELDS.location}.verplaatst.${i}`] = movedPartOf(e)?.location ?? undefined;
  });
  return fields;
}

/** The series back as storable, or a PrivacyRefusal naming Plaats or Link. */
export function guardSeries(guard: Pick<Guard, 'check'>, series: SeriesInput): Guarded<SeriesInput> {
  return guardWhole(guard, series, seriesTexts);
}

async function overlegFor(
  overleggen: Pick<RhythmRepository, 'findOverleg'>,
  overlegId: string,
): Promise<Overleg> {
  const overleg = await overleggen.findOverleg(overlegId);
  if (!overleg) throw new NotFound(words().answers.admin.noOverleg);
  return overleg;
}

/**
 * Changes a series definition as one step: authorised, validated as a whole,
 * saved with an optimistic version check, audited, and the plan of deliveries
 * brought in line in the same transaction. Nothing changes when any part fails.
 */
export async function updateSeries(...args: Parameters<typeof updateSeriesPlanned>) {
  return (await updateSeriesPlanned(...args)) === 'unchanged' ? 'unchanged' : 'changed';
}

/** updateSeries, with the plan it wrote (which messages the change leads to). */
export async function updateSeriesPlanned(
  { store, clock, guard }: Deps,
  actor: Member | null,
  overlegId: string,
  action: string,
  change: (current: SeriesInput | null) => SeriesInput | 'unchanged',
  details: object,
): Promise<Replanned | 'unchanged'> {
  const overleg = await overlegFor(store.read, overlegId);
  const pl = authorize(actor, 'werkgroep.manage', { regionId: overleg.regionId });
  const now = clock.now();
  // Read and changed in one transaction: a change already made (a second cancel) writes nothing.
  // The overleg is locked first, so the same change sent twice at once is read after the first
  // one's commit (and found made) instead of failing on the version check as "changed meanwhile".
  return store.transaction(async (tx) => {
    await tx.lockOverlegForPlanning(overlegId);
    const stored = await tx.findSeries(overlegId);
    const changed = change(stored?.definition ?? null);
    if (changed === 'unchanged') return 'unchanged' as const;
    // Each change also lets go of the herstel counts of meetings long past (bounded, not kept for ever).
    const next = withoutLongPastRestores(changed, now);
    defineSeries(next); // throws InvalidInput with Dutch messages
    const guarded = guardSeries(guard, next); // throws PrivacyRefusal, naming Plaats or Link
    if (!(await tx.saveSeries(overlegId, guarded, stored?.version ?? null, now))) {
      throw new InvalidInput([{ field: 'reeks', message: words().answers.problems.seriesChangedMeanwhile }]);
    }
    await tx.audit({
      regionId: overleg.regionId,
      actorId: pl.id,
      action,
      subject: overleg.id,
      details,
      at: now,
    });
    // Planned with the change: no moment in which a notice of the old state could still go out.
    return planOverlegWith(tx, overlegId, now);
  });
}

export function createSeriesCommands(deps: Deps) {
  return {
    ...restoreCommands(deps, updateSeriesPlanned),
    /**
     * Only the projectleider of the region manages the series; checked before anything is looked
     * up. The overleg, as found for the check.
     */
    async assertMayManage(actor: Member | null, overlegId: string): Promise<Overleg> {
      const overleg = await overlegFor(deps.store.read, overlegId);
      authorize(actor, 'werkgroep.manage', { regionId: overleg.regionId });
      return overleg;
    },

    /** Whether the overleg has a series already (then `nieuwe-reeks` points to `wijzig`). */
    async hasSeries(overlegId: string): Promise<boolean> {
      return (await deps.store.read.findSeries(overlegId)) !== null;
    },

    /** `prefix`: how the platform's commands start, for the command a refusal suggests. */
    async createSeries(
      actor: Member | null,
      overlegId: string,
      input: SeriesInput,
      prefix = '',
    ): Promise<void> {
      await updateSeries(
        deps,
        actor,
        overlegId,
        'reeks_aangemaakt',
        (current) => {
          if (current)
            throw new InvalidInput([
              { field: 'reeks', message: words().answers.problems.seriesExists(prefix) },
            ]);
          return { ...input, changes: [], exceptions: [] };
        },
        { firstStart: input.firstStart, everyWeeks: input.everyWeeks ?? 4 },
      );
    },

    /**
     * `prefix`: how the platform's commands start, for the command a refusal suggests. 'unchanged'
     * when the meeting stood there already (the same move sent twice at once): nothing is written.
     */
    moveOccurrence(
      actor: Member | null,
      overlegId: string,
      originalStart: string,
      start: string,
      prefix = '',
    ) {
      const exception: OccurrenceException = { kind: 'move', originalStart, start };
      const change = withException(exception, prefix);
      return updateSeries(deps, actor, overlegId, 'bijeenkomst_verplaatst', change, {
        originalStart,
        start,
      });
    },

    /**
     * `cancelled` false when that meeting was cancelled before: nothing is written, no notice goes
     * out again. `start`: where it stands cancelled (where it had moved to, for a moved meeting).
     */
    async cancelOccurrence(
      actor: Member | null,
      overlegId: string,
      originalStart: string,
    ): Promise<{ readonly cancelled: boolean; readonly start: string }> {
      const exception: OccurrenceException = { kind: 'cancel', originalStart };
      // Where a moved meeting stood, for the logboek: filled in as the change is made.
      const details: { originalStart: string; start?: string } = { originalStart };
      const cancel = withException(exception);
      const change = (current: SeriesInput | null) => {
        const next = cancel(current);
        const moved = current && movedStartOf(next === 'unchanged' ? current : next, originalStart);
        if (moved) details.start = moved;
        return next;
      };
      const done = await updateSeries(deps, actor, overlegId, 'bijeenkomst_geannuleerd', change, details);
      return { cancelled: done === 'changed', start: details.start ?? originalStart };
    },

    async changeSeriesFrom(actor: Member | null, overlegId: string, change: SeriesChange): Promise<void> {
      await updateSeries(
        deps,
        actor,
        overlegId,
        'reeks_gewijzigd',
        (current) => {
          if (!current) throw new NotFound(words().answers.series.noSeries);
          const others = (current.changes ?? []).filter((c) => c.effectiveFrom !== change.effectiveFrom);
          // In date order, as the series reads them: a change from before one already planned
          // comes first (appended, it was refused as out of order).
          const changes = [...others, change].sort((x, y) => x.effectiveFrom.localeCompare(y.effectiveFrom));
          return { ...current, changes };
        },
        { ...change },
      );
    },

    /** The next meetings with a warning for each that falls on a holiday, in a vacation or a weekend. */
    async upcoming(
      overlegId: string,
      count: number,
    ): Promise<{ occurrences: Occurrence[]; warnings: ConflictWarning[] }> {
      const overleg = await overlegFor(deps.store.read, overlegId);
      const stored = await deps.store.read.findSeries(overlegId);
      if (!stored) return { occurrences: [], warnings: [] };
      const series = storedSeries(stored.definition);
      const now = DateTime.fromJSDate(deps.clock.now(), { zone: series.timeZone });
      const weeks = Math.max(...series.segments.map((s) => s.everyWeeks));
      const until = now.plus({ weeks: weeks * (count + 1) });
      const occurrences = expandOccurrences(series, now, until)
        .filter((o) => o.status !== 'cancelled')
        .slice(0, count);
      const holidayPeriods = await deps.store.read.holidayPeriodsOf(overleg.regionId);
      // A proposal is never a day the series already meets on, as far as a free day is looked for.
      const meetings = expandOccurrences(series, now, until.plus({ days: PROPOSAL_SEARCH_DAYS + 1 }));
      return {
        occurrences,
        warnings: findConflicts(occurrences, { holidayPeriods, notBefore: now, meetings }),
      };
    },
  };
}

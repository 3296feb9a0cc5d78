import { isDeepStrictEqual } from 'node:util';
import { DateTime } from 'luxon';
import type { Clock } from '../clock.ts';
import { authorize } from '../domain/authorization.ts';
import { InvalidInput, NotFound } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import type { Overleg } from '../domain/overleg.ts';
import { planOverlegIn } from '../jobs/plan-deliveries.ts';
import { words } from '../messages/catalogue/words.ts';
import { OCCURRENCE_FIELDS } from '../messages/forms/occurrence-form.ts';
import { SERIES_FIELDS } from '../messages/forms/series-form.ts';
import { readableDate, readableIsoDate } from '../messages/readable-date.ts';
import type { Guard } from '../privacy/guard.ts';
import { type Guarded, guardWhole, linkForGuard } from '../privacy/guarded-text.ts';
import { type ConflictWarning, findConflicts, PROPOSAL_SEARCH_DAYS } from '../schedule/conflicts.ts';
import { DEFAULT_TIME_ZONE, existsLocally, parseLocalDateTime, toEpochDay } from '../schedule/local-time.ts';
import {
  defineSeries,
  expandOccurrences,
  findOccurrence,
  type Occurrence,
  type OccurrenceException,
  type SeriesChange,
  type SeriesInput,
} from '../schedule/series.ts';
import { storedSeries } from '../schedule/stored-series.ts';
import type { RhythmRepository, RhythmStore } from '../store/rhythm-store.ts';
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
    if (e.kind === 'move') fields[`${SERIES_FIELDS.location}.verplaatst.${i}`] = e.location ?? undefined;
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
 * brought in line. Nothing changes when any part fails.
 */
export async function updateSeries(
  { store, clock, guard }: Deps,
  actor: Member | null,
  overlegId: string,
  action: string,
  change: (current: SeriesInput | null) => SeriesInput | 'unchanged',
  details: object,
  /** More to write in the same transaction once the change is saved (a restore's notices). */
  also?: (tx: RhythmRepository, now: Date) => Promise<void>,
): Promise<'changed' | 'unchanged'> {
  const overleg = await overlegFor(store.read, overlegId);
  const pl = authorize(actor, 'werkgroep.manage', { regionId: overleg.regionId });
  const now = clock.now();
  // Read and changed in one transaction: a change already made (a second cancel) writes nothing.
  // The overleg is locked first, so the same change sent twice at once is read after the first
  // one's commit (and found made) instead of failing on the version check as "changed meanwhile".
  const done = await store.transaction(async (tx) => {
    await tx.lockOverlegForPlanning(overlegId);
    const stored = await tx.findSeries(overlegId);
    const next = change(stored?.definition ?? null);
    if (next === 'unchanged') return 'unchanged' as const;
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
    await also?.(tx, now);
    return 'changed' as const;
  });
  if (done === 'changed') await planOverlegIn(store, overlegId, now);
  return done;
}

/** updateSeries for the changes that always change something (create, move, change from a date). */
async function changeSeries(...args: Parameters<typeof updateSeries>): Promise<void> {
  await updateSeries(...args);
}

export function createSeriesCommands(deps: Deps) {
  return {
    ...restoreCommands(deps, updateSeries),
    /** Only the projectleider of the region manages the series; checked before anything is looked up. */
    async assertMayManage(actor: Member | null, overlegId: string): Promise<void> {
      authorize(actor, 'werkgroep.manage', {
        regionId: (await overlegFor(deps.store.read, overlegId)).regionId,
      });
    },

    /** Whether the overleg has a series already (then `nieuwe-reeks` points to `wijzig`). */
    async hasSeries(overlegId: string): Promise<boolean> {
      return (await deps.store.read.findSeries(overlegId)) !== null;
    },

    /** `prefix`: how the platform's commands start, for the command a refusal suggests. */
    createSeries(actor: Member | null, overlegId: string, input: SeriesInput, prefix = '') {
      return changeSeries(
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

    /** 'already' when that meeting was cancelled before: nothing is written, no notice goes out again. */
    async cancelOccurrence(
      actor: Member | null,
      overlegId: string,
      originalStart: string,
    ): Promise<'cancelled' | 'already'> {
      const exception: OccurrenceException = { kind: 'cancel', originalStart };
      const done = await updateSeries(
        deps,
        actor,
        overlegId,
        'bijeenkomst_geannuleerd',
        withException(exception),
        {
          originalStart,
        },
      );
      return done === 'changed' ? 'cancelled' : 'already';
    },

    changeSeriesFrom(actor: Member | null, overlegId: string, change: SeriesChange) {
      return changeSeries(
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

function withException(exception: OccurrenceException, prefix = '') {
  return (current: SeriesInput | null): SeriesInput | 'unchanged' => {
    if (!current) throw new NotFound(words().answers.series.noSeries);
    // Made already (a second cancel, or the same move sent twice at once): nothing to write.
    const same = (e: OccurrenceException) =>
      e.originalStart === exception.originalStart &&
      (exception.kind === 'cancel' ? e.kind === 'cancel' : isDeepStrictEqual(e, exception));
    if ((current.exceptions ?? []).some(same)) return 'unchanged';
    if (!findOccurrence(storedSeries(current), exception.originalStart)) {
      throw new InvalidInput([{ field: 'originalStart', message: words().answers.problems.noMeetingThen }]);
    }
    if (exception.kind === 'move') assertExists(exception.start, current.timeZone ?? DEFAULT_TIME_ZONE);
    const others = (current.exceptions ?? []).filter((e) => e.originalStart !== exception.originalStart);
    // Moved back to where it stood, with nothing else of its own: no longer an exception ("verplaatst").
    // Never moved at all: it stands there already, nothing to write.
    if (exception.kind === 'move' && exception.start === exception.originalStart && !movedWithMore(exception))
      return others.length === (current.exceptions ?? []).length
        ? 'unchanged'
        : { ...current, exceptions: others };
    const next = { ...current, exceptions: [...others, exception] };
    if (exception.kind === 'move') assertDayFree(next, exception, prefix);
    return next;
  };
}

/**
 * Two meetings of one werkgroep on one day read as one in `volgende` and leave a later `verplaats`
 * of that date guessing which: a move onto a day that has another meeting is refused, naming it.
 */
function assertDayFree(
  series: SeriesInput,
  move: OccurrenceException & { kind: 'move' },
  prefix: string,
): void {
  const defined = defineSeries(series);
  const day = move.start.slice(0, 10);
  const from = DateTime.fromISO(day, { zone: defined.timeZone });
  const other = expandOccurrences(defined, from, from.plus({ days: 1 })).find(
    (o) => o.status !== 'cancelled' && o.originalLocal !== move.originalStart,
  );
  if (!other) return;
  const message = words().answers.problems.meetingThatDay(
    readableIsoDate(day),
    other.start.toFormat('HH:mm'),
    day,
    prefix,
  );
  throw new InvalidInput([{ field: OCCURRENCE_FIELDS.date, message }]);
}

/** Whether a move sets more than the start (a place, a link of its own): that keeps it an exception. */
function movedWithMore(exception: OccurrenceException): boolean {
  return Object.entries(exception).some(
    ([key, value]) => !['kind', 'originalStart', 'start'].includes(key) && value != null,
  );
}

/** A meeting moved into the hour skipped in spring would silently start an hour later: refused. */
function assertExists(start: string, zone: string): void {
  const local = parseLocalDateTime(start);
  if (!local || existsLocally(local, zone)) return;
  const message = words().answers.problems.skippedHour(start.slice(11), readableDate(toEpochDay(local)));
  throw new InvalidInput([{ field: OCCURRENCE_FIELDS.time, message }]);
}

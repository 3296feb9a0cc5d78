import type { Member } from '../domain/members.ts';
import { words } from '../messages/catalogue/words.ts';
import type { OccurrenceException, SeriesInput } from '../schedule/series.ts';
import { cancelRoundOf } from '../schedule/series-schema.ts';
import { assertDayFree } from './occurrence-exceptions.ts';
import type { Deps, updateSeriesPlanned } from './series-changes.ts';

/** What `herstel` did: put back (and whether the werkgroep will hear it), or nothing to put back. */
export type RestoreOutcome =
  | { readonly restored: true; readonly told: boolean }
  | { readonly restored: false };

/** `update`: series-changes' updateSeriesPlanned, passed in so the two files do not import each other. */
export function restoreCommands(deps: Deps, update: typeof updateSeriesPlanned) {
  return {
    /**
     * A cancelled meeting back at its own day and time, or where it had been moved to before it
     * was cancelled (with that move's own length, place and link); its reminders are planned
     * again. When the werkgroep was told it was cancelled, the plan tells it once that it goes
     * ahead after all (src/schedule/reminder-plan.ts). Not cancelled (never, or put back already by a request sent at the same time):
     * nothing is written. `prefix`: how the platform's commands start, for a refusal's advice.
     */
    async restoreOccurrence(
      actor: Member | null,
      overlegId: string,
      originalStart: string,
      prefix = '',
    ): Promise<RestoreOutcome> {
      // Where a moved meeting comes back, for the logboek: filled in as the change is made.
      const details: { originalStart: string; start?: string } = { originalStart };
      const done = await update(
        deps,
        actor,
        overlegId,
        'bijeenkomst_hersteld',
        withoutCancel(originalStart, prefix, details),
        details,
      );
      if (done === 'unchanged') return { restored: false };
      // Told of the cancellation: the plan has "gaat toch door" for that channel.
      const told = done.plan.some((d) => d.kind === 'restore_notice' && d.occurrence === originalStart);
      return { restored: true, told };
    },
  };
}

function withoutCancel(originalStart: string, prefix: string, details: { start?: string }) {
  return (current: SeriesInput | null): SeriesInput | 'unchanged' => {
    const exceptions = current?.exceptions ?? [];
    const cancel = exceptions.find((e) => e.kind === 'cancel' && e.originalStart === originalStart);
    if (!current || cancel?.kind !== 'cancel') return 'unchanged';
    const others = exceptions.filter((e) => e !== cancel);
    // Back on its own day, or where it had been moved to before it was cancelled: either way not
    // onto a day another meeting took since (a move there skips cancelled meetings).
    const move: OccurrenceException & { kind: 'move' } = cancel.moved
      ? { kind: 'move', originalStart, ...cancel.moved }
      : { kind: 'move', originalStart, start: originalStart };
    // Which cancellation is undone: its round, so the plan tells it once and a next one is new.
    const restored = [
      ...(current.restored ?? []).filter((r) => r.originalStart !== originalStart),
      { originalStart, round: cancelRoundOf(current, originalStart) },
    ];
    const next = { ...current, exceptions: cancel.moved ? [...others, move] : others, restored };
    assertDayFree(next, move, prefix, words().answers.problems.restoreDayTaken);
    if (cancel.moved) details.start = move.start;
    return next;
  };
}

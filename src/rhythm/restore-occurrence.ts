import type { Member } from '../domain/members.ts';
import type { SeriesInput } from '../schedule/series.ts';
import type { Deps, updateSeries } from './series-changes.ts';

/** What `herstel` did: put back (and whether the werkgroep will hear it), or nothing to put back. */
export type RestoreOutcome =
  | { readonly restored: true; readonly told: boolean }
  | { readonly restored: false };

/** `update`: series-changes' updateSeries, passed in so the two files do not import each other. */
export function restoreCommands(deps: Deps, update: typeof updateSeries) {
  return {
    /**
     * A cancelled meeting back at its own day and time; its reminders are planned again. When the
     * werkgroep was told it was cancelled, it is told once that it goes ahead after all. Not
     * cancelled (never, or put back already by a request sent at the same time): nothing is written.
     */
    async restoreOccurrence(
      actor: Member | null,
      overlegId: string,
      originalStart: string,
    ): Promise<RestoreOutcome> {
      let told = false;
      const done = await update(
        deps,
        actor,
        overlegId,
        'bijeenkomst_hersteld',
        withoutCancel(originalStart),
        { originalStart },
        async (tx, now) => {
          told = (await tx.addRestoreNotices(overlegId, originalStart, now)) > 0;
        },
      );
      return done === 'changed' ? { restored: true, told } : { restored: false };
    },
  };
}

function withoutCancel(originalStart: string) {
  return (current: SeriesInput | null): SeriesInput | 'unchanged' => {
    const exceptions = current?.exceptions ?? [];
    const others = exceptions.filter((e) => !(e.kind === 'cancel' && e.originalStart === originalStart));
    return current && others.length < exceptions.length ? { ...current, exceptions: others } : 'unchanged';
  };
}

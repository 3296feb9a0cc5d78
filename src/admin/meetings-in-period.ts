import { DateTime } from 'luxon';
import { expandOccurrences } from '../schedule/series.ts';
import { storedSeriesOrNull } from '../schedule/stored-series.ts';
import type { AdminRepository } from '../store/admin-store.ts';

/** A meeting of one of the region's werkgroepen that falls in a holiday period. */
export interface MeetingInPeriod {
  readonly overlegName: string;
  readonly start: DateTime;
}

/**
 * The meetings still to come of every werkgroep of the region whose day falls in the period
 * ('YYYY-MM-DD', both inclusive, in each series' own zone), in date order; cancelled ones are
 * not warned about and not named. A stored series the rules refuse is left out (nothing is planned for it).
 */
export async function meetingsInPeriod(
  read: Pick<AdminRepository, 'overlegIdsOfRegion' | 'findOverleg' | 'findSeries'>,
  regionId: string,
  period: { readonly from: string; readonly to: string },
  now: Date,
): Promise<MeetingInPeriod[]> {
  const found: MeetingInPeriod[] = [];
  for (const id of await read.overlegIdsOfRegion(regionId)) {
    const [overleg, stored] = await Promise.all([read.findOverleg(id), read.findSeries(id)]);
    const series = stored && storedSeriesOrNull(stored.definition);
    if (!overleg || !series) continue;
    const zone = series.timeZone;
    const first = DateTime.fromISO(period.from, { zone }).startOf('day');
    const after = DateTime.fromISO(period.to, { zone }).startOf('day').plus({ days: 1 });
    const from = DateTime.max(first, DateTime.fromJSDate(now, { zone }));
    for (const o of expandOccurrences(series, from, after)) {
      if (o.status !== 'cancelled') found.push({ overlegName: overleg.name, start: o.start });
    }
  }
  return found.sort((a, b) => a.start.toMillis() - b.start.toMillis());
}

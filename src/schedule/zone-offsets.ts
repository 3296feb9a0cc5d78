import { IANAZone } from 'luxon';

/**
 * Luxon asks Intl for a zone's UTC offset every time it makes or moves a DateTime in a named zone
 * (Intl.DateTimeFormat#formatToParts, some microseconds each): planning 100,000 werkgroepen spent
 * most of its time there. Offsets change at most once in an hour, so an hour whose first and last
 * millisecond have the same offset has it throughout: that answer is kept, per zone and hour. The
 * hours with a change in them are asked of Intl every time, as before.
 */

const HOUR_MS = 3_600_000;
/** Enough for decades of hours in a few zones; beyond it the cache starts again. */
const MAX_ENTRIES = 200_000;
const PATCHED = Symbol.for('schakel.zoneOffsetCache');

type Offset = (this: IANAZone, ts: number) => number;

export function cacheZoneOffsets(): void {
  const proto = IANAZone.prototype as unknown as Record<PropertyKey, unknown> & { offset: Offset };
  if (proto[PATCHED]) return;
  const uncached = proto.offset;
  const byZone = new Map<string, Map<number, number>>();
  let entries = 0;
  proto.offset = function cachedOffset(this: IANAZone, ts: number): number {
    if (!Number.isFinite(ts)) return uncached.call(this, ts);
    let hours = byZone.get(this.name);
    if (!hours) {
      hours = new Map();
      byZone.set(this.name, hours);
    }
    const hour = Math.floor(ts / HOUR_MS);
    const known = hours.get(hour);
    if (known !== undefined) return Number.isNaN(known) ? uncached.call(this, ts) : known;
    const first = uncached.call(this, hour * HOUR_MS);
    const last = uncached.call(this, hour * HOUR_MS + HOUR_MS - 1);
    if (entries++ > MAX_ENTRIES) {
      byZone.clear();
      entries = 0;
    }
    // NaN marks an hour with a change in it (and an invalid zone): not cached.
    hours.set(hour, first === last ? first : Number.NaN);
    return first === last ? first : uncached.call(this, ts);
  };
  proto[PATCHED] = true;
}

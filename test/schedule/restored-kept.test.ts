import { describe, expect, it } from 'vitest';
import { RESTORED_KEPT_DAYS, withoutLongPastRestores } from '../../src/schedule/restored-kept.ts';
import { defineSeries, type SeriesInput } from '../../src/schedule/series.ts';

/**
 * A werkgroep that meets for years and now and then calls a meeting off and puts it back: the
 * series keeps the herstel count of recent and coming meetings only, so it stays small.
 */
const base: SeriesInput = { firstStart: '2026-01-06T14:00', everyWeeks: 4, durationMinutes: 90 };
// Every meeting of 2026 and 2027 put back once: 27 entries.
const everyMeeting = Array.from({ length: 27 }, (_, k) => {
  const day = new Date(Date.UTC(2026, 0, 6 + 28 * k)).toISOString().slice(0, 10);
  return { originalStart: `${day}T14:00`, round: 1 };
});

describe('the herstel counts a series keeps', () => {
  it('only the meetings less than four weeks past, and those to come: bounded whatever the years', () => {
    const input = { ...base, restored: everyMeeting };
    const kept = withoutLongPastRestores(input, new Date('2027-03-01T10:00:00Z'));
    // 1 March 2027: from 2 February on (27 days ago); 5 January 2027 and before are gone.
    expect(kept.restored).toEqual(everyMeeting.slice(14));
    expect(kept.restored?.[0]?.originalStart).toBe('2027-02-02T14:00');
    expect(RESTORED_KEPT_DAYS).toBe(28);
    // Run again: nothing more goes, and the series still reads.
    expect(withoutLongPastRestores(kept, new Date('2027-03-01T10:00:00Z'))).toBe(kept);
    expect(defineSeries(kept).restored.size).toBe(kept.restored?.length);
  });

  it('a meeting moved later keeps its count until four weeks after the day it moved to', () => {
    const input: SeriesInput = {
      ...base,
      exceptions: [{ kind: 'move', originalStart: '2026-01-06T14:00', start: '2026-02-02T10:00' }],
      restored: [{ originalStart: '2026-01-06T14:00', round: 2 }],
    };
    expect(withoutLongPastRestores(input, new Date('2026-02-25T10:00:00Z')).restored).toHaveLength(1);
    expect(withoutLongPastRestores(input, new Date('2026-03-03T10:00:00Z')).restored).toEqual([]);
  });

  it('no count at all: the series as it was', () => {
    expect(withoutLongPastRestores(base, new Date('2027-03-01T10:00:00Z'))).toBe(base);
  });
});

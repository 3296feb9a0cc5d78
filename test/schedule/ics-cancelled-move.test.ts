import { join } from 'node:path';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { seriesCalendarText } from '../../src/schedule/ics.ts';
import { defineSeries, type SeriesInput } from '../../src/schedule/series.ts';
import { hasTool, missing, runTool } from '../support/oracle-tools.ts';

/**
 * A meeting moved and then cancelled, as a calendar client reads the feed (ical.js, with the
 * feed's own VTIMEZONE): called off on the day it had moved to, under the UID and RECURRENCE-ID
 * the move had, with a higher SEQUENCE, so the client replaces the move it has instead of keeping it.
 */
const options = {
  seriesId: 'oost-1',
  title: 'Werkgroep Oost',
  generatedAt: DateTime.fromISO('2026-10-05T06:00:00Z'),
};
const base: SeriesInput = { firstStart: '2026-10-06T14:00', durationMinutes: 90 };
const moved = { originalStart: '2026-11-03T14:00', start: '2026-11-04T15:00' } as const;

afterEach(() => ICAL.TimezoneService.reset());

/** Every VEVENT as a client reads it: UID, RECURRENCE-ID, start, STATUS, SEQUENCE. */
function events(input: SeriesInput) {
  const root = new ICAL.Component(ICAL.parse(seriesCalendarText(defineSeries(input), options)));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return root.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      recurrenceId: event.recurrenceId?.toString() ?? null,
      start: DateTime.fromMillis(event.startDate.toUnixTime() * 1000, { zone: 'Europe/Amsterdam' }).toISO(),
      status: v.getFirstPropertyValue('status'),
      sequence: event.sequence,
      exdates: v.getAllProperties('exdate').map((p) => String(p.getFirstValue())),
    };
  });
}

/** The instance of 3 November (moved to 4 November) as ical.js expands the series: start and status. */
function instance(input: SeriesInput) {
  const root = new ICAL.Component(ICAL.parse(seriesCalendarText(defineSeries(input), options)));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const vevents = root.getAllSubcomponents('vevent');
  const master = new ICAL.Event(vevents.find((v) => !v.hasProperty('recurrence-id')));
  for (const v of vevents.filter((e) => e.hasProperty('recurrence-id')))
    master.relateException(new ICAL.Event(v));
  const iterator = master.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    const details = master.getOccurrenceDetails(next);
    if (!details.recurrenceId.toString().startsWith('2026-11-03')) continue;
    const start = DateTime.fromMillis(details.startDate.toUnixTime() * 1000, { zone: 'Europe/Amsterdam' });
    return { start: start.toISO(), status: details.item.component.getFirstPropertyValue('status') };
  }
  return null;
}

describe('ICS feed: a meeting moved and then cancelled', () => {
  const movedOnly: SeriesInput = { ...base, exceptions: [{ kind: 'move', ...moved }] };
  const cancelled: SeriesInput = {
    ...base,
    exceptions: [{ kind: 'cancel', originalStart: moved.originalStart, moved: { start: moved.start } }],
  };

  it('shows as CANCELLED on the day it had moved to, same UID and RECURRENCE-ID, SEQUENCE raised', () => {
    const [master, override] = events(movedOnly);
    const [masterAfter, cancelledOverride] = events(cancelled);
    expect(override).toMatchObject({
      start: '2026-11-04T15:00:00.000+01:00',
      status: 'CONFIRMED',
      sequence: 0,
    });
    expect(cancelledOverride).toMatchObject({
      uid: override?.uid,
      recurrenceId: override?.recurrenceId,
      start: '2026-11-04T15:00:00.000+01:00',
      status: 'CANCELLED',
      sequence: 1,
    });
    expect(cancelledOverride?.uid).toBe(master?.uid);
    // Not removed from the series with an EXDATE: the client would drop the override unseen.
    expect(masterAfter?.exdates).toEqual([]);
    expect(instance(cancelled)).toEqual({ start: '2026-11-04T15:00:00.000+01:00', status: 'CANCELLED' });
    expect(instance(movedOnly)).toEqual({ start: '2026-11-04T15:00:00.000+01:00', status: 'CONFIRMED' });
  });

  it('put back and cancelled again: each state a higher SEQUENCE than the one before', () => {
    const restored: SeriesInput = {
      ...movedOnly,
      restored: [{ originalStart: moved.originalStart, round: 1 }],
    };
    const again: SeriesInput = {
      ...restored,
      exceptions: [
        { kind: 'cancel', originalStart: moved.originalStart, moved: { start: moved.start }, round: 2 },
      ],
    };
    const sequences = [movedOnly, cancelled, restored, again].map((s) => events(s)[1]?.sequence);
    expect(sequences).toEqual([0, 1, 2, 3]);
    expect(events(restored)[1]?.status).toBe('CONFIRMED');
    expect(events(again)[1]?.status).toBe('CANCELLED');
  });

  it("Python's recurring-ical-events reads it the same: CANCELLED on 4 November, SEQUENCE 1", async (ctx) => {
    ctx.skip(!hasTool('python3'), missing('python3'));
    const script = join(import.meta.dirname, '..', 'support', 'expand-ics.py');
    const feed = seriesCalendarText(defineSeries(cancelled), options);
    const r = await runTool('python3', [script, '2026-11-01', '2026-11-08'], feed);
    if (r.code !== 0) throw new Error(`recurring-ical-events: ${r.stderr}`);
    expect(JSON.parse(r.stdout)).toMatchObject([
      { start: '2026-11-04T14:00:00Z', status: 'CANCELLED', sequence: 1, summary: 'Werkgroep Oost' },
    ]);
  });

  it('a meeting cancelled where the rule put it stays an EXDATE, with no event of its own', () => {
    const plain = events({ ...base, exceptions: [{ kind: 'cancel', originalStart: '2026-11-03T14:00' }] });
    expect(plain).toHaveLength(1);
    expect(plain[0]?.exdates.join()).toContain('2026-11-03T14:00:00');
  });
});

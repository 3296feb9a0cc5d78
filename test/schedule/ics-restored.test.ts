import { join } from 'node:path';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { seriesCalendarText } from '../../src/schedule/ics.ts';
import { defineSeries, type SeriesInput } from '../../src/schedule/series.ts';
import { hasTool, missing, runTool } from '../support/oracle-tools.ts';

/**
 * A meeting cancelled where the rule put it and then put back (`herstel`), as a calendar client
 * reads the feed: a client that had the cancellation (an EXDATE, which Outlook keeps as a deleted
 * instance) must see a newer version of the series and of that meeting, on again, or it keeps
 * showing it cancelled. Each saved change of the series is a revision (its stored version).
 */
const options = {
  seriesId: 'oost-1',
  title: 'Werkgroep Oost',
  generatedAt: DateTime.fromISO('2026-10-05T06:00:00Z'),
};
const base: SeriesInput = { firstStart: '2026-10-06T14:00', durationMinutes: 90 };
const meeting = '2026-11-03T14:00';
const cancelled: SeriesInput = { ...base, exceptions: [{ kind: 'cancel', originalStart: meeting }] };
const restored: SeriesInput = { ...base, restored: [{ originalStart: meeting, round: 1 }] };
// The revisions the series had: created (1), cancelled (2), put back (3).
const feed = (input: SeriesInput, revision: number) =>
  seriesCalendarText(defineSeries(input), { ...options, sequence: revision });

afterEach(() => ICAL.TimezoneService.reset());

/** The series as ical.js reads it: each VEVENT, and the meeting of 3 November as it expands. */
function read(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const vevents = root.getAllSubcomponents('vevent');
  const master = new ICAL.Event(vevents.find((v) => !v.hasProperty('recurrence-id')));
  for (const v of vevents.filter((e) => e.hasProperty('recurrence-id')))
    master.relateException(new ICAL.Event(v));
  let third: { start: string | null; status: unknown; sequence: number } | null = null;
  const iterator = master.iterator();
  for (let next = iterator.next(); next && next.year === 2026; next = iterator.next()) {
    const details = master.getOccurrenceDetails(next);
    if (!details.recurrenceId.toString().startsWith('2026-11-03')) continue;
    const start = DateTime.fromMillis(details.startDate.toUnixTime() * 1000, { zone: 'Europe/Amsterdam' });
    const item = details.item.component;
    third = {
      start: start.toISO(),
      status: item.getFirstPropertyValue('status'),
      sequence: Number(item.getFirstPropertyValue('sequence') ?? 0),
    };
  }
  return { masterSequence: master.sequence, events: vevents.length, third };
}

describe('ICS feed: a meeting cancelled and put back where it stood', () => {
  it('cancelled: gone from the expansion; put back: there again, CONFIRMED, with a higher SEQUENCE', () => {
    const before = read(feed(base, 1));
    const off = read(feed(cancelled, 2));
    const on = read(feed(restored, 3));
    expect(before.third).toMatchObject({ start: '2026-11-03T14:00:00.000+01:00', status: null });
    expect(off.third).toBeNull();
    expect(on.third).toEqual({ start: '2026-11-03T14:00:00.000+01:00', status: 'CONFIRMED', sequence: 3 });
    // The series itself is newer each time: its EXDATE came and went.
    expect([before, off, on].map((r) => r.masterSequence)).toEqual([1, 2, 3]);
    expect(on.events).toBe(2);
  });

  it('cancelled again and put back again: every state newer than the one before', () => {
    const again: SeriesInput = { ...restored, exceptions: [{ kind: 'cancel', originalStart: meeting }] };
    const back: SeriesInput = { ...base, restored: [{ originalStart: meeting, round: 2 }] };
    const reads = [feed(cancelled, 2), feed(restored, 3), feed(again, 4), feed(back, 5)].map(read);
    expect(reads.map((r) => r.masterSequence)).toEqual([2, 3, 4, 5]);
    expect(reads.map((r) => r.third?.status ?? 'gone')).toEqual(['gone', 'CONFIRMED', 'gone', 'CONFIRMED']);
    expect(reads[3]?.third?.sequence).toBe(5);
  });

  it('a feed without a revision (older callers) still rises with the rounds: put back is newer than cancelled', () => {
    const text = seriesCalendarText(defineSeries(restored), options);
    expect(read(text).third).toMatchObject({ status: 'CONFIRMED', sequence: 2 });
  });

  it("Python's recurring-ical-events reads it the same: on again on 3 November, CONFIRMED, SEQUENCE 3", async (ctx) => {
    ctx.skip(!hasTool('python3'), missing('python3'));
    const script = join(import.meta.dirname, '..', 'support', 'expand-ics.py');
    const expand = async (text: string) => {
      const r = await runTool('python3', [script, '2026-11-01', '2026-11-08'], text);
      if (r.code !== 0) throw new Error(`recurring-ical-events: ${r.stderr}`);
      return JSON.parse(r.stdout);
    };
    expect(await expand(feed(cancelled, 2))).toEqual([]);
    expect(await expand(feed(restored, 3))).toMatchObject([
      { start: '2026-11-03T13:00:00Z', status: 'CONFIRMED', sequence: 3, summary: 'Werkgroep Oost' },
    ]);
  });
});

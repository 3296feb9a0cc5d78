import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../src/domain/errors.ts';
import { seriesCalendarText } from '../../src/schedule/ics.ts';
import { planReminders } from '../../src/schedule/reminder-plan.ts';
import {
  defineSeries,
  expandOccurrences,
  findOccurrence,
  type OccurrenceException,
} from '../../src/schedule/series.ts';

// Europe/Amsterdam. Every four weeks on Tuesday from 12 January 2027, 14:00, 90 minutes.
const AMS = 'Europe/Amsterdam';
const local = (text: string) => DateTime.fromISO(text, { zone: AMS });
const base = { firstStart: '2027-01-12T14:00', durationMinutes: 90, location: 'Stadhuis Zutphen' };
const moved = { start: '2027-01-20T10:00', durationMinutes: 60, location: 'Gemeentehuis Lochem' };
const seriesWith = (...exceptions: OccurrenceException[]) => defineSeries({ ...base, exceptions });
const cancelledThere = seriesWith({ kind: 'cancel', originalStart: '2027-02-09T14:00', moved });
const day = (iso: string) => [local(iso), local(iso).plus({ days: 1 })] as const;

/** A meeting moved and then cancelled is called off where the werkgroep expected it: the day it was moved to. */
describe('a meeting cancelled after it was moved', () => {
  it('counts where it had moved to, cancelled, with that move’s own length and place', () => {
    const [o, ...rest] = expandOccurrences(cancelledThere, ...day('2027-01-20'));
    expect(rest).toEqual([]);
    expect(o).toMatchObject({ originalLocal: '2027-02-09T14:00', status: 'cancelled', index: 1 });
    expect(o?.start.toISO({ suppressMilliseconds: true })).toBe('2027-01-20T10:00:00+01:00');
    expect(o?.end.toFormat('HH:mm')).toBe('11:00');
    expect(o?.location).toBe('Gemeentehuis Lochem');
    // Not on its original day any more: that day has no meeting at all.
    expect(expandOccurrences(cancelledThere, ...day('2027-02-09'))).toEqual([]);
    expect(findOccurrence(cancelledThere, '2027-02-09T14:00')?.start.toISODate()).toBe('2027-01-20');
  });

  it('a plain cancel and a move read as before', () => {
    const series = seriesWith(
      { kind: 'cancel', originalStart: '2027-02-09T14:00' },
      { kind: 'move', originalStart: '2027-03-09T14:00', ...moved, start: '2027-03-10T10:00' },
    );
    const [cancelled] = expandOccurrences(series, ...day('2027-02-09'));
    expect(cancelled).toMatchObject({ status: 'cancelled', location: 'Stadhuis Zutphen' });
    expect(cancelled?.start.toFormat('yyyy-MM-dd HH:mm')).toBe('2027-02-09 14:00');
    const [movedOne] = expandOccurrences(series, ...day('2027-03-10'));
    expect(movedOne).toMatchObject({ status: 'moved', location: 'Gemeentehuis Lochem' });
    expect(expandOccurrences(series, ...day('2027-03-09'))).toEqual([]);
  });

  it('its cancel notice goes out the working day before the day it was moved to', () => {
    const o = findOccurrence(cancelledThere, '2027-02-09T14:00')!;
    const plan = planReminders(o, {}, local('2027-01-04T12:00'));
    expect(plan.map((p) => [p.kind, p.at.toISO({ suppressMilliseconds: true })])).toEqual([
      ['cancel_notice', '2027-01-19T09:00:00+01:00'],
    ]);
  });

  it('the ICS feed has it cancelled where it had moved to: its override stays, STATUS:CANCELLED, SEQUENCE raised', () => {
    const text = seriesCalendarText(cancelledThere, {
      seriesId: 'zutphen-1',
      title: 'Werkgroep Zutphen',
      generatedAt: DateTime.fromISO('2027-01-04T10:00:00Z'),
    });
    const lines = text.split('\r\n');
    expect(text).not.toContain('EXDATE');
    expect(lines).toContain('RECURRENCE-ID;TZID=Europe/Amsterdam:20270209T140000');
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20270120T100000');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('SEQUENCE:1');
    expect(lines).toContain('LOCATION:Gemeentehuis Lochem');
  });

  it('stored data without the move still reads; a move carried by a cancel is checked as a move is', () => {
    expect(() => seriesWith({ kind: 'cancel', originalStart: '2027-02-09T14:00' })).not.toThrow();
    const bad = { kind: 'cancel', originalStart: '2027-02-09T14:00', moved: { start: '20 januari' } };
    expect(() => seriesWith(bad as OccurrenceException)).toThrow(InvalidInput);
    const extra = { ...bad, moved: { ...moved, kleur: 'rood' } };
    expect(() => seriesWith(extra as OccurrenceException)).toThrow(InvalidInput);
  });
});

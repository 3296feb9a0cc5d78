import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse.ts';
import { draftDueAt } from '../../src/digest/auto-draft.ts';
import {
  draftDay,
  draftMoment,
  nextMeeting,
  periodForMeeting,
  stuurgroepDateOfLabel,
} from '../../src/digest/stuurgroep-period.ts';

const ZONE = 'Europe/Amsterdam';
const DATES = ['2026-02-10', '2026-06-09', '2026-10-13'];

describe('the period a stuurgroep digest covers', () => {
  it('tertiaal: the tertiaal before the one the meeting falls in, on any day of it', () => {
    expect(periodForMeeting(DATES, '2026-10-13', 'tertiaal')).toMatchObject({
      label: '2026-T2',
      from: '2026-05-01',
      to: '2026-08-31',
    });
    expect(periodForMeeting(DATES, '2026-09-01', 'tertiaal').label).toBe('2026-T2');
    expect(periodForMeeting(DATES, '2026-12-31', 'tertiaal').label).toBe('2026-T2');
    // January looks back over the year boundary.
    expect(periodForMeeting([], '2027-01-19', 'tertiaal')).toMatchObject({
      label: '2026-T3',
      from: '2026-09-01',
      to: '2026-12-31',
    });
  });

  it('sinds-vorige: from the previous meeting up to the day before this one, without gaps', () => {
    const p = periodForMeeting(DATES, '2026-06-09', 'sinds-vorige');
    expect(p).toMatchObject({ label: 'SG-2026-06-09', from: '2026-02-10', to: '2026-06-08' });
    // Checklist, voortgang and trend come from the tertiaal the period ends in.
    expect(p.tertiaal.label).toBe('2026-T2');
    expect(stuurgroepDateOfLabel(p.label)).toBe('2026-06-09');
    expect(periodForMeeting(DATES, '2026-10-13', 'sinds-vorige')).toMatchObject({
      from: '2026-06-09',
      to: '2026-10-12',
    });
  });

  it('the first meeting, without a previous one, looks back four months', () => {
    expect(periodForMeeting(DATES, '2026-02-10', 'sinds-vorige')).toMatchObject({
      from: '2025-10-10',
      to: '2026-02-09',
    });
    // A date not (yet) in the calendar counts the calendar's meetings before it.
    expect(periodForMeeting(DATES, '2026-12-15', 'sinds-vorige').from).toBe('2026-10-13');
    // Meetings on consecutive days: the second reports on the first one's day.
    expect(periodForMeeting(['2026-03-02', '2026-03-03'], '2026-03-03', 'sinds-vorige')).toMatchObject({
      from: '2026-03-02',
      to: '2026-03-02',
    });
  });

  it('the coming meeting is the first on or after today', () => {
    expect(nextMeeting(DATES, '2026-06-09')).toBe('2026-06-09');
    expect(nextMeeting(DATES, '2026-06-10')).toBe('2026-10-13');
    expect(nextMeeting(DATES, '2026-10-14')).toBeNull();
  });
});

describe('when the draft is made (Europe/Amsterdam, across the summer-time changes)', () => {
  it('09:00 local on the draft day, also in the weeks the clocks change', () => {
    // Monday 30 March 2026, the day after summer time began: 09:00 CEST is 07:00 UTC.
    expect(draftMoment('2026-04-09', 10, ZONE).toUTC().toISO()).toBe('2026-03-30T07:00:00.000Z');
    // Monday 26 October 2026, the day after it ended: 09:00 CET is 08:00 UTC.
    expect(draftMoment('2026-11-05', 10, ZONE).toUTC().toISO()).toBe('2026-10-26T08:00:00.000Z');
  });

  it("a draft day in the weekend moves to the Friday before, in that Friday's offset", () => {
    // Sunday 29 March (the change itself) → Friday 27 March, still winter time.
    expect(draftMoment('2026-04-08', 10, ZONE).toUTC().toISO()).toBe('2026-03-27T08:00:00.000Z');
    // Sunday 25 October → Friday 23 October, still summer time.
    expect(draftMoment('2026-11-04', 10, ZONE).toUTC().toISO()).toBe('2026-10-23T07:00:00.000Z');
    expect(draftDay('2026-11-04', 10, ZONE)).toBe('2026-10-23');
  });

  it('a draft day already past goes at the next polite moment; on the meeting day none is planned', () => {
    // 5 October 09:00 CEST is on time.
    expect(draftDueAt('2026-10-15', 10, new Date('2026-10-01T12:00:00Z'))?.toISOString()).toBe(
      '2026-10-05T07:00:00.000Z',
    );
    // Added on Thursday evening 8 October: Friday 08:00, after the quiet hours.
    expect(draftDueAt('2026-10-15', 10, new Date('2026-10-08T17:30:00Z'))?.toISOString()).toBe(
      '2026-10-09T06:00:00.000Z',
    );
    // Added on Saturday: Monday 08:00.
    expect(draftDueAt('2026-10-15', 10, new Date('2026-10-10T10:00:00Z'))?.toISOString()).toBe(
      '2026-10-12T06:00:00.000Z',
    );
    expect(draftDueAt('2026-10-15', 10, new Date('2026-10-15T05:00:00Z'))).toBeNull();
  });
});

describe('the stuurgroep commands', () => {
  it('parses the list, adding, removing and the settings', () => {
    expect(parseCommand('stuurgroep')).toEqual({ name: 'stuurgroep', action: 'lijst' });
    expect(parseCommand('stuurgroep 2026-10-15')).toEqual({
      name: 'stuurgroep',
      action: 'toevoegen',
      date: '2026-10-15',
    });
    expect(parseCommand('stuurgroep weg 2026-10-15')).toEqual({
      name: 'stuurgroep',
      action: 'weg',
      date: '2026-10-15',
    });
    expect(parseCommand('stuurgroep instellingen dagen 14 periode sinds vorige')).toEqual({
      name: 'stuurgroep',
      action: 'instellingen',
      days: 14,
      periodKind: 'sinds-vorige',
    });
    expect(parseCommand('stuurgroep instellingen periode tertiaal dagen 7')).toMatchObject({
      days: 7,
      periodKind: 'tertiaal',
    });
    expect(parseCommand('stuurgroep morgen')).toMatchObject({ name: 'ongeldig' });
    expect(parseCommand('samenvatting 2026-10-15')).toEqual({ name: 'samenvatting', period: '2026-10-15' });
  });
});

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { type PlannedSend, parseReminderSettings, planReminders } from '../../src/schedule/reminder-plan.ts';
import { defineSeries, findOccurrence } from '../../src/schedule/series.ts';

// Meetings and send times are in Europe/Amsterdam.
const AMS = 'Europe/Amsterdam';
const local = (text: string) => DateTime.fromISO(text, { zone: AMS });
const show = (plan: PlannedSend[]) => plan.map((p) => [p.kind, p.at.toISO({ suppressMilliseconds: true })]);
const NOW = local('2026-01-01T12:00');

function meeting(
  firstStart: string,
  durationMinutes = 90,
  exceptions: Parameters<typeof defineSeries>[0]['exceptions'] = [],
) {
  const series = defineSeries({ firstStart, durationMinutes, exceptions });
  return (originalLocal = firstStart) => findOccurrence(series, originalLocal)!;
}

describe('the default plan (agenda call 7 days before, reminder 1 day before at 09:00, check-in at the end)', () => {
  it('a Wednesday meeting', () => {
    expect(show(planReminders(meeting('2026-06-10T14:00')(), {}, NOW))).toEqual([
      ['agenda_call', '2026-06-03T09:00:00+02:00'],
      ['reminder', '2026-06-09T09:00:00+02:00'],
      ['checkin_invite', '2026-06-10T15:30:00+02:00'],
    ]);
  });

  it('a Monday meeting: the reminder would fall on Sunday and goes out on Friday', () => {
    expect(show(planReminders(meeting('2026-06-15T14:00')(), {}, NOW))).toEqual([
      ['agenda_call', '2026-06-08T09:00:00+02:00'],
      ['reminder', '2026-06-12T09:00:00+02:00'],
      ['checkin_invite', '2026-06-15T15:30:00+02:00'],
    ]);
  });

  it('with weekends allowed the Sunday reminder stays on Sunday', () => {
    const plan = planReminders(meeting('2026-06-15T14:00')(), { allowWeekend: true }, NOW);
    expect(show(plan)[1]).toEqual(['reminder', '2026-06-14T09:00:00+02:00']);
  });

  it('stays at 09:00 local across the change to summer time (Monday 30 March 2026)', () => {
    expect(show(planReminders(meeting('2026-03-30T14:00')(), {}, NOW))).toEqual([
      ['agenda_call', '2026-03-23T09:00:00+01:00'],
      ['reminder', '2026-03-27T09:00:00+01:00'],
      ['checkin_invite', '2026-03-30T15:30:00+02:00'],
    ]);
  });

  it('drops a reminder that would not come before the meeting', () => {
    const plan = planReminders(meeting('2026-06-10T08:30')(), { reminderDaysBefore: 0 }, NOW);
    expect(plan.map((p) => p.kind)).toEqual(['agenda_call', 'checkin_invite']);
  });

  it('leaves the check-in out when switched off', () => {
    const plan = planReminders(meeting('2026-06-10T14:00')(), { checkinAfterEnd: false }, NOW);
    expect(plan.map((p) => p.kind)).toEqual(['agenda_call', 'reminder']);
  });
});

describe('check-in invitation and quiet hours (18:00-08:00)', () => {
  it('a meeting ending at 17:59 gets its check-in right away', () => {
    const plan = planReminders(meeting('2026-06-10T16:29')(), {}, NOW);
    expect(show(plan).at(-1)).toEqual(['checkin_invite', '2026-06-10T17:59:00+02:00']);
  });

  it('a meeting ending at 18:00 or later waits until 08:00 the next morning', () => {
    expect(show(planReminders(meeting('2026-06-10T16:30')(), {}, NOW)).at(-1)).toEqual([
      'checkin_invite',
      '2026-06-11T08:00:00+02:00',
    ]);
    expect(show(planReminders(meeting('2026-06-10T19:00')(), {}, NOW)).at(-1)).toEqual([
      'checkin_invite',
      '2026-06-11T08:00:00+02:00',
    ]);
  });

  it('a Friday evening meeting waits until Monday 08:00', () => {
    expect(show(planReminders(meeting('2026-06-12T16:30')(), {}, NOW)).at(-1)).toEqual([
      'checkin_invite',
      '2026-06-15T08:00:00+02:00',
    ]);
  });

  it('a Saturday meeting (weekends not allowed) gets its check-in on Monday at 08:00', () => {
    expect(show(planReminders(meeting('2026-06-13T10:00')(), {}, NOW)).at(-1)).toEqual([
      'checkin_invite',
      '2026-06-15T08:00:00+02:00',
    ]);
  });

  it('quiet hours that do not cross midnight (12:00-13:00) work too', () => {
    const plan = planReminders(
      meeting('2026-06-10T11:00', 60)(),
      { quietHours: { from: '12:00', to: '13:00' } },
      NOW,
    );
    expect(show(plan).at(-1)).toEqual(['checkin_invite', '2026-06-10T13:00:00+02:00']);
  });
});

describe('a cancelled meeting gets one cancel_notice', () => {
  const cancelled = meeting('2026-06-10T14:00', 90, [
    { kind: 'cancel', originalStart: '2026-06-10T14:00' },
  ])();

  it('at the reminder time when that is still ahead', () => {
    expect(show(planReminders(cancelled, {}, local('2026-06-01T10:00')))).toEqual([
      ['cancel_notice', '2026-06-09T09:00:00+02:00'],
    ]);
  });

  it('right away when the reminder time has passed', () => {
    expect(show(planReminders(cancelled, {}, local('2026-06-09T12:34')))).toEqual([
      ['cancel_notice', '2026-06-09T12:34:00+02:00'],
    ]);
  });

  it('at 08:00 when it is cancelled in the evening before', () => {
    expect(show(planReminders(cancelled, {}, local('2026-06-09T22:00')))).toEqual([
      ['cancel_notice', '2026-06-10T08:00:00+02:00'],
    ]);
  });

  it('still in the evening when 08:00 would be too late for a 07:30 meeting', () => {
    const early = meeting('2026-06-10T07:30', 60, [{ kind: 'cancel', originalStart: '2026-06-10T07:30' }])();
    expect(show(planReminders(early, {}, local('2026-06-09T22:00')))).toEqual([
      ['cancel_notice', '2026-06-09T22:00:00+02:00'],
    ]);
  });

  it('not at all once the meeting was due to start', () => {
    expect(planReminders(cancelled, {}, local('2026-06-10T14:00'))).toEqual([]);
  });
});

describe('a moved meeting', () => {
  it('plans from its new start and keeps its identity', () => {
    const moved = meeting('2026-06-10T14:00', 90, [
      { kind: 'move', originalStart: '2026-06-10T14:00', start: '2026-06-16T10:00' },
    ])();
    const plan = planReminders(moved, {}, NOW);
    expect(show(plan)).toEqual([
      ['agenda_call', '2026-06-09T09:00:00+02:00'],
      ['reminder', '2026-06-15T09:00:00+02:00'],
      ['checkin_invite', '2026-06-16T11:30:00+02:00'],
    ]);
    expect(plan.every((p) => p.originalLocal === '2026-06-10T14:00')).toBe(true);
  });
});

describe('settings', () => {
  it('fills in the defaults', () => {
    expect(parseReminderSettings()).toEqual({
      agendaCallDaysBefore: 7,
      reminderDaysBefore: 1,
      checkinAfterEnd: true,
      sendHour: 9,
      quietHours: { from: '18:00', to: '08:00' },
      allowWeekend: false,
    });
  });

  it('refuses a send hour inside the quiet hours', () => {
    expect(() => parseReminderSettings({ sendHour: 20 })).toThrow(/stille uren/);
  });
});

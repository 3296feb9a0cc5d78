import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dutchMoment, roundTimes, summaryTime, tertiaalOfMeeting } from '../../src/checkin/round-timing.ts';
import { parseReminderSettings } from '../../src/schedule/reminder-plan.ts';

const ZONE = 'Europe/Amsterdam';
const defaults = parseReminderSettings({});

describe('when a round nudges and closes', () => {
  it('closes seven calendar days later at the same local time, across the end of summer time', () => {
    // Tuesday 20 October 2026 15:31 CEST; summer time ends on Sunday 25 October.
    const t = roundTimes(new Date('2026-10-20T13:31:00Z'), 7, defaults, ZONE);
    expect(t.closesAt.toISOString()).toBe('2026-10-27T14:31:00.000Z');
    expect(dutchMoment(t.closesAt, ZONE)).toBe('dinsdag 27 oktober 2026 om 15:31');
  });

  it('nudges halfway, but never at night or in the weekend', () => {
    // Halfway from Tuesday 15:31 is Saturday 03:31: the nudge waits for Monday 08:00.
    const t = roundTimes(new Date('2026-10-06T13:31:00Z'), 7, defaults, ZONE);
    expect(dutchMoment(t.nudgeAt!, ZONE)).toBe('maandag 12 oktober 2026 om 08:00');
  });

  it('has no nudge when the next polite moment is after closing', () => {
    // Opened Friday 17:00 for one day: halfway is Saturday 05:00, the next polite moment Monday.
    const t = roundTimes(new Date('2026-10-09T15:00:00Z'), 1, defaults, ZONE);
    expect(t.nudgeAt).toBeNull();
  });

  it('a round that can open in the weekend nudges then', () => {
    const t = roundTimes(
      new Date('2026-10-06T13:31:00Z'),
      7,
      parseReminderSettings({ allowWeekend: true }),
      ZONE,
    );
    expect(dutchMoment(t.nudgeAt!, ZONE)).toBe('zaterdag 10 oktober 2026 om 08:00');
  });

  // Every 7 hours and 13 minutes from 1990 to 2040, and the minutes around this year's changes.
  const instants: number[] = [];
  for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2040, 0, 1); t += 7 * 3_600_000 + 13 * 60_000)
    instants.push(t);
  for (const change of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)])
    for (let m = -90; m <= 90; m++) instants.push(change + m * 60_000);
  // One test per zone, with the instants worded otherwise gathered and compared once: 61,000
  // instants in six zones in one test took 250 s (120 s allowed) on the loaded two-core machine.
  it.each([ZONE, 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC', 'Europe/London'])(
    'words any instant at the local date and time Luxon gives it in %s, across offset changes',
    (zone) => {
      const wrong: string[] = [];
      for (const t of instants) {
        const local = DateTime.fromMillis(t, { zone });
        const moment = new RegExp(` ${local.day} \\S+ ${local.year} om ${local.toFormat('HH:mm')}$`);
        const worded = dutchMoment(new Date(t), zone);
        if (!moment.test(worded)) wrong.push(`${new Date(t).toISOString()}: ${worded}, not ${local.toISO()}`);
      }
      expect({ wordedWrong: wrong.length, first: wrong.slice(0, 5) }).toEqual({
        wordedWrong: 0,
        first: [],
      });
    },
  );

  it('the summary of a round closing in the evening waits for the morning', () => {
    const at = summaryTime(new Date('2026-10-13T17:00:00Z'), defaults, ZONE); // 19:00 local
    expect(dutchMoment(at, ZONE)).toBe('woensdag 14 oktober 2026 om 08:00');
  });

  it('names the tertiaal of a meeting', () => {
    expect(tertiaalOfMeeting('2026-10-06')).toEqual({
      label: '2026-T3',
      period: 'september t/m december 2026',
    });
    expect(tertiaalOfMeeting('2027-04-30')).toEqual({
      label: '2027-T1',
      period: 'januari t/m april 2027',
    });
  });
});

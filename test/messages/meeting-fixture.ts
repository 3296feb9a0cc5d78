import { DateTime } from 'luxon';
import type { MeetingContext } from '../../src/messages/meeting-messages.ts';

const start = DateTime.fromISO('2026-10-06T14:00', { zone: 'Europe/Amsterdam' });
/** Werkgroep Oost on Tuesday 6 October 2026, 14:00-15:30, place not known, no actiepunten. */
export const meeting = (agenda: string[]): MeetingContext => ({
  overlegId: 'oost',
  overlegName: 'Werkgroep Oost',
  occurrence: {
    index: 0,
    segment: 0,
    originalLocal: '2026-10-06T14:00',
    originalStart: start,
    start,
    end: start.plus({ minutes: 90 }),
    status: 'scheduled',
    location: undefined,
    onlineUrl: undefined,
  },
  agenda,
  actiepunten: [],
  holidayPeriods: [],
});

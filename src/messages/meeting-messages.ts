import type { DateTime } from 'luxon';
import { daysOffOf, type HolidayPeriod, wordProblems } from '../schedule/conflicts.ts';
import { epochDayOf, parseLocalDate, toEpochDay } from '../schedule/local-time.ts';
import type { Occurrence } from '../schedule/series.ts';
import type { OpenActiepunt } from '../store/agenda-repo.ts';
import { dueSuffix } from './actiepunt-due.ts';
import { words } from './catalogue/words.ts';
import { klaarChoice } from './forms/klaar-form.ts';
import { quickInputBlock } from './forms/quick-input-form.ts';
import type { Block, Message } from './model.ts';
import { readableDate } from './readable-date.ts';
import { schrapButtons } from './schrap-buttons.ts';

export interface MeetingContext {
  readonly overlegId: string;
  readonly overlegName: string;
  readonly occurrence: Occurrence;
  readonly agenda: readonly string[];
  readonly actiepunten: readonly OpenActiepunt[];
  /** The region's holiday periods (`vakantie`), so the reminder and the agenda call can warn of them. */
  readonly holidayPeriods: readonly HolidayPeriod[];
}

/** "dinsdag 6 oktober 2026, 14:00–15:30" in the series' own zone. */
export function when(o: Occurrence): string {
  return `${readableDate(epochDayOf(o.start), 'nl')}, ${hhmm(o.start)}–${hhmm(o.end)}`;
}

/** `when` in the language being spoken: an answer to one member, or the reminder card (its words are in the catalogue). */
export function whenForMember(o: Occurrence): string {
  return `${readableDate(epochDayOf(o.start))}, ${hhmm(o.start)}–${hhmm(o.end)}`;
}

function hhmm(t: DateTime): string {
  return t.toFormat('HH:mm');
}

function where(o: Occurrence): string {
  return [o.location, o.onlineUrl].filter(Boolean).join(' · ') || words().reminder.whereUnknown;
}

/** The button that marks an actiepunt done; its value is `<overleg id>|<number>`. */
export const KLAAR_ACTION = 'actiepunt_klaar';
// Slack takes 25 buttons in an actions block, but Teams shows only a handful in a row (the card
// renderer's MAX_CARD_ACTIONS): beyond these, one choice of every open actiepunt and one button.
export const MAX_KLAAR_BUTTONS = 5;

/** Ends a Klaar button's value under the list of open actiepunten: that card is renewed after the tap. */
export const KLAAR_ON_LIST = 'lijst';

/**
 * "Klaar #3" for each open actiepunt, so finishing one is a tap; more than fit in a row, and it is
 * "Welk actiepunt is klaar?" with all of them and "Klaar melden". `onList` under the list of open
 * actiepunten (the `actiepunten` answer), which is shown afresh after the tap.
 */
export function klaarButtons(
  overlegId: string,
  actiepunten: readonly OpenActiepunt[],
  onList = false,
): Block[] {
  if (actiepunten.length === 0) return [];
  if (actiepunten.length > MAX_KLAAR_BUTTONS)
    return [klaarChoice(overlegId, actiepunten, onList ? KLAAR_ON_LIST : null)];
  return [
    {
      type: 'actions',
      actions: actiepunten.map((a) => ({
        id: KLAAR_ACTION,
        label: words().answers.actiepunten.klaarButton(a.number),
        value: `${overlegId}|${a.number}${onList ? `|${KLAAR_ON_LIST}` : ''}`,
      })),
    },
  ];
}

/** Each open actiepunt with its number, deadline (marked when past `today`) and owner. */
function actiepuntItems(actiepunten: readonly OpenActiepunt[], today: string) {
  return actiepunten.map((a) => ({
    text: `#${a.number} ${a.description}${dueSuffix(a.dueDate, today)}`,
    person: a.owner ? { name: a.owner.name, identities: a.owner.identities } : null,
  }));
}

/**
 * How a command is typed in a werkgroep's channel, where the scheduler's messages go: after
 * `/schakel` in Slack, after mentioning Schakel in a Teams channel.
 */
export function channelPrefix(platform: 'slack' | 'teams'): string {
  return platform === 'slack' ? '/schakel ' : '@Schakel ';
}

/** `prefix`: how a command is typed in the channel it goes to (channelPrefix). */
export function agendaCallMessage(c: MeetingContext, prefix = ''): Message {
  const w = words().meetingCalls.agendaCall;
  const moment = when(c.occurrence);
  return {
    fallback: w.fallback(c.overlegName, moment),
    blocks: [
      { type: 'heading', text: w.heading(c.overlegName) },
      { type: 'text', text: w.text(moment) },
      ...dayOffNote(c),
      ...(c.agenda.length > 0
        ? [
            { type: 'text' as const, text: w.onAgenda },
            {
              type: 'list' as const,
              items: c.agenda,
              more: (hidden: number) => words().longLists.reminderAgenda(hidden, prefix),
            },
          ]
        : []),
      quickInputBlock('agendapunt', c.overlegId),
    ],
  };
}

/**
 * The reminder before a meeting; `today` ('YYYY-MM-DD', local in the series' zone, the day it is
 * sent) tells which actiepunten are overdue and how far off the meeting is ("Vandaag", "Morgen").
 * In the language being spoken: Dutch in a channel (deliveries to a channel run in Dutch).
 */
export function reminderMessage(c: MeetingContext, today: string, prefix = ''): Message {
  const w = words().reminder;
  const moment = whenForMember(c.occurrence);
  return {
    fallback: w.fallback(c.overlegName, moment),
    blocks: [
      { type: 'heading', text: w.heading(c.overlegName, daysUntil(c.occurrence, today)) },
      {
        type: 'facts',
        facts: [
          { label: w.when, value: moment },
          { label: w.where, value: where(c.occurrence) },
        ],
      },
      ...dayOffNote(c),
      { type: 'note', text: w.afmelden },
      { type: 'text', text: w.agenda },
      {
        type: 'list',
        items: c.agenda.length > 0 ? c.agenda : [w.noAgenda],
        more: (hidden) => words().longLists.reminderAgenda(hidden, prefix),
      },
      { type: 'text', text: w.actiepunten },
      {
        type: 'list',
        items: c.actiepunten.length > 0 ? actiepuntItems(c.actiepunten, today) : [w.noActiepunten],
        more: (hidden) => words().longLists.reminderActiepunten(hidden, prefix),
      },
      ...klaarButtons(c.overlegId, c.actiepunten),
      ...schrapButtons(c.overlegId, c.actiepunten),
    ],
  };
}

/**
 * A meeting on a public holiday or in one of the region's vakanties: the reminder and the agenda
 * call say so, in the words of `volgende` and of the series' warnings when it was planned
 * (conflicts.ts); the werkgroep may have kept it there, or forgotten.
 */
function dayOffNote(c: MeetingContext): Block[] {
  const problems = daysOffOf(c.occurrence.start, c.holidayPeriods);
  if (problems.length === 0) return [];
  const { conflicts, dates, meetingCalls } = words();
  const phrases = wordProblems(problems, conflicts, readableDate, dates.weekdays);
  return [{ type: 'note', text: `⚠️ ${meetingCalls.reminderOnHoliday(phrases.join(conflicts.and))}` }];
}

/** Days from the local date `today` to the meeting's day, both in the series' zone. */
function daysUntil(o: Occurrence, today: string): number {
  const day = parseLocalDate(today);
  if (!day) throw new RangeError(`not a local date: ${today}`);
  return epochDayOf(o.start) - toEpochDay(day);
}

export function cancelNoticeMessage(c: MeetingContext): Message {
  const w = words().meetingCalls.cancelNotice;
  const moment = when(c.occurrence);
  return {
    fallback: w.fallback(c.overlegName, moment),
    blocks: [{ type: 'text', text: w.text(c.overlegName, moment) }],
  };
}

/** A cancelled meeting put back after the werkgroep heard it was cancelled. */
export function restoreNoticeMessage(c: MeetingContext): Message {
  const w = words().meetingCalls.restoreNotice;
  const moment = when(c.occurrence);
  return {
    fallback: w.fallback(c.overlegName, moment),
    blocks: [{ type: 'text', text: w.text(c.overlegName, moment) }],
  };
}

/** `round`: the check-in round the invitation opened; its button opens the form for whoever taps it. */
export function checkinInviteMessage(
  c: MeetingContext,
  round?: { readonly id: string; readonly closesAt: string },
): Message {
  const w = words().meetingCalls.checkinInvite;
  return {
    fallback: words().checkin.dmFallback(c.overlegName),
    blocks: [
      { type: 'heading', text: words().checkin.dmHeading(c.overlegName) },
      { type: 'text', text: w.text(when(c.occurrence), round?.closesAt ?? null) },
      {
        type: 'actions',
        actions: [
          {
            id: 'checkin_open',
            label: words().checkin.openButton,
            value: round?.id ?? c.occurrence.originalLocal,
          },
        ],
      },
    ],
  };
}

import { words } from '../messages/catalogue/words.ts';
import { CHOOSE_WERKGROEP_ACTION } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';
import { readableIsoDate } from '../messages/readable-date.ts';

/**
 * The command that puts a cancelled meeting back (at its own day and time, or where it had been
 * moved to), as typed where the projectleider is (`prefix`: '/schakel ' in Slack): `herstel <datum>`.
 */
export function putBack(prefix: string, start: string, originalStart?: string): string {
  return `${prefix}${putBackCommand(start, originalStart)}`;
}

/**
 * `herstel <datum>`, and `van <datum>` (the day it was planned on) to say which one when more
 * than one cancelled meeting stands on that day.
 */
function putBackCommand(start: string, originalStart?: string): string {
  const from = originalStart ? ` van ${originalStart.slice(0, 10)}` : '';
  return `herstel ${start.slice(0, 10)}${from}`;
}

/**
 * `herstel` of a day with more than one cancelled meeting (one moved there, the other planned
 * there, both cancelled): which one, a button each that puts that one back in this werkgroep.
 */
export function whichToPutBack(
  overlegId: string,
  date: string,
  meetings: readonly { readonly originalStart: string; readonly start: string }[],
  prefix: string,
): Message {
  const w = words().answers;
  const first = meetings[0];
  const example = first ? putBack(prefix, first.start, first.originalStart) : '';
  const text = w.herstelWhich(readableIsoDate(date), meetings.length, example);
  const label = (m: { originalStart: string; start: string }) => {
    const moved = m.start !== m.originalStart;
    const from = words().dates.moment(
      readableIsoDate(m.originalStart.slice(0, 10)),
      m.originalStart.slice(11),
    );
    return w.herstelWhichButton(m.start.slice(11), moved ? from : null);
  };
  return {
    fallback: text,
    blocks: [
      { type: 'text', text },
      {
        type: 'actions',
        actions: meetings.map((m) => ({
          id: CHOOSE_WERKGROEP_ACTION,
          label: label(m),
          value: `${overlegId}|${putBackCommand(m.start, m.originalStart)}`,
        })),
      },
    ],
  };
}

/**
 * The `annuleer` answer (typed or from the form): the meeting of `werkgroep` that stood at `start`
 * (where it had moved to, for a moved meeting: there it is found once cancelled) is cancelled, and
 * "Toch laten doorgaan" runs `herstel` of that date in this werkgroep, asked first (Slack's dialog,
 * a step in the Teams card). `note`: said first (which meeting a date named).
 */
export function cancelledAnswer(
  overlegId: string,
  werkgroep: string,
  start: string,
  prefix: string,
  note = '',
): Message {
  const w = words().answers;
  const date = readableIsoDate(start.slice(0, 10));
  const text = note + w.annuleer(werkgroep, date, putBack(prefix, start));
  return {
    fallback: text,
    blocks: [
      { type: 'text', text },
      {
        type: 'actions',
        actions: [
          {
            id: CHOOSE_WERKGROEP_ACTION,
            label: w.herstelButton,
            value: `${overlegId}|herstel ${start.slice(0, 10)}`,
            confirm: {
              title: w.herstelTitle,
              text: w.herstelQuestion(date),
              yes: w.herstelYes,
              no: w.choice.letBe,
            },
          },
        ],
      },
    ],
  };
}

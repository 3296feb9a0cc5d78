import { words } from '../messages/catalogue/words.ts';
import { CHOOSE_WERKGROEP_ACTION } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';
import { readableIsoDate } from '../messages/readable-date.ts';

/**
 * The command that puts a cancelled meeting back on its own day and time, as typed where the
 * projectleider is (`prefix`: '/schakel ' in Slack): `herstel <datum>`.
 */
export function putBack(prefix: string, originalStart: string): string {
  return `${prefix}herstel ${originalStart.slice(0, 10)}`;
}

/**
 * The `annuleer` answer (typed or from the form): the meeting of `werkgroep` on `day` is cancelled, and
 * "Toch laten doorgaan" runs `herstel` of its original date (`originalStart`: a moved meeting is found
 * there once cancelled) in this werkgroep, asked first (Slack's dialog, a step in the Teams card).
 */
export function cancelledAnswer(
  overlegId: string,
  werkgroep: string,
  day: string,
  originalStart: string,
  prefix: string,
): Message {
  const w = words().answers;
  const date = readableIsoDate(day.slice(0, 10));
  const text = w.annuleer(werkgroep, date, putBack(prefix, originalStart));
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
            value: `${overlegId}|herstel ${originalStart.slice(0, 10)}`,
            confirm: {
              title: w.herstelTitle,
              text: w.herstelQuestion(date),
              yes: w.herstelYes,
              no: w.herstelNo,
            },
          },
        ],
      },
    ],
  };
}

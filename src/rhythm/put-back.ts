import { words } from '../messages/catalogue/words.ts';
import { CHOOSE_WERKGROEP_ACTION } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';
import { readableIsoDate } from '../messages/readable-date.ts';

/**
 * The command that puts a cancelled meeting back (at its own day and time, or where it had been
 * moved to), as typed where the projectleider is (`prefix`: '/schakel ' in Slack): `herstel <datum>`.
 */
export function putBack(prefix: string, start: string): string {
  return `${prefix}herstel ${start.slice(0, 10)}`;
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

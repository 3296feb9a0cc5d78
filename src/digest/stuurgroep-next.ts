import { DateTime } from 'luxon';
import { dutchLocalDate } from '../checkin/round-timing.ts';
import { words } from '../messages/catalogue/words.ts';
import { COMMAND_ACTION } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';

/** The summary's draft for the next meeting: when it was made, if it was; else when it comes (null: not by itself). */
export interface NextDraft {
  readonly madeAt: Date | null;
  readonly dueAt: Date | null;
}

/**
 * What a stuurgroeplid hears typing `volgende` (they are in no werkgroep): the region's next
 * stuurgroep meeting (`next`, JJJJ-MM-DD, or null), whether the draft of its summary was made or
 * when it comes (the projectleider reviews it before it goes out), and the published summary
 * one tap away. Only a draft that exists is said to be made.
 */
export function nextStuurgroepMessage(
  next: { readonly date: string; readonly draft: NextDraft } | null,
  timeZone: string,
  prefix: string,
): Message {
  const w = words().answers.stuurgroep;
  const day = (at: Date) => dutchLocalDate(DateTime.fromJSDate(at, { zone: timeZone }).toISODate() ?? '');
  let about = w.nextNone;
  if (next) {
    const { madeAt, dueAt } = next.draft;
    const drafted = madeAt
      ? w.nextDraftPast(day(madeAt))
      : dueAt
        ? w.nextDraftOn(day(dueAt))
        : w.nextDraftNotYet;
    about = `${w.next(dutchLocalDate(next.date))} ${drafted}`;
  }
  const text = `${about} ${w.readLatest(prefix)}`;
  const label = words().answers.digest.readLatest;
  return {
    fallback: text,
    blocks: [
      { type: 'text', text },
      { type: 'actions', actions: [{ id: COMMAND_ACTION, label, value: 'samenvatting laatste' }] },
    ],
  };
}

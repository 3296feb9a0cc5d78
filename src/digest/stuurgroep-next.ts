import { dutchLocalDate } from '../checkin/round-timing.ts';
import { words } from '../messages/catalogue/words.ts';
import { COMMAND_ACTION } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';
import { draftMoment, type StuurgroepSettings } from './stuurgroep-period.ts';

/**
 * What a stuurgroeplid hears typing `volgende` (they are in no werkgroep): the first of the
 * region's stuurgroep dates on or after `today`, when the draft of its summary is made (the
 * projectleider reviews it before it goes out), and the published summary one tap away.
 */
export function nextStuurgroepMessage(
  dates: readonly string[],
  settings: StuurgroepSettings,
  at: { today: string; now: Date; timeZone: string },
  prefix: string,
): Message {
  const w = words().answers.stuurgroep;
  const next = dates.filter((d) => d >= at.today).sort()[0];
  let about = w.nextNone;
  if (next) {
    const draft = draftMoment(next, settings.daysBefore, at.timeZone);
    const day = dutchLocalDate(draft.toISODate() ?? next);
    const drafted = draft.toMillis() <= at.now.getTime() ? w.nextDraftPast(day) : w.nextDraftOn(day);
    about = `${w.next(dutchLocalDate(next))} ${drafted}`;
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

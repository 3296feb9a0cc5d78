import { DateTime } from 'luxon';
import { dutchLocalDate } from '../checkin/round-timing.ts';
import type { DigestVersion } from '../domain/digest-document.ts';
import { words } from '../messages/catalogue/words.ts';
import { COMMAND_ACTION } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';
import type { DigestRepository } from '../store/digest-store.ts';

/**
 * The summary for the next meeting: the version published, if one was; else when its draft was
 * made, if it was; else when it comes (null: not by itself).
 */
export interface NextDraft {
  readonly madeAt: Date | null;
  readonly dueAt: Date | null;
  readonly published: { readonly at: Date; readonly version: number } | null;
}

/**
 * The published version of a period, seen from its newest version: that one, or the one a newer
 * draft (or a withdrawn one) corrects.
 */
export async function publishedOf(
  read: Pick<DigestRepository, 'findVersion'>,
  newest: DigestVersion | null,
): Promise<NextDraft['published']> {
  const found =
    newest?.status === 'published'
      ? newest
      : newest?.corrects
        ? await read.findVersion(newest.regionId, newest.period, newest.corrects)
        : null;
  return found?.status === 'published' && found.publishedAt
    ? { at: found.publishedAt, version: found.version }
    : null;
}

/**
 * What a stuurgroeplid hears typing `volgende` (they are in no werkgroep): the region's next
 * stuurgroep meeting (`next`, JJJJ-MM-DD, or null), whether the draft of its summary was made or
 * when it comes (the projectleider reviews it before it goes out), or that it was published and
 * in which version; the published summary one tap away. Only a draft that exists is said to be made.
 */
export function nextStuurgroepMessage(
  next: { readonly date: string; readonly draft: NextDraft } | null,
  timeZone: string,
  prefix: string,
): Message {
  const w = words().answers.stuurgroep;
  const day = (at: Date) => dutchLocalDate(DateTime.fromJSDate(at, { zone: timeZone }).toISODate() ?? '');
  let text = `${w.nextNone} ${w.readLatest(prefix)}`;
  if (next) {
    const { madeAt, dueAt, published } = next.draft;
    const drafted = published
      ? w.nextPublished(day(published.at), published.version, prefix)
      : `${madeAt ? w.nextDraftPast(day(madeAt)) : dueAt ? w.nextDraftOn(day(dueAt)) : w.nextDraftNotYet} ${w.readLatest(prefix)}`;
    text = `${w.next(dutchLocalDate(next.date))} ${drafted}`;
  }
  const label = words().answers.digest.readLatest;
  return {
    fallback: text,
    blocks: [
      { type: 'text', text },
      { type: 'actions', actions: [{ id: COMMAND_ACTION, label, value: 'samenvatting laatste' }] },
    ],
  };
}

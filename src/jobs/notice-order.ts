import type { PlannedDelivery } from '../domain/deliveries.ts';
import { deliveryKey } from './delivery-key.ts';

/**
 * What a channel hears about one meeting called off and put back comes in one order: cancelled
 * (round 1), goes ahead after all (round 1), cancelled (round 2), … A notice goes out only when it
 * still says what stands (checked as it is sent, not as it was planned) and is news after the LAST
 * notice about that meeting the channel heard (of any round, sent; one skipped, set aside or failed
 * was not heard):
 * - "gaat toch door" only when that last notice said "gaat niet door": a werkgroep that never heard
 *   of a cancellation hears nothing about it, and one that heard a cancellation and nothing after it
 *   hears that the meeting is back, whichever round's notices were skipped or set aside since;
 * - "gaat niet door" not when that last notice already said so: a werkgroep that still thinks it
 *   is off is not told it twice.
 * While the notice just before it is still on its way, it waits: claimDue (deliveries-repo.ts)
 * leaves it until that one is sent or given up (the same order in SQL there), so a member never
 * reads a cancellation after the "gaat toch door" about it.
 */

export type NoticeKind = 'cancel_notice' | 'restore_notice';

/** A cancel or restore notice, planned or claimed: its key, meeting and channel. */
export type Notice = Omit<PlannedDelivery, 'dueAt' | 'kind'> & { readonly kind: NoticeKind };

/** The round a notice's key carries (deliveryKey): 1 when it has none. */
export function roundOfKey(key: string): number {
  const round = /\|round-(\d+)$/.exec(key)?.[1];
  return round ? Number(round) : 1;
}

/** The meeting as it stands when the notice is built. */
export interface NoticeState {
  readonly cancelled: boolean;
  /** The round of the last cancellation undone (`herstel`); 0 when never put back. */
  readonly restoredRound: number;
}

/** Why a notice is not sent (the delivery's last_error; not a failure `mislukt` lists). */
export const NOTICE_SKIPS = {
  changedSince: 'bijeenkomst intussen hersteld of weer afgezegd',
  cancelNotHeard: 'de werkgroep kreeg het bericht over de afgelasting niet',
  stillHeardCancelled: 'de werkgroep weet nog dat de bijeenkomst niet doorgaat',
} as const;

/**
 * The notices about `d`'s meeting for its channel that come before it in order, oldest first:
 * those whose outcome decides whether `d` still goes out.
 */
function noticesBefore(d: Notice): { key: string; kind: NoticeKind }[] {
  const round = roundOfKey(d.key);
  const of = (kind: NoticeKind, r: number) => ({ key: deliveryKey({ ...d, kind }, r), kind });
  const before = [];
  for (let r = 1; r < round; r++) before.push(of('cancel_notice', r), of('restore_notice', r));
  if (d.kind === 'restore_notice') before.push(of('cancel_notice', round));
  return before;
}

/** The keys of the notices before `d` (noticesBefore), for reading which of them were sent. */
export function earlierNoticeKeys(d: Notice): string[] {
  return noticesBefore(d).map((n) => n.key);
}

/**
 * What the channel heard last about `d`'s meeting before `d`: the kind of the last notice before
 * it in order whose key is in `heard`; null when it heard none.
 */
export function lastHeardBefore(d: Notice, heard: ReadonlySet<string>): NoticeKind | null {
  return noticesBefore(d).findLast((n) => heard.has(n.key))?.kind ?? null;
}

/**
 * Whether a notice still goes out, given the meeting now and how the notices before it ended
 * (`sent` holds the keys of those that reached the channel); a reason when it does not.
 */
export function noticeVerdict(
  d: Notice,
  state: NoticeState,
  sent: ReadonlySet<string>,
): { readonly skip: string } | 'send' {
  const round = roundOfKey(d.key);
  const last = lastHeardBefore(d, sent);
  if (d.kind === 'restore_notice') {
    // Older data kept no count of a herstel: its notice is round 1.
    const holds = !state.cancelled && round === Math.max(state.restoredRound, 1);
    if (!holds) return { skip: NOTICE_SKIPS.changedSince };
    return last === 'cancel_notice' ? 'send' : { skip: NOTICE_SKIPS.cancelNotHeard };
  }
  if (!state.cancelled || round !== state.restoredRound + 1) return { skip: NOTICE_SKIPS.changedSince };
  return last === 'cancel_notice' ? { skip: NOTICE_SKIPS.stillHeardCancelled } : 'send';
}

export function isNoticeKind(kind: string): kind is NoticeKind {
  return kind === 'cancel_notice' || kind === 'restore_notice';
}

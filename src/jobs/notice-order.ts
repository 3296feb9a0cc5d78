import type { OverlegDelivery } from '../domain/deliveries.ts';
import { deliveryKey } from './plan-deliveries.ts';

/**
 * What a channel hears about one meeting called off and put back comes in one order: cancelled
 * (round 1), goes ahead after all (round 1), cancelled (round 2), … A notice goes out only when it
 * still says what stands (checked as it is sent, not as it was planned) and follows the notice
 * before it in that order:
 * - "gaat toch door" only after that round's "gaat niet door" reached the channel: a werkgroep
 *   that never heard of the cancellation hears nothing about it;
 * - "gaat niet door" again only when the channel heard it went ahead after the last one: a
 *   werkgroep that still thinks it is off is not told it twice.
 * While the notice before it is still on its way, it waits: claimDue (deliveries-repo.ts) leaves it
 * until that one is sent or given up (the same order in SQL there), so a member never reads a
 * cancellation after the "gaat toch door" about it.
 */

export type NoticeKind = 'cancel_notice' | 'restore_notice';

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

/** The keys whose outcome decides whether `d` still goes out: the notices before it, for its channel. */
export function earlierNoticeKeys(d: OverlegDelivery & { kind: NoticeKind }): string[] {
  const round = roundOfKey(d.key);
  const of = (kind: NoticeKind, r: number) => deliveryKey({ ...d, kind }, r);
  if (d.kind === 'restore_notice') return [of('cancel_notice', round)];
  return round > 1 ? [of('cancel_notice', round - 1), of('restore_notice', round - 1)] : [];
}

/**
 * Whether a notice still goes out, given the meeting now and how the notices before it ended
 * (`sent` holds the keys of those that reached the channel); a reason when it does not.
 */
export function noticeVerdict(
  d: OverlegDelivery & { kind: NoticeKind },
  state: NoticeState,
  sent: ReadonlySet<string>,
): { readonly skip: string } | 'send' {
  const round = roundOfKey(d.key);
  const [earlier, restoredBefore] = earlierNoticeKeys(d);
  if (d.kind === 'restore_notice') {
    // Older data kept no count of a herstel: its notice is round 1.
    const holds = !state.cancelled && round === Math.max(state.restoredRound, 1);
    if (!holds) return { skip: NOTICE_SKIPS.changedSince };
    return earlier && sent.has(earlier) ? 'send' : { skip: NOTICE_SKIPS.cancelNotHeard };
  }
  if (!state.cancelled || round !== state.restoredRound + 1) return { skip: NOTICE_SKIPS.changedSince };
  if (earlier && restoredBefore && sent.has(earlier) && !sent.has(restoredBefore))
    return { skip: NOTICE_SKIPS.stillHeardCancelled };
  return 'send';
}

export function isNoticeKind(kind: string): kind is NoticeKind {
  return kind === 'cancel_notice' || kind === 'restore_notice';
}

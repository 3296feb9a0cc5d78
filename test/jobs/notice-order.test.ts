import { describe, expect, it } from 'vitest';
import { deliveryKey } from '../../src/jobs/delivery-key.ts';
import { NOTICE_SKIPS, type Notice, type NoticeKind, noticeVerdict } from '../../src/jobs/notice-order.ts';

/**
 * As it is sent, a notice goes out only when it is news after the last notice about the meeting
 * the channel heard (sent), whatever happened to the notices of the rounds in between.
 */
const meeting = {
  overlegId: '00000000-0000-4000-8000-000000000001',
  occurrence: '2026-11-03T14:00',
  platform: 'slack',
  workspace: 'T1',
  channelId: 'C1',
} as const;
const key = (kind: NoticeKind, round = 1) => deliveryKey({ ...meeting, kind }, round);
const notice = (kind: NoticeKind, round: number): Notice => ({ ...meeting, kind, key: key(kind, round) });
const onAfter = (restoredRound: number) => ({ cancelled: false, restoredRound });
const offAfter = (restoredRound: number) => ({ cancelled: true, restoredRound });

describe('the order of cancel and restore notices, as they are sent', () => {
  it('"gaat toch door" when the last notice heard said "gaat niet door", of whichever round', () => {
    const restore2 = notice('restore_notice', 2);
    expect(noticeVerdict(restore2, onAfter(2), new Set([key('cancel_notice', 2)]))).toBe('send');
    // Round 1's "gaat toch door" set aside or failed, round 2's cancellation skipped.
    expect(noticeVerdict(restore2, onAfter(2), new Set([key('cancel_notice')]))).toBe('send');
    // It heard the meeting goes ahead (round 1) and round 2's cancellation never reached it.
    expect(
      noticeVerdict(restore2, onAfter(2), new Set([key('cancel_notice'), key('restore_notice')])),
    ).toEqual({
      skip: NOTICE_SKIPS.cancelNotHeard,
    });
    expect(noticeVerdict(restore2, onAfter(2), new Set())).toEqual({ skip: NOTICE_SKIPS.cancelNotHeard });
  });

  it('"gaat niet door" again only when the last notice heard was not a cancellation', () => {
    const cancel2 = notice('cancel_notice', 2);
    expect(noticeVerdict(cancel2, offAfter(1), new Set([key('cancel_notice'), key('restore_notice')]))).toBe(
      'send',
    );
    expect(noticeVerdict(cancel2, offAfter(1), new Set([key('cancel_notice')]))).toEqual({
      skip: NOTICE_SKIPS.stillHeardCancelled,
    });
    expect(noticeVerdict(cancel2, offAfter(1), new Set())).toBe('send');
    const cancel3 = notice('cancel_notice', 3);
    // Round 2's notices skipped: the channel's last word is round 1's "gaat toch door".
    expect(noticeVerdict(cancel3, offAfter(2), new Set([key('cancel_notice'), key('restore_notice')]))).toBe(
      'send',
    );
  });

  it('nothing that no longer holds', () => {
    const heard = new Set([key('cancel_notice')]);
    expect(noticeVerdict(notice('restore_notice', 1), offAfter(0), heard)).toEqual({
      skip: NOTICE_SKIPS.changedSince,
    });
    expect(noticeVerdict(notice('restore_notice', 1), onAfter(2), heard)).toEqual({
      skip: NOTICE_SKIPS.changedSince,
    });
  });
});

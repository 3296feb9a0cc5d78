import { describe, expect, it } from 'vitest';
import { deliveryKey } from '../../src/jobs/delivery-key.ts';
import { planFor } from '../../src/jobs/plan-deliveries.ts';
import type { PlanningInput } from '../../src/store/rhythm-repo.ts';

/**
 * "Gaat toch door" is planned from the series like the cancel notice: only to the channels whose
 * last notice heard about the meeting said it was cancelled, keyed by its round, so cancelled and put back again is told again, and a
 * planner run twice plans the same keys (nothing twice).
 */
const overlegId = '00000000-0000-4000-8000-000000000001';
const meeting = '2026-11-03T14:00';
const channel = (channelId: string) =>
  ({ platform: 'slack', workspace: 'T1', channelId }) as PlanningInput['channels'][number];
const base = { firstStart: '2026-10-06T14:00', durationMinutes: 90, timeZone: 'Europe/Amsterdam' };
const key = (kind: 'cancel_notice' | 'restore_notice', channelId: string, round = 1) =>
  deliveryKey({ overlegId, occurrence: meeting, kind, platform: 'slack', workspace: 'T1', channelId }, round);
// Monday 2 November, 10:00 in Amsterdam: after the reminder moment of 3 November.
const NOW = new Date('2026-11-02T09:00:00Z');
const notices = (input: PlanningInput) =>
  planFor(input, NOW)
    .filter((d) => d.kind === 'cancel_notice' || d.kind === 'restore_notice')
    .map((d) => d.key);

describe('the restore notice in the reminder plan', () => {
  const channels = [channel('C1'), channel('C2')];
  const restored = (round: number, told: string[]): PlanningInput => ({
    overlegId,
    definition: { ...base, restored: [{ originalStart: meeting, round }] },
    settings: {},
    channels,
    heard: new Set(told),
  });

  it('goes to the channels that had the cancel notice, not to a channel linked since', () => {
    expect(notices(restored(1, [key('cancel_notice', 'C1')]))).toEqual([key('restore_notice', 'C1')]);
    expect(notices(restored(1, []))).toEqual([]);
  });

  it('a second round has keys of its own; a first round keeps the keys of notices sent before rounds', () => {
    expect(key('restore_notice', 'C1')).toBe(`${overlegId}|${meeting}|restore_notice|slack|T1|C1`);
    const cancelledAgain: PlanningInput = {
      overlegId,
      definition: {
        ...base,
        exceptions: [{ kind: 'cancel', originalStart: meeting, round: 2 }],
        restored: [{ originalStart: meeting, round: 1 }],
      },
      settings: {},
      channels: [channel('C1')],
      heard: new Set([key('cancel_notice', 'C1')]),
    };
    expect(notices(cancelledAgain)).toEqual([key('cancel_notice', 'C1', 2)]);
    expect(notices(restored(2, [key('cancel_notice', 'C1', 2)]))).toEqual([key('restore_notice', 'C1', 2)]);
    // Round 1's "gaat toch door" set aside, round 2's cancellation skipped: the channel last heard
    // "gaat niet door" (round 1), so it hears the meeting is back.
    expect(notices(restored(2, [key('cancel_notice', 'C1')]))).toEqual([key('restore_notice', 'C1', 2)]);
    // It last heard "gaat toch door" (round 1) and round 2's cancellation never reached it: nothing.
    expect(notices(restored(2, [key('cancel_notice', 'C1'), key('restore_notice', 'C1')]))).toEqual([]);
    // Never told of any cancellation: nothing.
    expect(notices(restored(2, []))).toEqual([]);
  });

  it('cancelled again, as stored now: the round is counted from the herstel before, not kept on the cancel', () => {
    const stored: PlanningInput = {
      overlegId,
      definition: {
        ...base,
        exceptions: [{ kind: 'cancel', originalStart: meeting }],
        restored: [{ originalStart: meeting, round: 1 }],
      },
      settings: {},
      channels: [channel('C1')],
      heard: new Set(),
    };
    expect(notices(stored)).toEqual([key('cancel_notice', 'C1', 2)]);
    // Older data that kept a round on the cancel and a herstel that says otherwise: one count, the higher.
    const disagreeing = {
      ...stored,
      definition: {
        ...base,
        exceptions: [{ kind: 'cancel' as const, originalStart: meeting, round: 3 }],
        restored: [{ originalStart: meeting, round: 1 }],
      },
    };
    expect(notices(disagreeing)).toEqual([key('cancel_notice', 'C1', 3)]);
  });

  it('planned again a minute later: the same keys', () => {
    const input = restored(1, [key('cancel_notice', 'C2')]);
    const later = planFor(input, new Date(NOW.getTime() + 60_000)).map((d) => d.key);
    expect(later).toEqual(planFor(input, NOW).map((d) => d.key));
  });

  it('nothing once the meeting has begun', () => {
    const input = restored(1, [key('cancel_notice', 'C1')]);
    expect(
      planFor(input, new Date('2026-11-03T13:30:00Z')).filter((d) => d.kind === 'restore_notice'),
    ).toEqual([]);
  });
});

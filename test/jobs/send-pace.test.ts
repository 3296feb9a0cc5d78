import { describe, expect, it } from 'vitest';
import { createSendPace } from '../../src/jobs/send-pace.ts';

/**
 * One workspace behind a platform that allows 100 sends per clock second and answers 429 with
 * Retry-After: 1 s beyond that; a sender that could do 500 a second. Simulated time, no waiting.
 */
function simulate(seconds: number) {
  const pace = createSendPace();
  const limit = 100;
  const counts = new Map<number, number>();
  const sends: number[] = [];
  const refusals: Array<{ at: number; pausedUntil: number }> = [];
  let t = 0;
  while (t < seconds * 1000) {
    const slot = pace.reserve('slack|T1', t);
    if ('pausedUntil' in slot) {
      t = slot.pausedUntil;
      continue;
    }
    t += slot.waitMs;
    const second = Math.floor(t / 1000);
    const n = counts.get(second) ?? 0;
    if (n >= limit) {
      pace.limited('slack|T1', t, 1000);
      refusals.push({ at: t, pausedUntil: t + 1000 });
    } else {
      counts.set(second, n + 1);
      sends.push(t);
      pace.sent('slack|T1', t + 2);
    }
    t += 2;
  }
  return { sends, refusals };
}

describe('send pace per workspace', () => {
  it('sends nothing to a workspace before a 429’s Retry-After has passed', () => {
    const { sends, refusals } = simulate(5);
    expect(refusals.length).toBeGreaterThan(0);
    for (const r of refusals) {
      expect(sends.filter((s) => s > r.at && s < r.pausedUntil)).toEqual([]);
    }
  });

  it('after the first 429 keeps just under the limit: no more 429s, and over 90 % of what is allowed', () => {
    const { sends, refusals } = simulate(12);
    expect(refusals).toHaveLength(1);
    const later = sends.filter((s) => s >= 2000 && s < 12_000).length;
    expect(later).toBeGreaterThanOrEqual(900);
    expect(later).toBeLessThanOrEqual(1000);
  });

  it('the 429s of sends already under way slow it down once, not once each', () => {
    const pace = createSendPace();
    for (let t = 0; t < 100; t++) pace.sent('slack|T1', t * 10);
    for (let i = 0; i < 8; i++) pace.limited('slack|T1', 1000 + i, 1000);
    expect(pace.reserve('slack|T1', 2008)).toEqual({ waitMs: 0 });
    const next = pace.reserve('slack|T1', 2008);
    // 99 got through in the second before: 95 % of that, 10.6 ms apart, not 1.05^8 times that.
    expect('waitMs' in next && next.waitMs).toBeCloseTo(1000 / (99 * 0.95), 1);
  });

  it('sends that waited for their slot and start late together (a stall) stay within the learnt rate', () => {
    const pace = createSendPace();
    for (let t = 0; t < 100; t++) pace.sent('slack|T1', t * 10);
    pace.limited('slack|T1', 1000, 1000); // learnt: 95 % of the 99 that got through
    expect(pace.begin('slack|T1', 1500)).toBe(500); // not during the pause
    // 150 sends reserve their slots as the pause ends; the process stalls, and all start at 2500.
    for (let i = 0; i < 150; i++) pace.reserve('slack|T1', 2000);
    const holds = Array.from({ length: 150 }, () => pace.begin('slack|T1', 2500));
    const started = holds.filter((h) => h === 0).length;
    expect(started).toBeGreaterThanOrEqual(90);
    expect(started).toBeLessThanOrEqual(95);
    expect(Math.min(...holds.filter((h) => h > 0))).toBe(1000);
    expect(pace.begin('slack|T1', 3500)).toBe(0);
  });

  it('a workspace that was never limited is not held back', () => {
    const pace = createSendPace();
    pace.sent('teams|X', 0);
    expect(pace.reserve('teams|X', 1)).toEqual({ waitMs: 0 });
    expect(pace.reserve('slack|T9', 1)).toEqual({ waitMs: 0 });
  });
});

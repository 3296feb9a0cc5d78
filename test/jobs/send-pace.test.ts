import { describe, expect, it } from 'vitest';
import { createSendPace } from '../../src/jobs/send-pace.ts';

/**
 * One workspace behind a platform that allows 100 sends per clock second and answers 429 with
 * Retry-After: 1 s beyond that; a sender that could do one send every `gapMs` (500 a second),
 * starting at `startAt`. Simulated time, no waiting.
 */
function simulate(seconds: number, { startAt = 0, gapMs = 2 } = {}) {
  const pace = createSendPace();
  const limit = 100;
  const counts = new Map<number, number>();
  const sends: number[] = [];
  const refusals: Array<{ at: number; pausedUntil: number }> = [];
  let t = startAt;
  while (t < seconds * 1000) {
    const slot = pace.reserve('slack|T1', t);
    if ('pausedUntil' in slot) {
      t = slot.pausedUntil;
      continue;
    }
    t += slot.waitMs;
    const hold = pace.begin('slack|T1', t);
    if (hold > 0) {
      t += hold;
      continue;
    }
    const second = Math.floor(t / 1000);
    const n = counts.get(second) ?? 0;
    if (n >= limit) {
      pace.limited('slack|T1', t + 1, 1000, t);
      refusals.push({ at: t, pausedUntil: t + 1001 });
    } else {
      counts.set(second, n + 1);
      sends.push(t);
      pace.sent('slack|T1', t);
    }
    pace.answered('slack|T1', t, t + 1);
    t += gapMs;
  }
  const inSeconds = (from: number, to: number) =>
    sends.filter((s) => s >= from * 1000 && s < to * 1000).length;
  return { sends, refusals, inSeconds, pace };
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
    // Answered at once: each counts until a second after.
    for (let i = 0; i < started; i++) pace.answered('slack|T1', 2500, 2500);
    expect(started).toBeGreaterThanOrEqual(90);
    expect(started).toBeLessThanOrEqual(95);
    expect(Math.min(...holds.filter((h) => h > 0))).toBe(1000);
    expect(pace.begin('slack|T1', 3500)).toBe(0);
  });

  it('once a first pace holds it is raised step by step to just under the limit, with no further 429', () => {
    const { refusals, inSeconds } = simulate(20);
    expect(refusals).toHaveLength(1);
    // 94 a second at first (95 % of the 99 before the refused one); after a few seconds 98 of the 100.
    expect(inSeconds(2, 3)).toBe(94);
    expect(inSeconds(10, 20)).toBeGreaterThanOrEqual(980);
    expect(inSeconds(10, 20)).toBeLessThanOrEqual(1000);
  });

  it('a first burst that also held the end of the previous window: a few 429s, then just under the limit', () => {
    // 100 in the second half of second 0, 100 more in second 1, then the 429: "199 a second".
    const { refusals, inSeconds } = simulate(30, { startAt: 500, gapMs: 5 });
    expect(refusals[0]!.at).toBeGreaterThan(1000);
    // Lowered by a fifth at each 429 while paced, not by 5 % (that took eleven in 30 s, and 85 % of the limit after 20 s).
    expect(refusals.length).toBeLessThanOrEqual(5);
    expect(refusals.filter((r) => r.at >= 15_000)).toEqual([]);
    expect(inSeconds(20, 30)).toBeGreaterThanOrEqual(970);
  });

  it('learns from every send that started in the second before the refused one, also those answered after the 429', () => {
    const pace = createSendPace();
    for (let t = 0; t < 90; t++) pace.sent('slack|T1', t * 10);
    // A send started at 1000 is refused at 1010; ten that started before it are answered after that.
    pace.limited('slack|T1', 1010, 1000, 1000);
    for (let t = 0; t < 10; t++) pace.sent('slack|T1', 900 + t * 5);
    expect(pace.reserve('slack|T1', 2010)).toEqual({ waitMs: 0 });
    // 99 started in that second (the one at 0 did not): 95 % of them.
    expect(pace.rate('slack|T1')).toBeCloseTo(0.95 * 99, 5);
  });

  it('a refused send that started early and reached the platform late does not shrink the lesson', () => {
    const pace = createSendPace();
    for (let t = 0; t < 100; t++) pace.sent('slack|T1', t * 10);
    pace.limited('slack|T1', 1005, 1000, 1000);
    // Started at 300, held up in a busy process, refused with the rest of that second.
    pace.limited('slack|T1', 1010, 1000, 300);
    expect(pace.reserve('slack|T1', 2010)).toEqual({ waitMs: 0 });
    // The 99 that started in the second before the latest refused start, not the 30 before 300.
    expect(pace.rate('slack|T1')).toBeCloseTo(0.95 * 99, 5);
  });

  it('a 429 at a pace that held lowers it a little, and the steps up then stay below that pace', () => {
    const { pace, refusals, inSeconds } = simulate(12);
    expect(refusals).toHaveLength(1);
    const held = pace.rate('slack|T1');
    expect(held).toBeGreaterThan(97);
    pace.limited('slack|T1', 12_000, 1000, 11_999);
    expect(pace.reserve('slack|T1', 13_000)).toEqual({ waitMs: 0 });
    expect(pace.rate('slack|T1')).toBeLessThan(held);
    expect(pace.rate('slack|T1')).toBeGreaterThan(0.9 * held);
    expect(inSeconds(2, 12)).toBeGreaterThan(0);
    // Kept busy for 20 s more: never back up to the pace that drew the 429.
    for (let t = 13_000; t < 33_000; ) {
      const slot = pace.reserve('slack|T1', t);
      if (!('waitMs' in slot)) throw new Error('paused');
      t += slot.waitMs;
      if (pace.begin('slack|T1', t) === 0) pace.sent('slack|T1', t);
      expect(pace.rate('slack|T1')).toBeLessThan(held);
    }
  });

  it('a send held until the first start leaves the second is counted when it starts (no uncounted start)', () => {
    const pace = createSendPace();
    for (let t = 0; t < 100; t++) pace.sent('slack|T1', t * 10);
    pace.limited('slack|T1', 1000, 1000); // 95 % of the 99 before
    // 2000.7 + 1000 is exactly 3000.7 in floating point, but 3000.7 - 1000 is just under 2000.7.
    expect(pace.begin('slack|T1', 2000.7)).toBe(0);
    pace.answered('slack|T1', 2000.7, 2000.7);
    for (let i = 0; i < 200; i++)
      if (pace.begin('slack|T1', 2500) === 0) pace.answered('slack|T1', 2500, 2500);
    const atTheEdge = Array.from({ length: 10 }, () => pace.begin('slack|T1', 3000.7));
    expect(atTheEdge.filter((hold) => hold === 0)).toHaveLength(1);
  });

  it('a send counts toward its second until a second after its answer: sends that reach the platform late and together stay within the rate', () => {
    const pace = createSendPace();
    for (let t = 0; t < 100; t++) pace.sent('slack|T1', t * 10);
    pace.limited('slack|T1', 1000, 1000); // 95 % of the 99 before: 94 a second
    // 94 start in the first half of second 2; the process stalls and their answers come at 2900.
    for (let i = 0; i < 94; i++) expect(pace.begin('slack|T1', 2000 + i * 5)).toBe(0);
    // They may all reach the platform in second 2 too: until 3900 nothing more starts.
    expect(pace.begin('slack|T1', 3100)).toBe(1000);
    for (let i = 0; i < 94; i++) pace.answered('slack|T1', 2000 + i * 5, 2900);
    expect(pace.begin('slack|T1', 3100)).toBe(800);
    expect(pace.begin('slack|T1', 3900)).toBe(0);
  });

  it('a workspace that was never limited is not held back', () => {
    const pace = createSendPace();
    pace.sent('teams|X', 0);
    expect(pace.reserve('teams|X', 1)).toEqual({ waitMs: 0 });
    expect(pace.reserve('slack|T9', 1)).toEqual({ waitMs: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { createSendPace, type SendPace } from '../../src/jobs/send-pace.ts';

const WS = 'slack|T1';

/** Sends that started at these times (in order) and went through, each answered at once. */
function wentThrough(pace: SendPace, times: Iterable<number>): void {
  for (const t of times) {
    pace.begin(WS, t);
    pace.answered(WS, t, t, 'sent');
  }
}

/** The platform answered 429 (Retry-After 1 s) at `now` to a send that started at `startedAt`. */
function refused(pace: SendPace, now: number, startedAt = now): void {
  pace.answered(WS, startedAt, now, { retryAfterMs: 1000 });
}

/** The times 0, 10, … 990: a hundred sends in a second. */
const hundred = Array.from({ length: 100 }, (_, i) => i * 10);

/**
 * A sender that could send every 2 ms, for `ms` from `from`, to a stand-in that takes everything
 * (each send answered 1 ms after it starts): when each send started. Throws when paused.
 */
function sendFor(pace: SendPace, from: number, ms: number): number[] {
  const sends: number[] = [];
  for (let t = from; t < from + ms; t += 2) {
    const slot = pace.reserve(WS, t);
    if (!('waitMs' in slot)) throw new Error('paused');
    t += slot.waitMs;
    if (t >= from + ms) break;
    if (pace.begin(WS, t) > 0) continue;
    sends.push(t);
    pace.answered(WS, t, t + 1, 'sent');
  }
  return sends;
}

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
    const slot = pace.reserve(WS, t);
    if ('pausedUntil' in slot) {
      t = slot.pausedUntil;
      continue;
    }
    t += slot.waitMs;
    const hold = pace.begin(WS, t);
    if (hold > 0) {
      t += hold;
      continue;
    }
    const second = Math.floor(t / 1000);
    const n = counts.get(second) ?? 0;
    if (n >= limit) {
      refused(pace, t + 1, t);
      refusals.push({ at: t, pausedUntil: t + 1001 });
    } else {
      counts.set(second, n + 1);
      sends.push(t);
      pace.answered(WS, t, t + 1, 'sent');
    }
    t += gapMs;
  }
  const inSeconds = (from: number, to: number) =>
    sends.filter((s) => s >= from * 1000 && s < to * 1000).length;
  return { sends, refusals, inSeconds, pace };
}

/** Sends a second apart by this pace: as many in a second as it allows, evenly spaced. */
function expectPaceOf(sends: readonly number[], rate: number): void {
  expect(sends).toHaveLength(Math.floor(rate));
  for (let i = 1; i < sends.length; i++) expect(sends[i]! - sends[i - 1]!).toBeCloseTo(1000 / rate, 5);
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
    wentThrough(pace, hundred);
    for (let i = 0; i < 8; i++) refused(pace, 1000 + i);
    expect(pace.reserve(WS, 2008)).toEqual({ waitMs: 0 });
    const next = pace.reserve(WS, 2008);
    // 99 got through in the second before: 95 % of that, 10.6 ms apart, not 1.05^8 times that.
    expect('waitMs' in next && next.waitMs).toBeCloseTo(1000 / (99 * 0.95), 1);
  });

  it('sends that waited for their slot and start late together (a stall) stay within the learnt rate', () => {
    const pace = createSendPace();
    wentThrough(pace, hundred);
    refused(pace, 1000); // learnt: 95 % of the 99 that got through
    expect(pace.begin(WS, 1500)).toBe(500); // not during the pause
    // 150 sends reserve their slots as the pause ends; the process stalls, and all start at 2500.
    for (let i = 0; i < 150; i++) pace.reserve(WS, 2000);
    const holds = Array.from({ length: 150 }, () => pace.begin(WS, 2500));
    const started = holds.filter((h) => h === 0).length;
    // Answered at once: each counts until a second after.
    for (let i = 0; i < started; i++) pace.answered(WS, 2500, 2500, 'sent');
    expect(started).toBeGreaterThanOrEqual(90);
    expect(started).toBeLessThanOrEqual(95);
    expect(Math.min(...holds.filter((h) => h > 0))).toBe(1000);
    expect(pace.begin(WS, 3500)).toBe(0);
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
    wentThrough(pace, hundred.slice(0, 90));
    // Ten start at 900-945 and a send at 1000, refused at 1010; the ten are answered after that.
    const late = Array.from({ length: 10 }, (_, i) => 900 + i * 5);
    for (const t of [...late, 1000]) pace.begin(WS, t);
    refused(pace, 1010, 1000);
    for (const t of late) pace.answered(WS, t, 1020, 'sent');
    // 99 started in that second (the one at 0 did not): 95 % of them, evenly spaced.
    expectPaceOf(sendFor(pace, 2010, 1000), 0.95 * 99);
  });

  it('a refused send that started early and reached the platform late does not shrink the lesson', () => {
    const pace = createSendPace();
    wentThrough(pace, hundred);
    refused(pace, 1005, 1000);
    // Started at 300, held up in a busy process, refused with the rest of that second.
    refused(pace, 1010, 300);
    // The 99 that started in the second before the latest refused start, not the 30 before 300.
    expectPaceOf(sendFor(pace, 2010, 1000), 0.95 * 99);
  });

  it('a 429 at a pace that held lowers it a little, and the steps up then stay below that pace', () => {
    const { pace, refusals, inSeconds } = simulate(12);
    expect(refusals).toHaveLength(1);
    const held = inSeconds(11, 12);
    expect(held).toBeGreaterThanOrEqual(97);
    refused(pace, 12_000, 11_999);
    expect(pace.reserve(WS, 12_999)).toEqual({ pausedUntil: 13_000 });
    const after = sendFor(pace, 13_000, 20_000);
    const perSecond = Array.from(
      { length: 20 },
      (_, i) => after.filter((t) => t >= 13_000 + i * 1000 && t < 14_000 + i * 1000).length,
    );
    expect(perSecond[0]).toBeLessThan(held);
    expect(perSecond[0]).toBeGreaterThan(0.9 * held);
    // Kept busy for 20 s more: never back up to the pace that drew the 429.
    expect(Math.max(...perSecond)).toBeLessThan(held);
  });

  it('a send held until the first start leaves the second is counted when it starts (no uncounted start)', () => {
    const pace = createSendPace();
    wentThrough(pace, hundred);
    refused(pace, 1000); // 95 % of the 99 before
    // 2000.7 + 1000 is exactly 3000.7 in floating point, but 3000.7 - 1000 is just under 2000.7.
    expect(pace.begin(WS, 2000.7)).toBe(0);
    pace.answered(WS, 2000.7, 2000.7, 'sent');
    for (let i = 0; i < 200; i++) if (pace.begin(WS, 2500) === 0) pace.answered(WS, 2500, 2500, 'sent');
    const atTheEdge = Array.from({ length: 10 }, () => pace.begin(WS, 3000.7));
    expect(atTheEdge.filter((hold) => hold === 0)).toHaveLength(1);
  });

  it('a send counts toward its second until a second after its answer: sends that reach the platform late and together stay within the rate', () => {
    const pace = createSendPace();
    wentThrough(pace, hundred);
    refused(pace, 1000); // 95 % of the 99 before: 94 a second
    // 94 start in the first half of second 2; the process stalls and their answers come at 2900.
    for (let i = 0; i < 94; i++) expect(pace.begin(WS, 2000 + i * 5)).toBe(0);
    // They may all reach the platform in second 2 too: until 3900 nothing more starts.
    expect(pace.begin(WS, 3100)).toBe(1000);
    for (let i = 0; i < 94; i++) pace.answered(WS, 2000 + i * 5, 2900, 'sent');
    expect(pace.begin(WS, 3100)).toBe(800);
    expect(pace.begin(WS, 3900)).toBe(0);
  });

  it('a workspace that was never limited is not held back', () => {
    const pace = createSendPace();
    pace.begin('teams|X', 0);
    pace.answered('teams|X', 0, 1, 'sent');
    expect(pace.reserve('teams|X', 1)).toEqual({ waitMs: 0 });
    expect(pace.reserve('slack|T9', 1)).toEqual({ waitMs: 0 });
  });
});

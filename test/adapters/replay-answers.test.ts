import { describe, expect, it } from 'vitest';
import { MAX_KEPT_BYTES, ReplayAnswers } from '../../adapters/http/replay-answers.ts';

/** A card of about 37 KB: what `actiepunten` answers with a hundred open actiepunten. */
const bigCard = (n: number) => ({ type: 'AdaptiveCard', n, body: 'x'.repeat(37_000) });

describe('the answers kept for replays', () => {
  it('one member repeating a large list 1,500 times keeps at most the size budget, and the latest replays', () => {
    const answers = new ReplayAnswers<ReturnType<typeof bigCard>>();
    const start = Date.UTC(2026, 11, 7, 9);
    for (let i = 0; i < 1_500; i++) answers.keep(`sig:${i}`, bigCard(i), start + i);
    expect(answers.bytes).toBeLessThanOrEqual(MAX_KEPT_BYTES);
    expect(answers.bytes).toBeGreaterThan(MAX_KEPT_BYTES - 40_000);
    expect(answers.find('sig:1499', start + 1_500)?.n).toBe(1499);
    // The oldest went first: its resend gets the short "already done" instead.
    expect(answers.find('sig:0', start + 1_500)).toBeUndefined();
  });

  it('keeps small answers by the count bound, forgets them after the replay window, and counts a re-kept key once', () => {
    const answers = new ReplayAnswers<{ ok: boolean }>();
    const start = Date.UTC(2026, 11, 7, 9);
    answers.keep('event:a', { ok: true }, start);
    answers.keep('event:a', { ok: false }, start + 1);
    expect(answers.bytes).toBe(JSON.stringify({ ok: false }).length);
    expect(answers.find('event:a', start + 2)).toEqual({ ok: false });
    expect(answers.find('event:a', start + 11 * 60_000)).toBeUndefined();
  });

  it('does not keep one answer larger than the whole budget', () => {
    const answers = new ReplayAnswers<string>();
    answers.keep('sig:huge', 'x'.repeat(MAX_KEPT_BYTES + 1), 0);
    expect(answers.find('sig:huge', 1)).toBeUndefined();
    expect(answers.bytes).toBe(0);
  });
});

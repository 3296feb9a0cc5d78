import { describe, expect, it, vi } from 'vitest';
import { afterAcks } from '../../adapters/slack/listeners/views/after-acks.ts';

describe('confirmations after the acks', () => {
  it('holds a confirmation until every submission being handled has its ack', async () => {
    const confirmations = afterAcks();
    const sent: string[] = [];
    const first = confirmations.begin();
    const second = confirmations.begin();
    confirmations.later(() => sent.push('bevestiging 1'));
    first();
    await new Promise((r) => setImmediate(r));
    expect(sent).toEqual([]);
    second();
    second(); // a second call changes nothing
    await vi.waitFor(() => expect(sent).toEqual(['bevestiging 1']));
  });

  it('under steady load a confirmation waits two seconds at most', () => {
    vi.useFakeTimers();
    try {
      const confirmations = afterAcks();
      const sent: string[] = [];
      confirmations.begin(); // never acked
      confirmations.later(() => sent.push('bevestiging'));
      vi.advanceTimersByTime(1_999);
      expect(sent).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(sent).toEqual(['bevestiging']);
    } finally {
      vi.useRealTimers();
    }
  });
});

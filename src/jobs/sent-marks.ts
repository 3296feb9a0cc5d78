/** One sent delivery: when it went out and whether that was late. */
export interface SentMark {
  readonly key: string;
  readonly at: Date;
  readonly late: boolean;
  /** Where the message stands in a member's chat, when the platform said (a direct message). */
  readonly ref?: string;
}

/** Sent deliveries are marked this many at a time. */
const MARK_EVERY = 20;

/**
 * Marks sent deliveries in batches: one round trip per MARK_EVERY messages instead of one per
 * message. A crash before a batch is marked leaves those deliveries 'sending'; when their lease
 * runs out they are claimed as uncertain, and the platform is asked before anything is sent again.
 */
export function sentMarks(markMany: (batch: readonly SentMark[]) => Promise<void>) {
  const marks: SentMark[] = [];
  let marking: Promise<void> = Promise.resolve();
  const flush = () => {
    const batch = marks.splice(0);
    if (batch.length > 0) marking = marking.then(() => markMany(batch));
    return marking;
  };
  return {
    add(key: string, at: Date, late: boolean, ref?: string): void {
      marks.push(ref ? { key, at, late, ref } : { key, at, late });
      // Errors surface in the tick's final flush.
      if (marks.length >= MARK_EVERY) flush().catch(() => undefined);
    },
    /** Resolves when every sent delivery so far is marked. */
    flush,
  };
}

import { HANDLED_REQUEST_TTL_MS } from '../../src/store/handled-requests-repo.ts';

/** At most this many answers, and at most this many bytes of them (as JSON), per platform. */
const MAX_KEPT = 5_000;
export const MAX_KEPT_BYTES = 8 * 1024 * 1024;

/**
 * The answers first deliveries got, kept in this process's memory through the replay window only,
 * so a resend (a double click, a platform's retry) gets what the first got without the work being
 * done again. Bounded by count and by size (a list card can be 40 KB; one member repeating such a
 * command must not grow the heap by hundreds of megabytes): the oldest go first. An answer larger
 * than the whole budget is not kept. Another replica, or a resend while the first is still running,
 * or one whose answer was let go, finds nothing here and gets a short "already done".
 */
export class ReplayAnswers<T> {
  private readonly kept = new Map<string, { at: number; answer: T; bytes: number }>();
  private keptBytes = 0;

  /** The bytes held now (as JSON), for tests and metrics. */
  get bytes(): number {
    return this.keptBytes;
  }

  keep(key: string, answer: T, now: number): void {
    const bytes = (JSON.stringify(answer) ?? '').length;
    this.drop(key);
    if (bytes > MAX_KEPT_BYTES) return;
    for (const [k, v] of this.kept) {
      const fits = this.kept.size < MAX_KEPT && this.keptBytes + bytes <= MAX_KEPT_BYTES;
      if (fits && v.at > now - HANDLED_REQUEST_TTL_MS) break;
      this.drop(k);
    }
    this.kept.set(key, { at: now, answer, bytes });
    this.keptBytes += bytes;
  }

  find(key: string, now: number): T | undefined {
    const found = this.kept.get(key);
    return found && found.at > now - HANDLED_REQUEST_TTL_MS ? found.answer : undefined;
  }

  private drop(key: string): void {
    const old = this.kept.get(key);
    if (!old) return;
    this.keptBytes -= old.bytes;
    this.kept.delete(key);
  }
}

import { HANDLED_REQUEST_TTL_MS } from '../../src/store/handled-requests-repo.ts';

const MAX_KEPT = 5_000;

/**
 * The answers first deliveries got, kept in this process's memory through the replay window only,
 * so a resend (a double click, a platform's retry) gets what the first got without the work being
 * done again. Bounded: the oldest go first. Another replica, or a resend while the first is still
 * running, finds nothing here and gets a short "already done".
 */
export class ReplayAnswers<T> {
  private readonly kept = new Map<string, { at: number; answer: T }>();

  keep(key: string, answer: T, now: number): void {
    for (const [k, v] of this.kept) {
      if (this.kept.size < MAX_KEPT && v.at > now - HANDLED_REQUEST_TTL_MS) break;
      this.kept.delete(k);
    }
    this.kept.set(key, { at: now, answer });
  }

  find(key: string, now: number): T | undefined {
    const found = this.kept.get(key);
    return found && found.at > now - HANDLED_REQUEST_TTL_MS ? found.answer : undefined;
  }
}

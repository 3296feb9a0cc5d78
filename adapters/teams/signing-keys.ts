import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import type { Logger } from '../../src/logger.ts';

/** An unknown key id makes the keys be fetched again at most this often. */
export const UNKNOWN_KID_COOLDOWN_MS = 5 * 60_000;
/** Known keys are fetched again (for a rotation) after this long, on the next request. */
const KEYS_MAX_AGE_MS = 24 * 60 * 60_000;
/** After a failed fetch (the Bot Framework unreachable) the keys are asked for again sooner. */
const RETRY_AFTER_FAILURE_MS = 30_000;
const FETCH_TIMEOUT_MS = 10_000;

/**
 * The Bot Framework's signing keys (its JWKS), by key id. A token names its key id, and anyone can
 * write one: a key id that is not known makes the keys be fetched again only when the last fetch
 * is at least `UNKNOWN_KID_COOLDOWN_MS` ago, so an outsider cannot make Schakel call out for each
 * request. One fetch at a time; a failed fetch is logged and tried again after 30 s at the earliest.
 */
export class SigningKeys {
  private keys = new Map<string, KeyObject>();
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private fetching: Promise<void> | undefined;
  private readonly uri: string;
  private readonly logger: Logger;
  private readonly now: () => number;

  constructor(opts: { uri: string; logger: Logger; now?: () => number }) {
    this.uri = opts.uri;
    this.logger = opts.logger;
    this.now = opts.now ?? Date.now;
  }

  /** The key with this id, or undefined when the Bot Framework does not publish it. */
  async key(kid: string): Promise<KeyObject | undefined> {
    const age = this.now() - this.fetchedAt;
    const known = this.keys.get(kid);
    if (known && age < KEYS_MAX_AGE_MS) return known;
    if (age >= UNKNOWN_KID_COOLDOWN_MS || this.fetching) await this.refresh();
    return this.keys.get(kid);
  }

  private refresh(): Promise<void> {
    this.fetching ??= this.fetchKeys().finally(() => {
      this.fetching = undefined;
    });
    return this.fetching;
  }

  private async fetchKeys(): Promise<void> {
    this.fetchedAt = this.now();
    try {
      const res = await fetch(this.uri, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = (await res.json()) as { keys?: unknown };
      const keys = new Map<string, KeyObject>();
      for (const jwk of Array.isArray(body.keys) ? body.keys : []) {
        const kid = (jwk as { kid?: unknown } | null)?.kid;
        if (typeof kid !== 'string') continue;
        try {
          keys.set(kid, createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }));
        } catch {
          // A key of a kind Node cannot read: no token can be checked against it.
        }
      }
      this.keys = keys;
    } catch (err) {
      this.fetchedAt = this.now() - UNKNOWN_KID_COOLDOWN_MS + RETRY_AFTER_FAILURE_MS;
      this.logger.warn(
        { err: (err as Error).message },
        'ondertekeningssleutels van het Bot Framework niet opgehaald; Teams-verzoeken worden geweigerd tot dat lukt (opnieuw over 30 s)',
      );
    }
  }
}

/**
 * A request's replay key (the HTTP edge's "every request once"), ready to be claimed: which
 * platform, the key, the request's own time and until when the key is kept, and whether expired
 * keys are due to be swept by the statement that claims it (src/store/handled-requests-repo.ts).
 */
export interface ReplayClaim {
  readonly platform: 'slack' | 'teams';
  readonly key: string;
  readonly now: Date;
  readonly expiresAt: Date;
  readonly sweep: boolean;
  /** Told when the statement finds the key claimed before: the request is a replay or a retry. */
  readonly replayed: () => void;
}

/**
 * The edge hands a request's replay claim to the use case instead of claiming it in a statement
 * of its own: the statement that stores what the request does claims the key too, so the ack
 * waits for one round trip. Used for the submitted check-in, whose successful ack says nothing:
 * its language is settled after that statement (src/messages/locale.ts, `withLocaleLater`).
 * What stores nothing claims nothing: a repeat of a refused request is refused again, the same way.
 */
export interface RequestClaims {
  /** Inside `Languages.request`: this request's claim goes with the statement that stores its answer. */
  defer(claim: ReplayClaim): void;
  /** Whether this request's claim was handed on (then its language is settled after its statement). */
  deferred(): boolean;
}

import { AsyncLocalStorage } from 'node:async_hooks';
import type { Member, PlatformUser } from '../domain/members.ts';
import type { ReplayClaim } from '../ports/request-claims.ts';
import type { StoredLocale } from '../store/member-locale-repo.ts';
import type { MemberAndLocale } from '../store/members-repo.ts';

/**
 * One read of the member behind a request: the adapter asks their language first, the use case
 * then asks who they are, and both come from the same row. Inside `request`, the read made for
 * the language is kept for the first `identify` of that user, so a request (fifty check-ins at
 * once, each waiting for its ack) costs one round trip for both instead of two. It is taken
 * once: a later `identify` in the same request reads again, so nothing stale is seen after the
 * request itself changed the member. Outside `request` every call reads.
 *
 * It also holds the request's replay claim when the edge handed it on (RequestClaims): the use
 * case takes it, once, into the statement that stores the answer.
 */
export function requestMember(read: (user: PlatformUser) => Promise<MemberAndLocale | null>) {
  const state = new AsyncLocalStorage<{
    readonly reads: Map<string, Promise<MemberAndLocale | null>>;
    claim: ReplayClaim | null;
    deferred: boolean;
  }>();
  const kept = { getStore: () => state.getStore()?.reads };
  const keyOf = (user: PlatformUser) => `${user.platform}\n${user.workspace}\n${user.userId}`;
  return {
    /**
     * Runs one request's handling, in which a read for the language is kept for `identify`.
     * Inside a request already (the Slack gate opened it, then Bolt's middleware asks again)
     * it stays that request.
     */
    request<T>(fn: () => Promise<T>): Promise<T> {
      return state.getStore() ? fn() : state.run({ reads: new Map(), claim: null, deferred: false }, fn);
    },
    defer(claim: ReplayClaim): void {
      const current = state.getStore();
      if (!current) throw new Error('a replay claim is handed on inside a request only');
      current.claim = claim;
      current.deferred = true;
    },
    deferred: () => state.getStore()?.deferred === true,
    /** The claim the edge handed on, taken once (null when there is none, or it was taken). */
    takeClaim(): ReplayClaim | null {
      const current = state.getStore();
      const claim = current?.claim ?? null;
      if (current) current.claim = null;
      return claim;
    },
    /**
     * Starts the request's read now (while the request is still being checked), not waited for;
     * or keeps `found`, that read made along with something else (the replay claim, in one statement).
     */
    readAhead(user: PlatformUser, made?: Promise<MemberAndLocale | null>): void {
      const reads = kept.getStore();
      if (!reads || reads.has(keyOf(user))) return;
      const found = made ?? read(user);
      // Whoever takes it handles a failure; a request refused before that leaves it unread.
      found.catch(() => undefined);
      reads.set(keyOf(user), found);
    },
    /** The member's stored language; null when Schakel does not know them. */
    async storedLocale(user: PlatformUser): Promise<StoredLocale | null> {
      const reads = kept.getStore();
      const found = reads?.get(keyOf(user)) ?? read(user);
      reads?.set(keyOf(user), found);
      return (await found)?.locale ?? null;
    },
    /** The member behind the platform user; null when Schakel does not know them. */
    async identify(user: PlatformUser): Promise<Member | null> {
      const reads = kept.getStore();
      const found = reads?.get(keyOf(user));
      reads?.delete(keyOf(user));
      // A read that failed for the language is tried again here, as it was before.
      const member = found ? await found.catch(() => read(user)) : await read(user);
      return member?.member ?? null;
    },
  };
}

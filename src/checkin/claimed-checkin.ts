import { PrivacyRefusal } from '../domain/errors.ts';
import type { PlatformUser } from '../domain/members.ts';
import type { CheckinAnswer } from '../messages/forms/checkin-form.ts';
import type { FormMetadata, RawValues } from '../messages/forms/model.ts';
import { settleLocale } from '../messages/locale.ts';
import type { MemberRead } from '../ports/languages.ts';
import type { ReplayClaim } from '../ports/request-claims.ts';
import type { Guard } from '../privacy/guard.ts';
import type { CheckinRepository } from '../store/checkin-store.ts';
import { memberAccess, type RoundAccessWithChecklists } from './access.ts';
import { checkinTexts, guardCheckin } from './store-answer.ts';

/** A check-in whose replay claim the edge handed on (src/ports/request-claims.ts). */
export interface ClaimedCheckin {
  readonly user: PlatformUser;
  readonly answer: CheckinAnswer;
  readonly metadata: FormMetadata;
  readonly values: RawValues;
  readonly requestKey: string | null;
  readonly claim: ReplayClaim;
  readonly now: Date;
}

export type ClaimedOutcome = { readonly a: RoundAccessWithChecklists; readonly stored: boolean } | 'replayed';

/**
 * Guarded, then the member read, the replay key claimed, the round's access read and the answer
 * stored in one statement (claimAndStoreCheckin), so the ack waits for one round trip; the
 * language is settled from the member that statement read, and the access checked (access.ts) on
 * what it read, which stores only what those checks allow. A refusal is thrown (nothing stored,
 * nothing claimed). Null when the answer goes the ordinary way, before anything is stored or
 * claimed: updates on earlier knelpunten, client data (refused there in the member's language), an
 * unknown member, someone else's form.
 */
export async function storeClaimedCheckin(
  deps: {
    readonly store: Pick<CheckinRepository, 'claimAndStoreCheckin'>;
    readonly guard: Pick<Guard, 'check'>;
    /** Keeps the member read for the language and the request's look-up of who the user is. */
    readonly keep: (user: PlatformUser, read: Promise<MemberRead | null>) => void;
  },
  c: ClaimedCheckin,
): Promise<ClaimedOutcome | null> {
  if (c.answer.knelpuntUpdates.length > 0) return null;
  let checked: ReturnType<typeof guardCheckin>;
  try {
    checked = guardCheckin(deps.guard, c.answer, checkinTexts(c.answer, c.values));
  } catch (err) {
    if (err instanceof PrivacyRefusal) return null;
    throw err;
  }
  const found = await deps.store.claimAndStoreCheckin({
    user: c.user,
    formMemberId: c.metadata.memberId ?? null,
    claim: c.claim,
    requestKey: c.requestKey,
    now: c.now,
    roundId: c.metadata.roundId ?? '',
    samenwerkingsniveau: checked.samenwerkingsniveau,
    toelichting: checked.toelichting,
    wentWell: checked.wentWell,
    raised: checked.newKnelpunten,
  });
  deps.keep(c.user, Promise.resolve(found.member));
  // From here on the member is known, and so their language: every word after this is theirs.
  await settleLocale();
  if (!found.member) return null;
  if (found.open && !found.claimed) {
    c.claim.replayed();
    return 'replayed';
  }
  // A refusal is thrown here, and then nothing was stored (the statement writes under the same checks).
  const a = memberAccess(found.access, c.now, found.member.member);
  // Allowed here but not by the statement (someone else's form): the ordinary way refuses it.
  return found.open ? { a, stored: found.stored } : null;
}

import type { Clock } from '../clock.ts';
import { type FieldProblem, PrivacyRefusal } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import type { CheckinAnswer } from '../messages/forms/checkin-form.ts';
import type { Form, FormMetadata, RawValues } from '../messages/forms/model.ts';
import type { FreeTextGuard } from '../privacy/free-text-guard.ts';
import type { CheckinRepository, CheckinStore } from '../store/checkin-store.ts';
import {
  assertOwnForm,
  memberAccess,
  type RoundAccess,
  type RoundAccessWithChecklists,
  roundForMember,
  roundForProjectleider,
} from './access.ts';
import { checkinFormFor, checklistFormFor, progressFormFor } from './forms.ts';
import type { RoundFormId, SubmitInput, SubmitResult } from './round-form-submission.ts';
import {
  assertUpdatesBelong,
  checkinTexts,
  guardCheckin,
  pointAtFields,
  type StorableAnswer,
  storeAnswer,
} from './store-answer.ts';

/** What checking and storing a round form came to. */
export type Outcome =
  | { readonly refused: SubmitResult }
  | { readonly a: RoundAccessWithChecklists; readonly stored: boolean }
  | { readonly replayed: true };

/**
 * A round form's checks and its storing: who may have the form (access.ts), the form built for
 * them, the client-data guard on what they typed, and the answer stored under those checks.
 */
export function checkAndStore({
  store,
  clock,
  guard,
}: {
  /** The check-in's repositories: reads on the pool, an answer with knelpunt updates in one transaction. */
  readonly store: CheckinStore;
  readonly clock: Clock;
  readonly guard: FreeTextGuard;
}) {
  async function access(
    q: CheckinRepository,
    member: Member | null,
    form: RoundFormId,
    metadata: FormMetadata,
  ): Promise<RoundAccessWithChecklists> {
    const roundId = metadata.roundId ?? '';
    const asProjectleider = form === 'progress' || (form === 'checklist' && metadata.variant === 'agreed');
    const a = asProjectleider
      ? await roundForProjectleider(q, clock.now(), member, roundId)
      : await roundForMember(
          q,
          clock.now(),
          member,
          roundId,
          form === 'checklist' ? 'checklist-closed' : 'round-closed',
        );
    assertOwnForm(metadata, a.member);
    return a;
  }

  async function buildForm(
    q: CheckinRepository,
    a: RoundAccess,
    form: RoundFormId,
    metadata: FormMetadata,
  ): Promise<Form> {
    const forMember = { round: a.round, overleg: a.overleg, memberId: a.member.id };
    if (form === 'checkin') return checkinFormFor(q, forMember);
    if (form === 'progress') return progressFormFor(q, forMember);
    return checklistFormFor(q, { ...forMember, agreed: metadata.variant === 'agreed' });
  }

  /**
   * The one place check-in text meets the client-data guard, before anything is stored: the
   * answer guarded, or the problems beside the fields they were typed in.
   */
  function guarded(answer: CheckinAnswer, values: RawValues) {
    const texts = checkinTexts(answer, values);
    try {
      return { value: guardCheckin(guard, answer, texts) };
    } catch (err) {
      if (!(err instanceof PrivacyRefusal)) throw err;
      return { problems: pointAtFields(err.problems, texts) };
    }
  }

  async function refused(
    q: CheckinRepository,
    a: RoundAccess,
    input: SubmitInput,
    problems: FieldProblem[],
  ): Promise<Outcome> {
    const form = await buildForm(q, a, input.answer.form, input.metadata);
    return { refused: { ok: false, problems, form } };
  }

  /**
   * A check-in without updates on earlier knelpunten, by a known member on their own form: guarded,
   * then the round's access read and the answer stored in one statement, and the access checked
   * (access.ts) on what that statement read; it stores only what those checks allow. Null for any
   * other answer, which goes the ordinary way.
   */
  async function checkinAtOnce(input: SubmitInput, now: Date): Promise<Outcome | null> {
    const { member, answer, metadata } = input;
    if (answer.form !== 'checkin' || answer.value.knelpuntUpdates.length > 0 || !member) return null;
    if (metadata.memberId !== undefined && metadata.memberId !== member.id) return null;
    const checked = guarded(answer.value, input.values);
    if (checked.problems) {
      // Who may not answer the round hears that first, as on the ordinary way.
      return refused(
        store.read,
        await access(store.read, member, 'checkin', metadata),
        input,
        checked.problems,
      );
    }
    const { samenwerkingsniveau, toelichting, wentWell, newKnelpunten } = checked.value;
    const found = await store.read.storeCheckinAtOnce({
      samenwerkingsniveau,
      toelichting,
      wentWell,
      raised: newKnelpunten,
      requestKey: input.requestKey,
      now,
      roundId: metadata.roundId ?? '',
      memberId: member.id,
    });
    // A refusal is thrown here, and then nothing was stored (the statement writes under the same checks).
    const a = memberAccess(found.access, now, member);
    // Allowed here but not by the statement: should its checks ever differ, the ordinary way stores it.
    return found.open ? { a, stored: found.stored } : null;
  }

  /** Any other answer: its access read with one query, then checked and stored in a transaction. */
  async function checkThenStore(input: SubmitInput, now: Date): Promise<Outcome> {
    const a = await access(store.read, input.member, input.answer.form, input.metadata);
    return store.transaction((tx) => checkAndStoreIn(tx, a, input, now));
  }

  /** Checks and stores an answer (any form) in the transaction `q`, the member's access checked already. */
  async function checkAndStoreIn(
    q: CheckinRepository,
    a: RoundAccessWithChecklists,
    input: SubmitInput,
    now: Date,
  ): Promise<Outcome> {
    let storable: StorableAnswer;
    if (input.answer.form === 'checkin') {
      await assertUpdatesBelong(q, a.round, input.answer.value);
      const checked = guarded(input.answer.value, input.values);
      if (checked.problems) return refused(q, a, input, checked.problems);
      storable = { form: 'checkin', value: checked.value };
    } else storable = input.answer;
    // A replay or retry (its key handed on by the edge) stores nothing and is answered as one.
    if (input.replayClaim && !(await q.claimInTransaction(input.replayClaim))) {
      input.replayClaim.replayed();
      return { replayed: true };
    }
    // A repeat of a request already stored changes nothing, not even the time of the answer.
    const stored = !input.requestKey || (await q.recordRequest(input.requestKey, now));
    if (stored) await storeAnswer(q, a, storable, input.metadata, now);
    return { a, stored };
  }

  return { access, buildForm, checkinAtOnce, checkThenStore };
}

import type { Clock } from '../clock.ts';
import { can } from '../domain/authorization.ts';
import { type FieldProblem, NotFound, PrivacyRefusal } from '../domain/errors.ts';
import type { Member, PlatformUser } from '../domain/members.ts';
import type { Logger } from '../logger.ts';
import { words } from '../messages/catalogue/words.ts';
import { type FormAction, savedMessage } from '../messages/checkin-messages.ts';
import type { CheckinAnswer } from '../messages/forms/checkin-form.ts';
import type { Form, FormMetadata, RawValues } from '../messages/forms/model.ts';
import type { FormAnswer } from '../messages/forms/parse.ts';
import { settleLocale } from '../messages/locale.ts';
import type { Message } from '../messages/model.ts';
import type { MemberRead } from '../ports/languages.ts';
import type { ReplayClaim } from '../ports/request-claims.ts';
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
import { type ClaimedCheckin, storeClaimedCheckin } from './claimed-checkin.ts';
import { checkinFormFor, checklistFormFor, progressFormFor } from './forms.ts';
import { dutchMoment, tertiaalOfMeeting } from './round-timing.ts';
import {
  assertUpdatesBelong,
  checkinTexts,
  guardCheckin,
  pointAtFields,
  type StorableAnswer,
  storeAnswer,
} from './store-answer.ts';

interface Deps {
  /** The check-in's repositories: reads on the pool, an answer with knelpunt updates in one transaction. */
  readonly store: CheckinStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly guard: FreeTextGuard;
  /** Keeps a member read made along with a statement for the rest of the request (request-member.ts). */
  readonly keep?: (user: PlatformUser, read: Promise<MemberRead | null>) => void;
}

/** The forms of a check-in round; the series forms (src/rhythm/series-forms.ts) have their own commands. */
export type RoundFormId = 'checkin' | 'checklist' | 'progress';
export type RoundFormAnswer = Extract<FormAnswer, { form: RoundFormId }>;

/** The answer when it is one of a round's forms; null for any other form. */
export function roundAnswer(answer: FormAnswer): RoundFormAnswer | null {
  return answer.form === 'checkin' || answer.form === 'checklist' || answer.form === 'progress'
    ? answer
    : null;
}

/** One submitted round form, parsed (src/submissions/form-registry.ts). */
export interface SubmitInput {
  /** The member behind the platform user, as the form registry already found them. */
  readonly member: Member | null;
  readonly answer: RoundFormAnswer;
  /** What came back with the form: the round, the member it was made for, the checklist variant. */
  readonly metadata: FormMetadata;
  /** The raw input, so a privacy problem is shown beside the very field it was typed in. */
  readonly values: RawValues;
  /** The same for a repeat of this request (a Slack retry, a Teams resend); null when unknown. */
  readonly requestKey: string | null;
  /** The request's replay key, handed on by the edge: claimed with what is stored (request-claims.ts). */
  readonly replayClaim?: ReplayClaim | null;
}

export type SubmitResult =
  | { readonly ok: true; readonly confirmation: Message }
  | {
      /** Nothing was stored; show `form` again with the member's input and these problems. */
      readonly ok: false;
      readonly problems: readonly FieldProblem[];
      readonly form: Form;
    }
  /** Nothing done: a replay or retry of a request whose answer was stored (its key claimed). */
  | { readonly replayed: true };

const ACTION_FORMS: Readonly<Record<FormAction, { form: RoundFormId; variant?: string }>> = {
  checkin_open: { form: 'checkin' },
  checklist_open: { form: 'checklist', variant: 'member' },
  checklist_agreed_open: { form: 'checklist', variant: 'agreed' },
  progress_open: { form: 'progress' },
};

/**
 * The check-in's use cases: which form a member gets, and storing what they send back. Slack
 * and Teams both come through here, so the rules (member of the werkgroep, their own answer,
 * round still open, no client data) are the same on both.
 */
export function createFormCommands({ store, clock, logger, guard, keep = () => undefined }: Deps) {
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
      : await roundForMember(q, clock.now(), member, roundId);
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

  async function roundFormFor(user: PlatformUser, form: RoundFormId, metadata: FormMetadata): Promise<Form> {
    const a = await access(store.read, await store.read.findMemberByIdentity(user), form, metadata);
    return buildForm(store.read, a, form, metadata);
  }

  type Outcome =
    | { readonly refused: SubmitResult }
    | { readonly a: RoundAccessWithChecklists; readonly stored: boolean }
    | { readonly replayed: true };

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

  /** Checks and stores an answer (any form) in the transaction `q`, the member's access checked already. */
  /** Any other answer: its access read with one query, then checked and stored in a transaction. */
  async function checkThenStore(input: SubmitInput, now: Date): Promise<Outcome> {
    const a = await access(store.read, input.member, input.answer.form, input.metadata);
    return store.transaction((tx) => checkAndStore(tx, a, input, now));
  }

  async function checkAndStore(
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

  return {
    /** The form a button opens (its action id and value, the round id). */
    async roundFormForButton(user: PlatformUser, action: FormAction, roundId: string): Promise<Form> {
      const target = ACTION_FORMS[action];
      if (!target) throw new NotFound(words().answers.problems.unknownCheckinButton);
      return roundFormFor(user, target.form, {
        roundId,
        ...(target.variant ? { variant: target.variant } : {}),
      });
    },

    /** The form again, for a submission the parser refused: the adapter fills in what was typed. */
    roundFormFor,

    async submitRoundForm(input: SubmitInput): Promise<SubmitResult> {
      const form = input.answer.form;
      const now = clock.now();
      // Each query is a round trip the member's ack waits for, and fifty members answering at
      // once share one small pool: the member comes from the registry, and a plain check-in is
      // checked and stored in one statement (checkinAtOnce); any other answer is checked with one
      // query (access.ts) and stored in a transaction.
      const done = (await checkinAtOnce(input, now)) ?? (await checkThenStore(input, now));
      if ('refused' in done) return done.refused;
      return confirmed(done, form, input.metadata);
    },

    /**
     * A check-in whose replay key the edge handed on (src/ports/request-claims.ts): stored with
     * that claim in one statement when it can be (claimed-checkin.ts), else the ordinary way,
     * the key claimed in its transaction. Its language is settled on the way.
     */
    async submitClaimedCheckin(c: Omit<ClaimedCheckin, 'now'>, member: () => Promise<Member | null>) {
      const now = clock.now();
      const once = await storeClaimedCheckin({ store: store.read, guard, keep }, { ...c, now });
      if (once === 'replayed') return { replayed: true } as const;
      if (once) return confirmed(once, 'checkin', c.metadata);
      // The ordinary way, in the member's language, the key claimed in its transaction.
      await settleLocale();
      const answer = { form: 'checkin' as const, value: c.answer };
      const done = await checkThenStore({ ...c, member: await member(), answer, replayClaim: c.claim }, now);
      if ('refused' in done) return done.refused;
      return confirmed(done, 'checkin', c.metadata);
    },
  };

  function confirmed(
    done: Exclude<Outcome, { refused: SubmitResult }>,
    form: RoundFormId,
    metadata: FormMetadata,
  ): SubmitResult {
    if ('replayed' in done) return done;
    const { a, stored } = done;
    const tertiaal = tertiaalOfMeeting(a.round.meetingDate).label;
    const offerChecklist = form === 'checkin' && !a.checklistTertialen.includes(tertiaal);
    logger.info({ round: a.round.id, form, repeat: !stored }, 'formulier opgeslagen');
    return {
      ok: true,
      confirmation: savedMessage({
        form,
        roundId: a.round.id,
        editableUntil: dutchMoment(a.round.closesAt, a.round.timeZone),
        offerChecklist,
        projectleider: can(a.member, 'werkgroep.manage', { regionId: a.overleg.regionId }),
        variant: metadata.variant,
      }),
    };
  }
}

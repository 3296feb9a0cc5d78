import type { Clock } from '../clock.ts';
import { can } from '../domain/authorization.ts';
import { NotFound } from '../domain/errors.ts';
import type { Member, PlatformUser } from '../domain/members.ts';
import type { Logger } from '../logger.ts';
import { words } from '../messages/catalogue/words.ts';
import { type FormAction, savedMessage } from '../messages/checkin-messages.ts';
import type { Form, FormMetadata } from '../messages/forms/model.ts';
import { settleLocale } from '../messages/locale.ts';
import type { MemberRead } from '../ports/languages.ts';
import type { FreeTextGuard } from '../privacy/free-text-guard.ts';
import type { CheckinStore } from '../store/checkin-store.ts';
import { checkAndStore, type Outcome } from './check-and-store.ts';
import { type ClaimedCheckin, storeClaimedCheckin } from './claimed-checkin.ts';
import type { RoundFormId, SubmitInput, SubmitResult } from './round-form-submission.ts';
import { dutchMoment, tertiaalOfMeeting } from './round-timing.ts';

interface Deps {
  /** The check-in's repositories: reads on the pool, an answer with knelpunt updates in one transaction. */
  readonly store: CheckinStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly guard: FreeTextGuard;
  /** Keeps a member read made along with a statement for the rest of the request (request-member.ts). */
  readonly keep?: (user: PlatformUser, read: Promise<MemberRead | null>) => void;
}

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
  const { access, buildForm, checkinAtOnce, checkThenStore } = checkAndStore({ store, clock, guard });

  async function roundFormFor(user: PlatformUser, form: RoundFormId, metadata: FormMetadata): Promise<Form> {
    const a = await access(store.read, await store.read.findMemberByIdentity(user), form, metadata);
    return buildForm(store.read, a, form, metadata);
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
    const { label: tertiaal, period } = tertiaalOfMeeting(a.round.meetingDate);
    // The projectleider's figures belong to the tertiaal: open until the stuurgroep got them (access.ts).
    const figures = form === 'progress' || (form === 'checklist' && metadata.variant === 'agreed');
    const offerChecklist = form === 'checkin' && !a.checklistTertialen.includes(tertiaal);
    logger.info({ round: a.round.id, form, repeat: !stored }, 'formulier opgeslagen');
    return {
      ok: true,
      confirmation: savedMessage({
        form,
        roundId: a.round.id,
        editableUntil: figures
          ? words().confirmation.untilPublished(period)
          : dutchMoment(a.round.closesAt, a.round.timeZone),
        offerChecklist,
        projectleider: can(a.member, 'werkgroep.manage', { regionId: a.overleg.regionId }),
        variant: metadata.variant,
      }),
    };
  }
}

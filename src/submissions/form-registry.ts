import { z } from 'zod';
import type { createAgendaCommands } from '../agenda/agenda.ts';
import type { createFormCommands } from '../checkin/form-commands.ts';
import type { RoundFormId } from '../checkin/round-form-submission.ts';
import type { DigestPublishing } from '../digest/publish.ts';
import { type FieldProblem, InvalidInput, SchakelError } from '../domain/errors.ts';
import type { Member, PlatformUser } from '../domain/members.ts';
import type { Logger } from '../logger.ts';
import { words } from '../messages/catalogue/words.ts';
import { errorMessage } from '../messages/errors.ts';
import {
  type Form,
  type FormId,
  type FormMetadata,
  isFormId,
  type RawValues,
} from '../messages/forms/model.ts';
import { type FormAnswer, parseFormValues } from '../messages/forms/parse.ts';
import { problemsForForm } from '../messages/forms/problems.ts';
import { QUICK_INPUT_FIELD, quickInputForm } from '../messages/forms/quick-input-form.ts';
import { settleLocale } from '../messages/locale.ts';
import { whenForMember } from '../messages/meeting-messages.ts';
import { type Message, plainText, shorten } from '../messages/model.ts';
import type { AnswerPlace, FormSubmissions, SubmitOutcome, SubmittedIn } from '../ports/form-submissions.ts';
import type { ReplayClaim } from '../ports/request-claims.ts';
import type { TextCommands } from '../ports/text-commands.ts';
import type { FreeTextGuard } from '../privacy/free-text-guard.ts';
import type { createSeriesForms } from '../rhythm/series-forms.ts';
import type { createOnboarding } from '../werkgroep-setup/onboarding.ts';
import { formAgain, privacyProblems } from './form-again.ts';
import { klaarEntry } from './klaar-submission.ts';

/** One submitted form, with the member behind the platform user. */
export interface Submission {
  readonly user: PlatformUser;
  readonly member: Member | null;
  readonly formId: FormId;
  readonly metadata: FormMetadata;
  /** The raw input too, so a privacy problem is shown beside the very field it was typed in. */
  readonly values: RawValues;
  readonly requestKey: string | null;
  /** Where a form inside a message was sent from, when the edge says. */
  readonly where: SubmittedIn | null;
}

export type FormRequest = Omit<Submission, 'values' | 'requestKey' | 'where'>;
export type AnswerOf<F extends FormId> = Extract<FormAnswer, { form: F }>;

/**
 * What a use case makes of an answer: the confirmation, problems beside the form's fields, or a
 * replay; or the answer with its own place, where that depends on where the form sat.
 */
type Carried =
  | Message
  | { readonly answer: Message; readonly answerIn: AnswerPlace }
  | { readonly again: Form; readonly problems: readonly FieldProblem[] }
  | { readonly replayed: true };

/**
 * One form: where its answer belongs, how it is built for a member, and the use case that
 * carries out its parsed answer (the parser is the form model's, messages/forms/parse.ts).
 */
export interface FormEntry<A extends FormAnswer> {
  readonly answerIn: AnswerPlace;
  /**
   * A refusal of the use case (a rule, a permission) shown beside the form built again; when the
   * form cannot be built (the member may not use it) the refusal replaces it. False: a refusal
   * always replaces the form (a closed round is not fixed by editing the answers).
   */
  readonly againOnRefusal: boolean;
  formFor(r: FormRequest): Promise<Form>;
  /**
   * When the form refused some fields: what the use case says of the fields it could read (a name
   * taken), so that every wrong field is named in one reply.
   */
  draftProblems?(r: FormRequest, values: RawValues): Promise<readonly FieldProblem[]>;
  /** Carries out the parsed answer; a refusal is thrown as a domain error. */
  carryOut(s: Submission, answer: A): Promise<Carried>;
}

type Registry = { readonly [F in FormId]: FormEntry<AnswerOf<F>> };

interface Deps {
  readonly identify: (user: PlatformUser) => Promise<Member | null>;
  /** The privacy guard: a form shown again names client data too, beside the field it is in. */
  readonly guard: Pick<FreeTextGuard, 'check'>;
  readonly rounds: ReturnType<typeof createFormCommands>;
  readonly series: ReturnType<typeof createSeriesForms>;
  readonly onboarding: ReturnType<typeof createOnboarding>;
  readonly digest: DigestPublishing;
  readonly agenda: ReturnType<typeof createAgendaCommands>;
  /** The Klaar buttons' use cases, which the choice of an actiepunt that is klaar shares. */
  readonly actiepunten: Pick<TextCommands, 'finishActiepunt' | 'actiepuntenAfterKlaar'>;
  /** Where a failure that is no refusal is told (renewing the list after klaar). */
  readonly logger: Pick<Logger, 'error'>;
  /** The request's replay claim when the edge handed it on (only a submitted check-in's). */
  readonly claims?: { takeClaim(): ReplayClaim | null };
}

const quickInputMetadata = z.object({ input: z.literal('agendapunt'), value: z.string() });

/**
 * The registry of forms: every form id with its use case. Both platforms submit every form
 * through the one `submit` below: parsed, then carried out, and what became of it returned.
 */
export function createFormRegistry(d: Deps): Registry {
  const round = <F extends RoundFormId>(formId: F): FormEntry<AnswerOf<F>> => ({
    answerIn: 'chat',
    againOnRefusal: false,
    formFor: (r) => d.rounds.roundFormFor(r.user, formId, r.metadata),
    async carryOut(s, answer) {
      const outcome = await d.rounds.submitRoundForm({
        member: s.member,
        answer,
        metadata: s.metadata,
        values: s.values,
        requestKey: s.requestKey,
      });
      if ('replayed' in outcome) return outcome;
      return outcome.ok ? outcome.confirmation : { again: outcome.form, problems: outcome.problems };
    },
  });
  const inForm = <A extends FormAnswer>(
    formFor: (r: FormRequest) => Promise<Form>,
    carryOut: (s: Submission, answer: A) => Promise<Message>,
  ): FormEntry<A> => ({ answerIn: 'form', againOnRefusal: true, formFor, carryOut });
  const seriesForm: FormEntry<AnswerOf<'reeks' | 'bijeenkomst'>> = {
    ...inForm<AnswerOf<'reeks' | 'bijeenkomst'>>(
      (r) => d.series.formFor(r.member, r.formId, r.metadata),
      (s, answer) => d.series.submitForm(s.member, s.metadata, answer, s.where?.prefix ?? ''),
    ),
    draftProblems: (r, values) => d.series.draftProblems(r.formId, r.metadata, values),
  };
  const digestForm = inForm<AnswerOf<'samenvatting-tekst' | 'samenvatting-onderdelen'>>(
    (r) => d.digest.digestFormFor(r.user, r.formId, r.metadata),
    (s, answer) => d.digest.submitDigestForm(s.user, s.metadata, answer),
  );
  return {
    checkin: round('checkin'),
    checklist: round('checklist'),
    progress: round('progress'),
    reeks: seriesForm,
    bijeenkomst: seriesForm,
    'samenvatting-tekst': digestForm,
    'samenvatting-onderdelen': digestForm,
    werkgroep: {
      ...inForm(
        (r) => d.onboarding.formFor(r.member, r.user, r.metadata),
        (s, answer: AnswerOf<'werkgroep'>) => d.onboarding.submit(s.member, s.user, s.metadata, answer.value),
      ),
      draftProblems: (r, values) => d.onboarding.draftProblems(r.member, r.user, r.metadata, values),
    },
    quick_input: {
      answerIn: 'form',
      againOnRefusal: false,
      formFor: async (r) => quickInputForm(r.metadata),
      async carryOut(s, answer) {
        const form = quickInputForm(s.metadata);
        const meta = quickInputMetadata.safeParse(s.metadata);
        if (!meta.success)
          return { again: form, problems: [{ field: QUICK_INPUT_FIELD, message: words().forms.expired }] };
        try {
          const next = await d.agenda.addAgendaItem(s.member, meta.data.value, answer.value.text);
          const said = words().answers.agendapunt(whenForMember(next));
          return { fallback: said, blocks: [{ type: 'text', text: said }] };
        } catch (err) {
          if (!(err instanceof SchakelError)) throw err;
          // One line: the whole reason (for client data, what to do about it) beside the field.
          const message = shorten(plainText(errorMessage(err)), 2000);
          return { again: form, problems: [{ field: QUICK_INPUT_FIELD, message }] };
        }
      },
    },
    klaar: klaarEntry(d.actiepunten, d.logger),
  };
}

/** The FormSubmissions port over the registry. */
export function createFormSubmissions(
  d: Deps & { readonly newWerkgroepForm: FormSubmissions['newWerkgroepForm'] },
): FormSubmissions {
  const registry = createFormRegistry(d);
  const entryOf = (formId: string): FormEntry<FormAnswer> => {
    if (!isFormId(formId)) throw new InvalidInput([{ field: 'form', message: words().forms.unknown }]);
    return registry[formId] as FormEntry<FormAnswer>;
  };
  // Every form shown again passes here: what the guard refuses comes back empty (form-again.ts).
  const again = (
    form: Form,
    values: RawValues,
    problems: readonly FieldProblem[],
    privacy?: readonly FieldProblem[],
  ): SubmitOutcome => ({ kind: 'again', form: formAgain(d.guard, form, values, problems, privacy) });

  return {
    async submit(user, formId, metadata, values, requestKey = null, where) {
      let entry: FormEntry<FormAnswer> | undefined;
      let request: FormRequest | undefined;
      try {
        entry = entryOf(formId);
        // Only a submitted check-in's key is handed on (the Slack gate, by the modal's form id).
        const claim = formId === 'checkin' ? (d.claims?.takeClaim() ?? null) : null;
        let parsed = parseFormValues(formId, values);
        if (claim) {
          // Its key claimed with its answer stored; refused the ordinary way, in the member's language.
          if (parsed.ok && parsed.value.form === 'checkin') {
            const c = { user, answer: parsed.value.value, metadata, values, requestKey, claim };
            const result = await d.rounds.submitClaimedCheckin(c, () => d.identify(user));
            if ('replayed' in result) return { kind: 'replayed' };
            if (result.ok) return { kind: 'done', message: result.confirmation, answerIn: entry.answerIn };
            return again(result.form, values, result.problems);
          }
          await settleLocale();
          parsed = parseFormValues(formId, values);
        }
        request = { user, member: await d.identify(user), formId: formId as FormId, metadata };
        // The problems beside the form as this member may have it (building it checks that they may).
        if (!parsed.ok) {
          // Everything to fix at once: what the form misses, client data where it was typed, and
          // what the use case says of the other fields (one problem a field, the form's first).
          const form = await entry.formFor(request);
          const privacy = privacyProblems(d.guard, form, values);
          const refused = new Set([...parsed.problems, ...privacy].map((p) => p.field));
          const more = (await entry.draftProblems?.(request, values)) ?? [];
          const rest = more.filter((p) => !refused.has(p.field));
          return again(form, values, [...parsed.problems, ...privacy, ...rest], privacy);
        }
        const submission = { ...request, values, requestKey, where: where ?? null };
        const carried = await entry.carryOut(submission, parsed.value);
        if ('again' in carried) return again(carried.again, values, carried.problems);
        if ('replayed' in carried) return { kind: 'replayed' };
        if ('answer' in carried) return { kind: 'done', message: carried.answer, answerIn: carried.answerIn };
        return { kind: 'done', message: carried, answerIn: entry.answerIn };
      } catch (err) {
        // A check-in stored in one statement settles the member's language after it: when that
        // statement failed, settle it here, so the refusal is in their language too.
        await settleLocale().catch(() => undefined);
        if (!(err instanceof SchakelError)) throw err;
        if (entry?.againOnRefusal && request) {
          // Someone who may not use the form cannot have it built either: then the refusal stands.
          const form = await entry.formFor(request).catch(() => null);
          const problems = form && problemsForForm(form, err);
          if (form && problems) return again(form, values, problems);
        }
        return { kind: 'refused', message: errorMessage(err), answerIn: entry?.answerIn ?? 'form' };
      }
    },
    roundFormForButton: d.rounds.roundFormForButton,
    async formAsTyped(user, formId, metadata, typed) {
      const form = await entryOf(formId).formFor({
        user,
        member: await d.identify(user),
        formId: formId as FormId,
        metadata,
      });
      return formAgain(d.guard, form, typed, []);
    },
    newWerkgroepForm: d.newWerkgroepForm,
  };
}

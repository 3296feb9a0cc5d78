import { z } from 'zod';
import { type createFormCommands, type RoundFormId, roundAnswer } from '../checkin/form-commands.ts';
import type { DigestPublishing } from '../digest/publish.ts';
import { type FieldProblem, InvalidInput, SchakelError } from '../domain/errors.ts';
import type { Member, PlatformUser } from '../domain/members.ts';
import { errorMessage } from '../messages/errors.ts';
import {
  type Form,
  type FormId,
  type FormMetadata,
  isFormId,
  type RawValues,
  withValues,
} from '../messages/forms/model.ts';
import { parseFormValues } from '../messages/forms/parse.ts';
import { problemsForForm } from '../messages/forms/problems.ts';
import { QUICK_INPUT_FIELD, quickInputForm } from '../messages/forms/quick-input-form.ts';
import { when } from '../messages/meeting-messages.ts';
import { type Message, plainText } from '../messages/model.ts';
import type { AnswerPlace, FormSubmissions, SubmitOutcome } from '../ports/form-submissions.ts';
import type { createAgendaCommands } from '../rhythm/agenda-commands.ts';
import type { createSeriesForms } from '../rhythm/forms.ts';
import type { createOnboarding } from '../rhythm/onboarding.ts';

/** One submitted form, with the member behind the platform user. */
interface Submission {
  readonly user: PlatformUser;
  readonly member: Member | null;
  readonly formId: FormId;
  readonly metadata: FormMetadata;
  readonly values: RawValues;
  readonly requestKey: string | null;
}

type FormRequest = Omit<Submission, 'values' | 'requestKey'>;

/** What a use case makes of a submission: the confirmation, or problems beside the form's fields. */
type Carried = Message | { readonly again: Form; readonly problems: readonly FieldProblem[] };

/** One form: where its answer belongs, how it is built for a member, and its use case. */
interface FormEntry {
  readonly answerIn: AnswerPlace;
  /**
   * A refusal of the use case (a rule, a permission) shown beside the form built again; when the
   * form cannot be built (the member may not use it) the refusal replaces it. False: a refusal
   * always replaces the form (a closed round is not fixed by editing the answers).
   */
  readonly againOnRefusal: boolean;
  formFor(r: FormRequest): Promise<Form>;
  /** Parses the values and carries out the use case; a refusal is thrown as a domain error. */
  submit(s: Submission): Promise<Carried>;
}

interface Deps {
  readonly identify: (user: PlatformUser) => Promise<Member | null>;
  readonly rounds: ReturnType<typeof createFormCommands>;
  readonly series: ReturnType<typeof createSeriesForms>;
  readonly onboarding: ReturnType<typeof createOnboarding>;
  readonly digest: DigestPublishing;
  readonly agenda: ReturnType<typeof createAgendaCommands>;
}

const quickInputMetadata = z.object({ input: z.literal('agendapunt'), value: z.string() });
const EXPIRED = 'Dit formulier is verlopen. Open het opnieuw.';

/**
 * The registry of forms: every form id with its parser and use case. Both platforms submit
 * every form through `submit` here, and get back what became of it (SubmitOutcome).
 */
export function createFormRegistry(d: Deps): Readonly<Record<FormId, FormEntry>> {
  const round = (formId: RoundFormId): FormEntry => ({
    answerIn: 'chat',
    againOnRefusal: false,
    formFor: (r) => d.rounds.roundFormFor(r.user, formId, r.metadata),
    async submit(s) {
      const parsed = parseFormValues(formId, s.values);
      const answer = parsed.ok ? roundAnswer(parsed.value) : null;
      if (!answer) {
        const problems = parsed.ok ? [] : parsed.problems;
        return { again: await d.rounds.roundFormFor(s.user, formId, s.metadata), problems };
      }
      const outcome = await d.rounds.submitRoundForm(s.user, {
        answer,
        metadata: s.metadata,
        values: s.values,
        requestKey: s.requestKey,
      });
      return outcome.ok ? outcome.confirmation : { again: outcome.form, problems: outcome.problems };
    },
  });
  const inForm = (formFor: FormEntry['formFor'], submit: (s: Submission) => Promise<Message>): FormEntry => ({
    answerIn: 'form',
    againOnRefusal: true,
    formFor,
    submit,
  });
  const seriesForm = inForm(
    (r) => d.series.formFor(r.member, r.formId, r.metadata),
    (s) => d.series.submitForm(s.member, s.formId, s.metadata, s.values),
  );
  const digestForm = inForm(
    (r) => d.digest.digestFormFor(r.user, r.formId, r.metadata),
    (s) => d.digest.submitDigestForm(s.user, s.formId, s.metadata, s.values),
  );
  return {
    checkin: round('checkin'),
    checklist: round('checklist'),
    progress: round('progress'),
    reeks: seriesForm,
    bijeenkomst: seriesForm,
    'samenvatting-tekst': digestForm,
    'samenvatting-onderdelen': digestForm,
    werkgroep: inForm(
      (r) => d.onboarding.formFor(r.member, r.user, r.metadata),
      (s) => d.onboarding.submit(s.member, s.user, s.metadata, s.values),
    ),
    quick_input: {
      answerIn: 'form',
      againOnRefusal: false,
      formFor: async (r) => quickInputForm(r.metadata),
      async submit(s) {
        const form = quickInputForm(s.metadata);
        const meta = quickInputMetadata.safeParse(s.metadata);
        if (!meta.success) return { again: form, problems: [{ field: QUICK_INPUT_FIELD, message: EXPIRED }] };
        const parsed = parseFormValues('quick_input', s.values);
        const text = parsed.ok && parsed.value.form === 'quick_input' ? parsed.value.value.text : '';
        try {
          const next = await d.agenda.addAgendaItem(s.member, meta.data.value, text);
          const said = `Genoteerd voor de bijeenkomst van ${when(next)}.`;
          return { fallback: said, blocks: [{ type: 'text', text: said }] };
        } catch (err) {
          if (!(err instanceof SchakelError)) throw err;
          // One line: the whole reason (for client data, what to do about it) beside the field.
          const message = plainText(errorMessage(err)).slice(0, 2000);
          return { again: form, problems: [{ field: QUICK_INPUT_FIELD, message }] };
        }
      },
    },
  };
}

/** The FormSubmissions port over the registry. */
export function createFormSubmissions(
  d: Deps & { readonly newWerkgroepForm: FormSubmissions['newWerkgroepForm'] },
): FormSubmissions {
  const registry = createFormRegistry(d);
  const entryOf = (formId: string): FormEntry => {
    if (!isFormId(formId))
      throw new InvalidInput([
        { field: 'form', message: 'Dit formulier ken ik niet. Vraag een nieuw formulier aan.' },
      ]);
    return registry[formId];
  };
  const again = (form: Form, values: RawValues, problems: readonly FieldProblem[]): SubmitOutcome => ({
    kind: 'again',
    form: { ...withValues(form, values), problems },
  });

  return {
    async submit(user, formId, metadata, values, requestKey = null) {
      let entry: FormEntry | undefined;
      let request: FormRequest | undefined;
      try {
        entry = entryOf(formId);
        request = { user, member: await d.identify(user), formId: formId as FormId, metadata };
        const carried = await entry.submit({ ...request, values, requestKey });
        if ('again' in carried) return again(carried.again, values, carried.problems);
        return { kind: 'done', message: carried, answerIn: entry.answerIn };
      } catch (err) {
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
    async formFor(user, formId, metadata) {
      return entryOf(formId).formFor({
        user,
        member: await d.identify(user),
        formId: formId as FormId,
        metadata,
      });
    },
    newWerkgroepForm: d.newWerkgroepForm,
  };
}

import type { FieldProblem } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import type { Form, FormMetadata, RawValues } from '../messages/forms/model.ts';
import type { FormAnswer } from '../messages/forms/parse.ts';
import type { Message } from '../messages/model.ts';
import type { ReplayClaim } from '../ports/request-claims.ts';

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

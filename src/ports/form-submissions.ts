import type { RoundFormId, SubmitInput, SubmitResult } from '../checkin/form-commands.ts';
import type { PlatformUser } from '../domain/members.ts';
import type { FormAction } from '../messages/checkin-messages.ts';
import type { Form, FormMetadata, RawValues } from '../messages/forms/model.ts';
import type { Message } from '../messages/model.ts';

/** The forms a member opens and sends back: a round's forms, the series and werkgroep forms, quick input. */
export interface FormSubmissions {
  /** The form a round's button opens (its action id and value, the round id). */
  roundFormForButton(user: PlatformUser, action: FormAction, roundId: string): Promise<Form>;
  /** A round's form again, for a submission the parser refused: the adapter fills in what was typed. */
  roundFormFor(user: PlatformUser, form: RoundFormId, metadata: FormMetadata): Promise<Form>;
  /** A submitted round form: stored and confirmed, or the form again with the problems. */
  submitRoundForm(user: PlatformUser, input: SubmitInput): Promise<SubmitResult>;
  /** A submitted series or werkgroep form: the confirmation, or a thrown domain error. */
  submitForm(user: PlatformUser, formId: string, metadata: FormMetadata, raw: RawValues): Promise<Message>;
  /** Any form again, to show it beside the problems of a submission. */
  formFor(user: PlatformUser, formId: string, metadata: FormMetadata): Promise<Form>;
  /** The set-up form of a new werkgroep from a button (the home card): no channel to link there. */
  newWerkgroepForm(user: PlatformUser): Promise<Message>;
  /** One line typed into a message's quick input (an agendapunt from the agenda call). */
  quickInput(user: PlatformUser, inputId: string, value: string, text: string): Promise<Message>;
}

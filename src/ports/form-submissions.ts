import type { PlatformUser } from '../domain/members.ts';
import type { FormAction } from '../messages/checkin-messages.ts';
import type { Form, FormMetadata, RawValues } from '../messages/forms/model.ts';
import type { Message } from '../messages/model.ts';
import type { Place } from './text-commands.ts';

/**
 * Where the answer to a form belongs. 'chat': it is a message of its own with next steps (a
 * round's confirmation, "this round is closed"), so the form closes and the answer goes to the
 * member's chat. 'form': it is shown in the place of the form (a series saved, a digest preview).
 */
export type AnswerPlace = 'chat' | 'form';

/** What became of a submitted form: the one protocol of every form. */
export type SubmitOutcome =
  /** Carried out: the confirmation (or the next view, such as the changed digest preview). */
  | { readonly kind: 'done'; readonly message: Message; readonly answerIn: AnswerPlace }
  /** Nothing done: the form again with the member's input and its `problems` beside the fields. */
  | { readonly kind: 'again'; readonly form: Form }
  /** Nothing done, and the form cannot be used (not allowed, expired, round closed): why, in words. */
  | { readonly kind: 'refused'; readonly message: Message; readonly answerIn: AnswerPlace }
  /**
   * Nothing done: a replay or retry of a request whose answer was stored (its key, handed on by
   * the edge, claimed before). Answered as the first was: an empty acknowledgement, no confirmation.
   */
  | { readonly kind: 'replayed' };

/**
 * Where a form inside a message was sent from: the channel, and how a command is typed there,
 * for a use case that answers as the typed command would (the choice of an actiepunt that is klaar).
 */
export interface SubmittedIn {
  readonly place: Place;
  readonly prefix: string;
}

/** The forms a member opens and sends back: a round's forms, the series, werkgroep and digest forms, quick input. */
export interface FormSubmissions {
  /**
   * A submitted form (the form id, what came back with it, the raw values as typed). `requestKey`
   * is the same for a repeat of this very request (a Slack retry, a Teams resend), or null;
   * `where`, for a form inside a message, where it was sent from. Refusals come back as an
   * outcome; only an unexpected failure throws.
   */
  submit(
    user: PlatformUser,
    formId: string,
    metadata: FormMetadata,
    values: RawValues,
    requestKey?: string | null,
    where?: SubmittedIn,
  ): Promise<SubmitOutcome>;
  /** The form a round's button opens (its action id and value, the round id). */
  roundFormForButton(user: PlatformUser, action: FormAction, roundId: string): Promise<Form>;
  /**
   * A form as it stands for this member with what they typed into it so far, to show more of its
   * fields (Slack's reveal button). What the guard refuses comes back empty beside its problem,
   * as on a submission: the form is sent back to the platform.
   */
  formAsTyped(user: PlatformUser, formId: string, metadata: FormMetadata, typed: RawValues): Promise<Form>;
  /** The set-up form of a new werkgroep from a button (the home card): no channel to link there. */
  newWerkgroepForm(user: PlatformUser): Promise<Message>;
}

import { type RefusalCode, type RefusalParams, refusalText } from './refusals.ts';

/**
 * The few error classes the core throws. Each has a stable code; the adapters
 * turn them into a plain Dutch message at the edge (see src/messages/errors.ts).
 */
export type ErrorCode = 'privacy_refusal' | 'not_allowed' | 'not_found' | 'invalid_input' | 'try_again_later';

export class SchakelError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

/** One problem with one field of a form, in Dutch, for the member to see beside the field. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
  /**
   * What was typed in the field was refused as client data and is never shown again
   * (submissions/form-again.ts): the field comes back empty, or `restored`. A renderer that shows
   * the form again says so (messages/forms/refusal-note.ts).
   */
  readonly emptied?: true;
  /** The field comes back holding what was stored before this edit, which the guard passed. */
  readonly restored?: true;
  /**
   * Refused only for a sign that changes its reading direction (control-characters.ts), no client
   * data found: the refusal then says that, never that the text looked like client data.
   */
  readonly directionOnly?: true;
}

/** Free text looked like client data. `problems` never repeats the text itself. */
export class PrivacyRefusal extends SchakelError {
  readonly problems: readonly FieldProblem[];
  constructor(problems: readonly FieldProblem[]) {
    super('privacy_refusal', 'Tekst lijkt gegevens van een cliënt te bevatten');
    this.problems = problems;
  }
}

/** A refusal: who may not do what, or a rule of the check-in. `reason` says which (REFUSALS). */
export class NotAllowed<C extends RefusalCode = RefusalCode> extends SchakelError {
  readonly reason: C;
  readonly params: RefusalParams<C>;
  /** The region the refused action was about, when it was named (authorize's scope). */
  readonly regionId: string | undefined;
  constructor(reason: C, params?: RefusalParams<C>, regionId?: string) {
    super('not_allowed', refusalText(reason, params as RefusalParams<C>));
    this.reason = reason;
    this.params = params as RefusalParams<C>;
    this.regionId = regionId;
  }
}

export class NotFound extends SchakelError {
  constructor(message = 'Niet gevonden.') {
    super('not_found', message);
  }
}

export class InvalidInput extends SchakelError {
  readonly problems: readonly FieldProblem[];
  constructor(problems: readonly FieldProblem[]) {
    super('invalid_input', problems.map((p) => p.message).join(' '));
    this.problems = problems;
  }
}

/** Not done now, through no fault of the member, and nothing kept: `message` says to try again later. */
export class TryAgainLater extends SchakelError {
  constructor(message: string) {
    super('try_again_later', message);
  }
}

/**
 * The few error classes the core throws. Each has a stable code; the adapters
 * turn them into a plain Dutch message at the edge (see src/messages/errors.ts).
 */
export type ErrorCode = 'privacy_refusal' | 'not_allowed' | 'not_found' | 'invalid_input';

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
}

/** Free text looked like client data. `problems` never repeats the text itself. */
export class PrivacyRefusal extends SchakelError {
  readonly problems: readonly FieldProblem[];
  constructor(problems: readonly FieldProblem[]) {
    super('privacy_refusal', 'Tekst lijkt gegevens van een cliënt te bevatten');
    this.problems = problems;
  }
}

export class NotAllowed extends SchakelError {
  constructor(message = 'Dit mag je niet doen in Schakel.') {
    super('not_allowed', message);
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

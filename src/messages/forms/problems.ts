import { type FieldProblem, InvalidInput, PrivacyRefusal, SchakelError } from '../../domain/errors.ts';
import { errorMessage } from '../errors.ts';
import { plainText } from '../model.ts';
import { type Form, inputFields } from './model.ts';

/**
 * Problems to show beside the fields of `form`. A problem about something that is not a
 * field of the form (the series as a whole, a permission) goes beside the first field, so
 * the member always sees it where they are looking, and Slack accepts the errors.
 */
export function problemsForForm(form: Form, err: unknown): FieldProblem[] | null {
  if (!(err instanceof SchakelError)) return null;
  const ids = new Set(inputFields(form).map((f) => f.id));
  const first = inputFields(form)[0]?.id ?? 'form';
  const problems: readonly FieldProblem[] =
    err instanceof InvalidInput || err instanceof PrivacyRefusal
      ? err.problems
      : [{ field: first, message: plainText(errorMessage(err)) }];
  const merged = new Map<string, string>();
  for (const p of problems) {
    const field = ids.has(p.field) ? p.field : first;
    merged.set(field, merged.has(field) ? `${merged.get(field)} ${p.message}` : p.message);
  }
  return [...merged].map(([field, message]) => ({ field, message }));
}

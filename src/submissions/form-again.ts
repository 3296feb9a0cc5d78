import { type FieldProblem, PrivacyRefusal } from '../domain/errors.ts';
import { type Form, inputFields, type RawValues } from '../messages/forms/model.ts';
import { single } from '../messages/forms/raw-values.ts';
import { asSubmitted } from '../messages/forms/submitted-values.ts';
import type { FreeTextGuard } from '../privacy/free-text-guard.ts';

/** The guard's refusals for the text typed into the form's text fields, none when it passes. */
export function privacyProblems(
  guard: Pick<FreeTextGuard, 'check'>,
  form: Form,
  values: RawValues,
): readonly FieldProblem[] {
  const typed = Object.fromEntries(
    inputFields(form)
      .filter((f) => f.kind === 'text')
      .map((f) => [f.id, single(values[f.id]) ?? '']),
  );
  try {
    guard.check(typed);
    return [];
  } catch (err) {
    if (err instanceof PrivacyRefusal) return err.problems;
    throw err;
  }
}

/**
 * A submitted form shown again beside its problems, the one way every form comes back. What the
 * guard refuses is never part of it: the form goes back as a card into the chat (Teams keeps it
 * in the conversation's history, the local chat on its page), so a refused field comes back empty,
 * its problem marked `emptied` (the renderer says so), and every other answer stays. The guard is
 * asked here, over every text field, whatever the use case said: nothing it refuses can slip back
 * through a use case that worded its refusal otherwise. A text the guard could not read at all
 * ('*') empties every text field.
 */
export function formAgain(
  guard: Pick<FreeTextGuard, 'check'>,
  form: Form,
  values: RawValues,
  problems: readonly FieldProblem[],
): Form {
  const texts = inputFields(form)
    .filter((f) => f.kind === 'text')
    .map((f) => f.id);
  const privacy = privacyProblems(guard, form, values);
  const refused = new Set(privacy.flatMap((p) => (texts.includes(p.field) ? [p.field] : texts)));
  if (refused.size === 0) return { ...asSubmitted(form, values), problems };
  const kept: Record<string, RawValues[string]> = { ...values };
  for (const id of refused) kept[id] = '';
  // A refused field the use case said nothing about gets the guard's own words.
  const named = new Set(problems.map((p) => p.field));
  const unread = privacy.find((p) => !texts.includes(p.field));
  const unnamed = [...refused]
    .filter((id) => !named.has(id))
    .flatMap((id) => {
      const own = privacy.find((p) => p.field === id) ?? unread;
      return own ? [{ field: id, message: own.message }] : [];
    });
  const marked = [...problems, ...unnamed].map((p) =>
    refused.has(p.field) ? { ...p, emptied: true as const } : p,
  );
  return { ...asSubmitted(form, kept), problems: marked };
}

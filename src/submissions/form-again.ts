import { type FieldProblem, PrivacyRefusal } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { dateSchema, timeSchema } from '../messages/forms/fields.ts';
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
 * its problem marked `emptied` (the renderer says so), and every other answer stays. A field the
 * form was opened with a stored text in (the digest's summary, an earlier answer) comes back
 * holding that text instead, when the guard passes it, marked `restored` too: only the change is lost. The guard is
 * asked here, over every text field, whatever the use case said: nothing it refuses can slip back
 * through a use case that worded its refusal otherwise (`privacy`: its answer, when the caller
 * asked it already about these very values). A text the guard could not read at all ('*')
 * empties every text field. A date or time is read as the form reads it: one that is none comes
 * back empty beside its problem (a picker cannot show it), one it reads as the form will keep it.
 */
export function formAgain(
  guard: Pick<FreeTextGuard, 'check'>,
  form: Form,
  values: RawValues,
  problems: readonly FieldProblem[],
  privacy: readonly FieldProblem[] = privacyProblems(guard, form, values),
): Form {
  const texts = inputFields(form)
    .filter((f) => f.kind === 'text')
    .map((f) => f.id);
  const refused = new Set(privacy.flatMap((p) => (texts.includes(p.field) ? [p.field] : texts)));
  const moments = readMoments(form, values);
  const kept: Record<string, RawValues[string]> = { ...values, ...moments.read };
  const stored = storedTexts(guard, form, values, refused);
  for (const id of refused) kept[id] = stored.get(id) ?? '';
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
    refused.has(p.field)
      ? { ...p, emptied: true as const, ...(stored.has(p.field) ? { restored: true as const } : {}) }
      : p,
  );
  const unreadable = moments.problems.filter((p) => !named.has(p.field));
  return { ...asSubmitted(form, kept), problems: [...marked, ...unreadable] };
}

/**
 * The text each refused field held when the form was built for this member (what is stored), other
 * than what was typed, when the guard passes it: shown again, nothing refused is.
 */
function storedTexts(
  guard: Pick<FreeTextGuard, 'check'>,
  form: Form,
  values: RawValues,
  refused: ReadonlySet<string>,
): Map<string, string> {
  const stored = new Map<string, string>();
  for (const field of inputFields(form)) {
    if (field.kind !== 'text' || !refused.has(field.id)) continue;
    const text = field.initial ?? '';
    if (text.trim() === '' || text === single(values[field.id])) continue;
    try {
      guard.check({ [field.id]: text });
      stored.set(field.id, text);
    } catch {
      // Refused or unreadable: the field comes back empty.
    }
  }
  return stored;
}

/** The typed dates and times through the form's own schemas: each as read, or empty with its problem. */
function readMoments(form: Form, values: RawValues) {
  const read: Record<string, string> = {};
  const problems: FieldProblem[] = [];
  for (const field of inputFields(form)) {
    if (field.kind !== 'date' && field.kind !== 'time') continue;
    const typed = single(values[field.id]);
    if (typed === undefined || typed.trim() === '') continue;
    const result = (field.kind === 'date' ? dateSchema(null) : timeSchema(null)).safeParse(typed);
    read[field.id] = result.success ? (result.data ?? '') : '';
    if (!result.success)
      problems.push({ field: field.id, message: result.error.issues[0]?.message ?? words().fields.wrong });
  }
  return { read, problems };
}

import type { Guard } from './guard.ts';

declare const guarded: unique symbol;

/**
 * Text a person typed that has passed the client-data guard. The only way to make one is
 * `guardTexts` (or `guardText`): a repository that takes `GuardedText` for a column cannot be
 * handed text that skipped the guard, so no future form or import can forget it.
 */
export type GuardedText = string & { readonly [guarded]: true };

/**
 * Checks every field at once (the refusal names each field that looks like client data, never
 * the text) and returns the same texts, now guarded. Undefined fields stay undefined.
 */
export function guardTexts<K extends string>(
  guard: Pick<Guard, 'check'>,
  fields: Readonly<Record<K, string | undefined>>,
): Record<K, GuardedText | undefined> {
  guard.check(fields);
  return fields as Record<K, GuardedText | undefined>;
}

/** One field: the text back as GuardedText, or a PrivacyRefusal naming `field`. */
export function guardText(guard: Pick<Guard, 'check'>, field: string, text: string): GuardedText {
  guard.check({ [field]: text });
  return text as GuardedText;
}

/** Optional text (null or undefined when the person left the field empty), guarded when present. */
export type OptionalGuardedText = GuardedText | null;

/**
 * Checks every field at once and hands back a `pass` that turns any of those very texts into
 * GuardedText. It refuses a text that was not among the checked fields, so it cannot be used to
 * launder text that skipped the guard. For a whole answer or file whose texts go to several
 * repository calls (a check-in, an import).
 */
export interface TextPass {
  text(text: string): GuardedText;
  optional(text: string | null | undefined): OptionalGuardedText;
}

export function guardFields(
  guard: Pick<Guard, 'check'>,
  fields: Readonly<Record<string, string | null | undefined>>,
): TextPass {
  const present: Record<string, string> = {};
  for (const [field, text] of Object.entries(fields)) if (typeof text === 'string') present[field] = text;
  guard.check(present);
  const checked = new Set(Object.values(present));
  const text = (t: string): GuardedText => {
    if (!checked.has(t)) throw new Error('text did not pass the guard with the other fields');
    return t as GuardedText;
  };
  return { text, optional: (t) => (t === null || t === undefined ? null : text(t)) };
}

declare const wholeGuarded: unique symbol;

/**
 * A structure stored as one value (a series definition in jsonb) whose typed texts all passed the
 * guard together. Made only by `guardWhole`, from the one function that lists the structure's texts.
 */
export type Guarded<T> = T & { readonly [wholeGuarded]: true };

export function guardWhole<T>(
  guard: Pick<Guard, 'check'>,
  value: T,
  textsOf: (value: T) => Readonly<Record<string, string | null | undefined>>,
): Guarded<T> {
  guardFields(guard, textsOf(value));
  return value as Guarded<T>;
}

/**
 * A link as the guard must read it: percent-encoding hides a BSN or a name from the detectors
 * (`?notitie=Jan%20de%20Boer`), so the decoded form is checked beside the link itself.
 */
export function linkForGuard(url: string | null | undefined): string | undefined {
  if (url === null || url === undefined) return undefined;
  let decoded = url;
  try {
    decoded = decodeURIComponent(url.replace(/\+/g, ' '));
  } catch {
    // A malformed escape: the link as typed is all there is to check.
  }
  return decoded === url ? url : `${url}\n${decoded}`;
}

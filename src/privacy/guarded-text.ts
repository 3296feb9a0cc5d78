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

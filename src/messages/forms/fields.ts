import { z } from 'zod';
import { hasControlCharacter, showsNothing } from '../../domain/control-characters.ts';
import type { FieldProblem } from '../../domain/errors.ts';
import { parseLocalDate } from '../../schedule/local-time.ts';
import { words } from '../catalogue/words.ts';
import type { RawValues } from './model.ts';
import { toNumber } from './numbers.ts';

/**
 * Field-level zod schemas shared by the form parsers. Each field is checked on its own, so a
 * member sees every problem at once, each beside its own field, in plain Dutch.
 */

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

export type FieldSchemas = Readonly<Record<string, z.ZodType>>;
type Parsed<S extends FieldSchemas> = { -readonly [K in keyof S]?: z.output<S[K]> };

/** Every field of `schemas` read from `raw`: the values that passed, a problem for each that did not. */
export function parseFields<S extends FieldSchemas>(
  schemas: S,
  raw: RawValues,
): { values: Parsed<S>; problems: FieldProblem[] } {
  const values: Parsed<S> = {};
  const problems: FieldProblem[] = [];
  for (const field of Object.keys(schemas) as (keyof S & string)[]) {
    const result = schemas[field]!.safeParse(raw[field]);
    if (result.success) values[field] = result.data as z.output<S[typeof field]>;
    else problems.push({ field, message: result.error.issues[0]?.message ?? words().fields.wrong });
  }
  return { values, problems };
}

export function tooLong(max: number): string {
  return words().fields.tooLong(max);
}

/**
 * A text over `max` characters, refused beside its field with its length too: the form keeps the
 * text, and the member sees how much to take out. Nothing is ever cut.
 */
export function tooLongText(max: number) {
  return (issue: { readonly input?: unknown }) =>
    typeof issue.input === 'string' ? words().fields.tooLongNow(issue.input.length, max) : tooLong(max);
}

/** Chosen more than one, or something not in the list: worded when it happens, in the member's language. */
function choiceProblem(input: unknown): string {
  return Array.isArray(input) ? words().fields.oneAnswer : words().fields.notInList;
}

/** A list of one counts as that one value; a longer list is left for the schema to refuse. */
function scalar(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

/** Nothing, or only spaces and signs that show as nothing (zero-width spaces and such): not filled in. */
function blankToNull(value: unknown): unknown {
  const v = scalar(value);
  if (v === undefined || v === null) return null;
  return typeof v === 'string' && showsNothing(v) ? null : v;
}

/** Optional free text: trimmed, line ends made plain, empty becomes null. */
export function textSchema(maxLength: number) {
  return z.preprocess(
    (value) => {
      const v = blankToNull(value);
      return typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : v;
    },
    z
      .string({ error: () => words().fields.fillInText })
      .max(maxLength, { error: tooLongText(maxLength) })
      .refine((v) => !hasControlCharacter(v), { error: () => words().fields.controlCharacter })
      .nullable(),
  );
}

/** An optional single choice; nothing chosen becomes null. */
export function optionalChoiceSchema<T extends string>(values: readonly T[]) {
  return z.preprocess(
    blankToNull,
    z
      .enum(values as [T, ...T[]], {
        error: (issue) => choiceProblem(issue.input),
      })
      .nullable(),
  );
}

/** A required single choice; `missing` is what the member reads when they skipped it (worded when it happens). */
export function requiredChoiceSchema<T extends string>(
  values: readonly T[],
  missing: string | (() => string),
) {
  return z.preprocess(
    (value) => blankToNull(value) ?? undefined,
    z.enum(values as [T, ...T[]], {
      error: (issue) =>
        issue.input === undefined
          ? typeof missing === 'function'
            ? missing()
            : missing
          : choiceProblem(issue.input),
    }),
  );
}

/** An optional whole number from `min` to `max`; "12" and " 12 " alike. */
export function wholeNumberSchema(min: number, max: number, outOfRange: string) {
  return z.preprocess(
    (value) => {
      const v = blankToNull(value);
      if (typeof v === 'number') return v;
      return typeof v === 'string' ? (toNumber(v) ?? Number.NaN) : v;
    },
    z
      .number({ error: () => words().forms.notANumber })
      .int({ error: () => words().forms.notWhole })
      .min(min, { error: outOfRange })
      .max(max, { error: outOfRange })
      .nullable(),
  );
}

/**
 * A date from a picker: Teams and Slack both send JJJJ-MM-DD. `missing` is what the member reads
 * when they chose none; null when the field may stay empty.
 */
export function dateSchema(missing: string | null) {
  const w = words().forms;
  return z.preprocess(
    (value) => blankToNull(value) ?? (missing === null ? null : undefined),
    z
      .string({ error: missing ?? w.dateShape })
      .transform((s) => s.trim())
      .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), { error: w.dateShape, abort: true })
      .refine((s) => parseLocalDate(s) !== null, { error: w.dateInvalid })
      .nullable(),
  );
}

/** A time from a picker (UU:MM; "9:30" and "9.30" as typed are read too), as UU:MM. */
export function timeSchema(missing: string | null) {
  const invalid = words().forms.timeInvalid;
  return z.preprocess(
    (value) => blankToNull(value) ?? (missing === null ? null : undefined),
    z
      .string({ error: missing ?? invalid })
      .transform((s) => s.trim().replace('.', ':'))
      .refine((s) => /^([01]?\d|2[0-3]):[0-5]\d$/.test(s), { error: invalid })
      .transform((s) => s.padStart(5, '0'))
      .nullable(),
  );
}

import { z } from 'zod';
import { type Words, words } from './catalogue/words.ts';
import { currentLocale } from './locale.ts';

type ValueWords = Words['imports']['value'];

/**
 * A zod message read when the problem is found, not when the schema is built: in the language
 * being spoken then (`withLocale`; `schakel import --en` runs its check in English).
 */
export function say(pick: (w: ValueWords) => string): { error: () => string } {
  return { error: () => pick(words().imports.value) };
}

const ZOD_OWN = { nl: z.locales.nl().localeError, en: z.locales.en().localeError };

/** zod's own texts for the issues without a message of ours (wrong type, unknown key), in the language being spoken. */
export const zodOwnWords: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'unrecognized_keys'
    ? words().imports.value.unknownFields(issue.keys)
    : ZOD_OWN[currentLocale()](issue);

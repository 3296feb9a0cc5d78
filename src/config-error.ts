import type { ConfigWords } from './messages/catalogue/nl-config.ts';

/** A setting that is wrong, missing or cannot work with the others: one line naming the variable. */
export class ConfigError extends Error {
  readonly variable: string;
  /** `line`: the whole line, in the language asked for (configError below words it). */
  constructor(variable: string, line: string) {
    super(line);
    this.variable = variable;
    this.name = 'ConfigError';
  }
}

/** The error for `variable`, with `problem` (from the same words) after its name. */
export function configError(w: ConfigWords, variable: string, problem: string): ConfigError {
  return new ConfigError(variable, w.error(variable, problem));
}

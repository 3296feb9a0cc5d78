/** A setting that is wrong, missing or cannot work with the others: one line naming the variable. */
export class ConfigError extends Error {
  readonly variable: string;
  constructor(variable: string, expectation: string) {
    super(`Configuratiefout: ${variable} ${expectation}.`);
    this.variable = variable;
    this.name = 'ConfigError';
  }
}

import type { Readable, Writable } from 'node:stream';

/** What a subcommand gets to talk to the outside world; tests pass their own streams. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
  /** `--en` (or LANG=en…): usage and problems in English. */
  readonly english?: boolean;
}

/** A text for the person at the terminal, in both languages (`--en` picks English). */
export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

export interface CliCommand {
  /** Words after `schakel`, e.g. `privacy scan` or `migrate`. */
  readonly name: string;
  readonly summary: Bilingual;
  /** The command's own usage text; `schakel <command> --help [--en]` prints it (or the summary). */
  readonly usage?: Bilingual;
  /** Returns the process exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** The text in the language the person at the terminal asked for. */
export function inLanguage(text: Bilingual, io: Pick<CliIo, 'english'>): string {
  return io.english ? text.en : text.nl;
}

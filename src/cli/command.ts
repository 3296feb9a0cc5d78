import type { Readable, Writable } from 'node:stream';

/** What a subcommand gets to talk to the outside world; tests pass their own streams. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
  /** `--en` (or an English LC_ALL / LC_MESSAGES / LANG): usage and problems in English. */
  readonly english?: boolean;
  /**
   * `--en` itself: documents for the stuurgroep and the region (digest, national overview, draft
   * evaluation) in English. They are Dutch otherwise, whatever language the terminal speaks.
   */
  readonly englishDocuments?: boolean;
}

/** The language of a document for the stuurgroep or the region: Dutch unless `--en`. */
export function documentLocale(io: Pick<CliIo, 'englishDocuments'>): 'nl' | 'en' {
  return io.englishDocuments ? 'en' : 'nl';
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

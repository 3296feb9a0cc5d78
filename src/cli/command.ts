import type { Readable, Writable } from 'node:stream';

/** What a subcommand gets to talk to the outside world; tests pass their own streams. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  /** Words after `schakel`, e.g. `privacy scan` or `migrate`. */
  readonly name: string;
  readonly summary: { readonly nl: string; readonly en: string };
  /** The command's own usage text; `schakel <command> --help` prints it (or the summary). */
  readonly usage?: string;
  /** Returns the process exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

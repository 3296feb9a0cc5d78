import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { words } from '../../messages/catalogue/words.ts';
import { createGuard } from '../../privacy/guard.ts';
import { type CliCommand, inLanguage } from '../command.ts';
import { inputProblem, stdinProblem } from '../file-problems.ts';

const USAGE = {
  nl: `Gebruik: schakel privacy scan < tekst.txt

Leest UTF-8 tekst van stdin en schrijft per invoerregel één JSON-regel naar stdout:
  {"line":1,"findings":[{"kind":"bsn","start":12,"end":21}]}
Regels tellen vanaf 1; start en end zijn tekenposities (UTF-16) in die regel, end exclusief.
De tekst zelf komt nooit in de uitvoer.
`,
  en: `Usage: schakel privacy scan < text.txt

Reads UTF-8 text from stdin and writes one JSON line per input line to stdout:
  {"line":1,"findings":[{"kind":"bsn","start":12,"end":21}]}
Lines count from 1; start and end are character positions (UTF-16) in that line, end exclusive.
The text itself never appears in the output.
`,
};

/**
 * `schakel privacy scan`: runs the client-data guard over text on stdin, line by line, for checking
 * exports or test data before they go anywhere. Line endings LF, CRLF and CR are all accepted.
 * Exit code 0 after a complete scan (findings or not), 2 on wrong arguments or input that cannot
 * be read (a folder as stdin).
 */
export const privacyScanCommand: CliCommand = {
  name: 'privacy scan',
  usage: USAGE,
  summary: {
    nl: 'Controleer tekst op stdin op gegevens van cliënten (één JSON-regel per invoerregel)',
    en: 'Scan text on stdin for client data (one JSON line per input line)',
  },
  async run(args, io) {
    const usage = inLanguage(USAGE, io);
    if (args.includes('--help') || args.includes('-h')) {
      await write(io.stdout, usage);
      return 0;
    }
    if (args.length > 0) {
      const unknown = words(io.english ? 'en' : 'nl').cli.unknownArgument(args[0] ?? '');
      await write(io.stderr, `${unknown}\n\n${usage}`);
      return 2;
    }
    const unreadable = stdinProblem(io.stdin, io.english === true);
    if (unreadable) {
      await write(io.stderr, `${unreadable}\n`);
      return 2;
    }
    const guard = createGuard();
    const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    let number = 0;
    try {
      for await (const raw of lines) {
        number++;
        // A byte-order mark is not part of the first line's text.
        const line = number === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
        const findings = guard.scan(line).map(({ kind, start, end }) => ({ kind, start, end }));
        await write(io.stdout, `${JSON.stringify({ line: number, findings })}\n`);
      }
    } catch (err) {
      // A read error half-way (EIO): the scan is not complete, so no exit code 0.
      if (typeof (err as NodeJS.ErrnoException).code !== 'string') throw err;
      await write(io.stderr, `${inputProblem(err, io.english === true)}\n`);
      return 2;
    }
    return 0;
  },
};

/** Writes and waits for the stream to drain, so a large input never piles up in memory. */
async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

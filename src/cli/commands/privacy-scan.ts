import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Readable, type Writable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { words } from '../../messages/catalogue/words.ts';
import { createGuard } from '../../privacy/guard.ts';
import { type CliCommand, inLanguage } from '../command.ts';
import { inputProblem, stdinProblem } from '../file-problems.ts';
import { asksHelp } from '../flags.ts';

const USAGE = {
  nl: `Gebruik: schakel privacy scan < tekst.txt

Leest UTF-8-tekst (of UTF-16 met byte order mark) van stdin en schrijft per invoerregel één JSON-regel naar stdout:
  {"line":1,"findings":[{"kind":"bsn","start":12,"end":21}]}
Regels tellen vanaf 1; start en end zijn tekenposities (UTF-16) in die regel, end exclusief.
De tekst zelf komt nooit in de uitvoer.
`,
  en: `Usage: schakel privacy scan < text.txt

Reads UTF-8 text (or UTF-16 with a byte order mark) from stdin and writes one JSON line per input line to stdout:
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
    if (asksHelp(args)) {
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
    const input = Readable.from(decoded(io.stdin));
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    let number = 0;
    try {
      for await (const line of lines) {
        number++;
        const findings = guard.scan(line).map(({ kind, start, end }) => ({ kind, start, end }));
        // `schakel privacy scan < t.txt | head -1`: the reader has gone; what is left is not asked for.
        if (!(await write(io.stdout, `${JSON.stringify({ line: number, findings })}\n`))) return 0;
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED') return 0;
      // A read error half-way (EIO), or bytes that are no UTF-8: the scan is not complete, so no exit code 0.
      if (typeof code !== 'string') throw err;
      await write(io.stderr, `${inputProblem(err, io.english === true)}\n`);
      return 2;
    }
    return 0;
  },
};

/**
 * The input's text, decoded as it comes: UTF-8 (its byte order mark dropped), or UTF-16 with its
 * byte order mark (Windows' "Unicode" text; read as UTF-8 it would scan as clean). Other bytes end the
 * scan with ERR_ENCODING_INVALID_ENCODED_DATA: read as UTF-8 they would scan as something else.
 */
async function* decoded(stdin: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let head = new Uint8Array(0);
  for await (const chunk of stdin) {
    if (!decoder) {
      head = new Uint8Array([...head, ...chunk]);
      if (head.length < 2) continue;
      decoder = new TextDecoder(encodingOf(head), { fatal: true });
      yield decoder.decode(head, { stream: true });
    } else yield decoder.decode(chunk, { stream: true });
  }
  if (!decoder) yield new TextDecoder('utf-8', { fatal: true }).decode(head);
  else yield decoder.decode();
}

function encodingOf([a, b]: Uint8Array): string {
  return a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
}

/**
 * Writes and waits for the stream to drain, so a large input never piles up in memory. False when
 * the reader has gone (a closed pipe): nothing more is written.
 */
async function write(stream: Writable, chunk: string): Promise<boolean> {
  if (stream.destroyed || stream.writableEnded) return false;
  if (!stream.write(chunk)) {
    try {
      await once(stream, 'drain');
    } catch {
      return false;
    }
  }
  return !stream.destroyed;
}

import { open } from 'node:fs/promises';
import { words } from '../messages/catalogue/words.ts';
import type { CliIo } from './command.ts';
import { readProblem } from './file-problems.ts';

/** What `readAtMost` found: the bytes, or that there are more than allowed (`size` when known). */
export type LimitedRead =
  | { readonly bytes: Uint8Array }
  | { readonly tooLarge: true; readonly size: number | null };

/**
 * A file read only when it holds at most `max` bytes. A file's size is known before reading; a
 * device or pipe (/dev/zero) is read no further than one byte past the limit, so an endless or
 * huge input never fills the memory. Errors of the file (ENOENT, EISDIR) are thrown as fs throws them.
 */
export async function readAtMost(path: string, max: number): Promise<LimitedRead> {
  const handle = await open(path, 'r');
  try {
    const stat = await handle.stat();
    if (stat.isFile() && stat.size > max) return { tooLarge: true, size: stat.size };
    const buffer = Buffer.alloc(max + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > max) return { tooLarge: true, size: null };
    return { bytes: buffer.subarray(0, filled) };
  } finally {
    await handle.close();
  }
}

/**
 * A command's input file of at most `limitMb` MB, or null when it was refused: too large
 * (`command`'s words say so, in the language asked for) or not readable; the reason is on stderr.
 */
export async function readInputFile(
  io: CliIo,
  file: string,
  limitMb: number,
  command: 'import' | 'membersImport',
): Promise<Uint8Array | null> {
  try {
    const read = await readAtMost(file, limitMb * 2 ** 20);
    if ('bytes' in read) return read.bytes;
    const said = words(io.english ? 'en' : 'nl').cli[command];
    io.stderr.write(`${said.tooLarge(file, read.size, limitMb)}\n`);
  } catch (err) {
    io.stderr.write(`${readProblem(file, err, io.english === true)}\n`);
  }
  return null;
}

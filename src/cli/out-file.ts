import { writeFile } from 'node:fs/promises';
import type { CliIo } from './command.ts';
import { writeProblem } from './file-problems.ts';

/**
 * Writes `--out FILE`; when that cannot be done, says so in one plain line naming the file and
 * returns false.
 */
export async function writeOutFile(
  io: CliIo,
  out: string,
  data: string | Uint8Array,
  mode?: number,
): Promise<boolean> {
  try {
    await writeFile(out, data, mode === undefined ? {} : { mode });
    return true;
  } catch (err) {
    io.stderr.write(`${writeProblem(out, err, io.english === true)}\n`);
    return false;
  }
}

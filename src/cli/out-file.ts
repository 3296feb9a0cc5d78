import { access, stat } from 'node:fs/promises';
import { words } from '../messages/catalogue/words.ts';
import type { CliIo } from './command.ts';
import { writeProblem } from './file-problems.ts';
import { writeWholeFile } from './whole-file.ts';

/**
 * Writes `--out FILE`, readable by its owner only (0600, also when it replaces a file that everyone
 * could read): the documents carry names and e-mail addresses. An existing file is replaced only
 * with `force` (--force). Whole or not at all (a full disk leaves no cut-off file, and the file it
 * would replace as it was). When it cannot be done, says so in one plain line naming the file and
 * returns false.
 */
export async function writeOutFile(
  io: CliIo,
  out: string,
  data: string | Uint8Array,
  options: { readonly force?: boolean } = {},
): Promise<boolean> {
  try {
    // Refused before anything is written: a file of that name without --force.
    if (
      !options.force &&
      (await access(out).then(
        () => true,
        () => false,
      ))
    )
      throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    await writeWholeFile(out, data, { replace: options.force === true });
    return true;
  } catch (err) {
    const w = words(io.english ? 'en' : 'nl').cli;
    // A folder of that name (EEXIST, or EISDIR from rename): no file to --force over.
    const isFolder = await stat(out).then(
      (s) => s.isDirectory(),
      () => false,
    );
    const problem = isFolder ? Object.assign(new Error('folder'), { code: 'EISDIR' }) : err;
    const exists = (problem as NodeJS.ErrnoException).code === 'EEXIST';
    io.stderr.write(`${exists ? w.outExists(out) : writeProblem(out, problem, io.english === true)}\n`);
    return false;
  }
}

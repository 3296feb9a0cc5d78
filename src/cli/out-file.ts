import { open, stat } from 'node:fs/promises';
import { words } from '../messages/catalogue/words.ts';
import type { CliIo } from './command.ts';
import { writeProblem } from './file-problems.ts';

/**
 * Writes `--out FILE`, readable by its owner only (0600, also when it replaces a file that everyone
 * could read): the documents carry names and e-mail addresses. An existing file is replaced only
 * with `force` (--force). When it cannot be done, says so in one plain line naming the file and
 * returns false.
 */
export async function writeOutFile(
  io: CliIo,
  out: string,
  data: string | Uint8Array,
  options: { readonly force?: boolean } = {},
): Promise<boolean> {
  try {
    const file = await open(out, options.force ? 'w' : 'wx', 0o600);
    try {
      await file.chmod(0o600);
      await file.writeFile(data);
    } finally {
      await file.close();
    }
    return true;
  } catch (err) {
    const w = words(io.english ? 'en' : 'nl').cli;
    // 'wx' says EEXIST for a folder too: that one is no file to --force over.
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

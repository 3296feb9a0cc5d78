import { randomBytes } from 'node:crypto';
import { link, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `data` to `path` whole or not at all: first into a temporary file beside it (0600), which
 * takes the file's place only once it is complete. A full disk (ENOSPC), a quota or a file size
 * limit part way leaves no cut-off file, and a file that was there stays as it was; the temporary
 * file is removed. Without `replace` an existing file is kept (EEXIST), as open(…, 'wx') says it.
 */
export async function writeWholeFile(
  path: string,
  data: string | Uint8Array,
  options: { readonly replace?: boolean } = {},
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const file = await open(temporary, 'wx', 0o600);
  try {
    try {
      await file.chmod(0o600); // whatever the umask
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    if (options.replace) await rename(temporary, path);
    else await keepExisting(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}

/** A hard link fails with EEXIST when a file of that name came meanwhile; a file system without hard links renames. */
async function keepExisting(temporary: string, path: string): Promise<void> {
  try {
    await link(temporary, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw err;
    await rename(temporary, path);
  }
}

/**
 * What went wrong with a file or folder, in one plain line: Node's own words ("ENOENT: no such
 * file or directory, open …") are English and name a system call.
 */

export type Words = { readonly nl: string; readonly en: string };

const REASONS: Readonly<Record<string, Words>> = {
  ENOENT: { nl: 'de map bestaat niet', en: 'the folder does not exist' },
  ENOTDIR: { nl: 'een deel van het pad is een bestand', en: 'part of the path is a file' },
  EISDIR: { nl: 'dat is een map', en: 'that is a folder' },
  EEXIST: { nl: 'er staat al een bestand met die naam', en: 'a file of that name is already there' },
  EACCES: { nl: 'geen toegang', en: 'permission denied' },
  EPERM: { nl: 'geen toegang', en: 'permission denied' },
  EROFS: { nl: 'daar mag niet geschreven worden', en: 'that place is read-only' },
  ENOSPC: { nl: 'de schijf is vol', en: 'the disk is full' },
};

function reason(err: unknown, english: boolean): string {
  const words = REASONS[(err as NodeJS.ErrnoException).code ?? ''];
  return words ? words[english ? 'en' : 'nl'] : (err as Error).message;
}

/** `--out FILE` could not be written. */
export function writeProblem(out: string, err: unknown, english: boolean): string {
  return english
    ? `Cannot write ${out}: ${reason(err, english)}.`
    : `Kan ${out} niet schrijven: ${reason(err, english)}.`;
}

/** A folder Schakel makes itself (the embedded database's, SCHAKEL_DATA_DIR) could not be made; null for any other error. */
export function folderProblem(err: unknown, english: boolean): string | null {
  const e = err as NodeJS.ErrnoException;
  if (e?.syscall !== 'mkdir' || typeof e.path !== 'string') return null;
  return english
    ? `Cannot make the folder ${e.path}: ${reason(err, english)}. Check SCHAKEL_DATA_DIR.`
    : `Kan de map ${e.path} niet maken: ${reason(err, english)}. Controleer SCHAKEL_DATA_DIR.`;
}

import { writeFile } from 'node:fs/promises';
import type { CliIo } from './command.ts';

const REASONS: Readonly<Record<string, { nl: string; en: string }>> = {
  ENOENT: { nl: 'de map bestaat niet', en: 'the folder does not exist' },
  ENOTDIR: { nl: 'de map bestaat niet', en: 'the folder does not exist' },
  EISDIR: { nl: 'dat is een map', en: 'that is a folder' },
  EACCES: { nl: 'geen toegang', en: 'permission denied' },
  EPERM: { nl: 'geen toegang', en: 'permission denied' },
  EROFS: { nl: 'daar mag niet geschreven worden', en: 'that place is read-only' },
  ENOSPC: { nl: 'de schijf is vol', en: 'the disk is full' },
};

/**
 * Writes `--out FILE`; when that cannot be done, says so in one plain line naming the file and
 * returns false (Node's own words, "ENOENT: no such file or directory, open …", say it in English).
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
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code];
    if (io.english) io.stderr.write(`Cannot write ${out}: ${reason?.en ?? (err as Error).message}.\n`);
    else io.stderr.write(`Kan ${out} niet schrijven: ${reason?.nl ?? (err as Error).message}.\n`);
    return false;
  }
}

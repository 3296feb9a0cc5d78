import { open } from 'node:fs/promises';

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

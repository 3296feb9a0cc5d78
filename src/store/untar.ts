import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Writes the files of an uncompressed tar (the ustar files and folders PGlite's `dumpDataDir`
 * makes) into `dest`. Anything else in it (links, long-name extensions) is refused: the caller
 * then lets PGlite load the tar itself.
 */
export function untar(tar: Uint8Array, dest: string): number {
  const buf = Buffer.from(tar.buffer, tar.byteOffset, tar.byteLength);
  const root = resolve(dest);
  let files = 0;
  for (let at = 0; at + 512 <= buf.length; ) {
    const name = field(buf, at, 100);
    if (name === '') break; // two empty blocks end the archive
    const path = resolve(root, field(buf, at + 345, 155), name.replace(/^\/+/, ''));
    if (relative(root, path).startsWith('..')) throw new Error(`${name} valt buiten de datamap`);
    const size = Number.parseInt(field(buf, at + 124, 12).trim() || '0', 8);
    const mode = Number.parseInt(field(buf, at + 100, 8).trim() || '0', 8) & 0o700;
    const type = String.fromCharCode(buf[at + 156] || 0x30);
    at += 512;
    if (type === '5') mkdirSync(path, { recursive: true, mode: mode | 0o700 });
    else if (type === '0') {
      mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
      writeFileSync(path, buf.subarray(at, at + size), { mode: mode || 0o600 });
      files++;
    } else throw new Error(`tar-onderdeel van soort ${type} wordt niet uitgepakt (${name})`);
    at += Math.ceil(size / 512) * 512;
  }
  return files;
}

function field(buf: Buffer, at: number, length: number): string {
  const raw = buf.subarray(at, at + length);
  const end = raw.indexOf(0);
  return raw.toString('latin1', 0, end === -1 ? length : end);
}

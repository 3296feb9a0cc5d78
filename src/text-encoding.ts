/**
 * A file's bytes as text: UTF-8 (with or without its byte order mark), or UTF-16 with one (what
 * Excel saves as "Unicode-tekst"). Anything else, such as Windows-1252 (Excel's plain CSV, an
 * "ANSI" file from Notepad), is null: read as UTF-8 its "é" would become "�" without anyone noticing.
 */
export function decodeTextFile(bytes: Uint8Array): string | null {
  const [a, b] = bytes;
  const encoding = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

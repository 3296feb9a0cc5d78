import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The database id for an id in a file. Schakel's own ids (uuids) are kept; a spreadsheet's ids
 * ("m1", "werkgroep-a") become a uuid derived from them, so importing the same file twice updates
 * instead of duplicating.
 */
export function databaseId(kind: 'member' | 'werkgroep', fileId: string): string {
  if (UUID.test(fileId)) return fileId.toLowerCase();
  const h = createHash('sha256').update(`schakel/v1:${kind}:${fileId}`).digest('hex');
  // Shaped as a version-5-style uuid so PostgreSQL's uuid type takes it.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

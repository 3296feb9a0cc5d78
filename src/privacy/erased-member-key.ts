import { createHash } from 'node:crypto';

/**
 * What an erasure keeps of the member: a one-way digest of their internal id, in the logbook entry
 * that records it (`gegevens_gewist`). It names no one (no name, no e-mail, and the id itself is
 * gone with the member); it only lets an import of an older schakel/v1 file, which still holds the
 * id, recognise the member and leave them out, so that restoring a backup cannot undo an erasure.
 */
export function erasedMemberKey(memberId: string): string {
  return createHash('sha256').update(`schakel/gewist-lid:${memberId.toLowerCase()}`).digest('hex');
}

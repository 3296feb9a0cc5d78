import { authorize } from '../domain/authorization.ts';
import { NotAllowed, NotFound } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import { isOverlegMember } from '../store/agenda-repo.ts';
import { findRound, type Round } from '../store/checkin-repo.ts';
import type { Queryable } from '../store/database.ts';
import { findOverleg, type Overleg } from '../store/rhythm-repo.ts';
import { dutchLocalDate } from './round-timing.ts';

export interface RoundAccess {
  readonly member: Member;
  readonly round: Round;
  readonly overleg: Overleg;
}

export function isClosed(round: Round, now: Date): boolean {
  return round.closedAt !== null || now.getTime() >= round.closesAt.getTime();
}

async function loadRound(db: Queryable, roundId: string) {
  const round = await findRound(db, roundId);
  const overleg = round ? await findOverleg(db, round.overlegId) : null;
  if (!round || !overleg) throw new NotFound('Deze check-in bestaat niet (meer).');
  return { round, overleg };
}

function assertOpen(round: Round, now: Date): void {
  if (isClosed(round, now)) throw new NotAllowed('round-closed', { date: dutchLocalDate(round.meetingDate) });
}

/**
 * A round the actor may answer: they are a member of its werkgroep and it is still open.
 * Membership is checked first, so a stranger learns nothing about the round.
 */
export async function roundForMember(
  db: Queryable,
  now: Date,
  actor: Member | null,
  roundId: string,
): Promise<RoundAccess> {
  const member = authorize(actor, 'schakel.use');
  const { round, overleg } = await loadRound(db, roundId);
  authorize(member, 'checkin.fill', {
    regionId: overleg.regionId,
    inWerkgroep: await isOverlegMember(db, overleg.id, member.id),
    werkgroep: overleg.name,
  });
  assertOpen(round, now);
  return { member, round, overleg };
}

/** A round whose region's voortgang and agreed checklist the actor records: its projectleider. */
export async function roundForProjectleider(
  db: Queryable,
  now: Date,
  actor: Member | null,
  roundId: string,
): Promise<RoundAccess> {
  const { round, overleg } = await loadRound(db, roundId);
  const member = authorize(actor, 'werkgroep.manage', { regionId: overleg.regionId });
  assertOpen(round, now);
  return { member, round, overleg };
}

/** Form metadata comes back from the client on Teams: the member it was made for must be the one answering. */
export function assertOwnForm(metadata: Readonly<Record<string, string>>, member: Member): void {
  if (metadata.memberId !== undefined && metadata.memberId !== member.id) {
    throw new NotAllowed('someone-elses-form');
  }
}

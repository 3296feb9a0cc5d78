import { assertKnown, assertProjectleiderOf } from '../domain/authorization.ts';
import { NotAllowed, NotFound } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import { roundClosedText } from '../messages/checkin-messages.ts';
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
  if (isClosed(round, now)) throw new NotAllowed(roundClosedText(dutchLocalDate(round.meetingDate)));
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
  const member = assertKnown(actor);
  const { round, overleg } = await loadRound(db, roundId);
  if (!(await isOverlegMember(db, overleg.id, member.id))) {
    // Within the region the werkgroep may be named; to anyone else, nothing of it.
    const which = overleg.regionId === member.regionId ? overleg.name : 'deze werkgroep';
    throw new NotAllowed(
      `Je bent geen lid van ${which}, dus je kunt deze check-in niet invullen. Hoor je erbij? Vraag de projectleider je toe te voegen.`,
    );
  }
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
  const member = assertProjectleiderOf(actor, overleg.regionId);
  assertOpen(round, now);
  return { member, round, overleg };
}

/** Form metadata comes back from the client on Teams: the member it was made for must be the one answering. */
export function assertOwnForm(metadata: Readonly<Record<string, string>>, member: Member): void {
  if (metadata.memberId !== undefined && metadata.memberId !== member.id) {
    throw new NotAllowed('Dit formulier is voor iemand anders. Je kunt alleen je eigen check-in invullen.');
  }
}

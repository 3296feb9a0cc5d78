import { authorize } from '../domain/authorization.ts';
import { NotAllowed, NotFound } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import type { Overleg } from '../domain/overleg.ts';
import type { Round } from '../domain/round.ts';
import { words } from '../messages/catalogue/words.ts';
import type { RoundWithOverleg } from '../store/checkin-repo.ts';
import type { CheckinRepository } from '../store/checkin-store.ts';
import { dutchLocalDate } from './round-timing.ts';

export interface RoundAccess {
  readonly member: Member;
  readonly round: Round;
  readonly overleg: Overleg;
}

/** Access to a round, and the tertialen the member filled in their own checklist for (read along). */
export interface RoundAccessWithChecklists extends RoundAccess {
  readonly checklistTertialen: readonly string[];
}

export function isClosed(round: Round, now: Date): boolean {
  return round.closedAt !== null || now.getTime() >= round.closesAt.getTime();
}

/** The one read behind a round's access checks. */
export type RoundAccessReads = Pick<CheckinRepository, 'findRoundAccess'>;

async function loadRound(store: RoundAccessReads, roundId: string, actor: Member | null) {
  return found(await store.findRoundAccess(roundId, actor?.id ?? null));
}

function found(access: RoundWithOverleg | null): RoundWithOverleg {
  if (!access) throw new NotFound(words().answers.problems.noCheckin);
  return access;
}

function assertOpen(round: Round, now: Date): void {
  if (isClosed(round, now)) throw new NotAllowed('round-closed', { date: dutchLocalDate(round.meetingDate) });
}

/**
 * A round the actor may answer: they are a member of its werkgroep and it is still open.
 * Membership is checked first, so a stranger learns nothing about the round.
 */
export async function roundForMember(
  store: RoundAccessReads,
  now: Date,
  actor: Member | null,
  roundId: string,
): Promise<RoundAccessWithChecklists> {
  const member = authorize(actor, 'schakel.use');
  return memberAccess(await store.findRoundAccess(roundId, member.id), now, member);
}

/**
 * roundForMember's checks, on the round's access read already (by the statement that stored the
 * answer). That statement (storeCheckinAtOnce) writes only under the same conditions, member of
 * the werkgroep and round open: a check added here must be added to its \`open\` too, or it would
 * store what this refuses.
 */
export function memberAccess(
  access: RoundWithOverleg | null,
  now: Date,
  member: Member,
): RoundAccessWithChecklists {
  const { round, overleg, inWerkgroep, checklistTertialen } = found(access);
  authorize(member, 'checkin.fill', { regionId: overleg.regionId, inWerkgroep, werkgroep: overleg.name });
  assertOpen(round, now);
  return { member, round, overleg, checklistTertialen };
}

/** A round whose region's voortgang and agreed checklist the actor records: its projectleider. */
export async function roundForProjectleider(
  store: RoundAccessReads,
  now: Date,
  actor: Member | null,
  roundId: string,
): Promise<RoundAccessWithChecklists> {
  const { round, overleg, checklistTertialen } = await loadRound(store, roundId, actor);
  const member = authorize(actor, 'werkgroep.manage', { regionId: overleg.regionId });
  assertOpen(round, now);
  return { member, round, overleg, checklistTertialen };
}

/** Form metadata comes back from the client on Teams: the member it was made for must be the one answering. */
export function assertOwnForm(metadata: Readonly<Record<string, string>>, member: Member): void {
  if (metadata.memberId !== undefined && metadata.memberId !== member.id) {
    throw new NotAllowed('someone-elses-form');
  }
}

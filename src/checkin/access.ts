import { authorize } from '../domain/authorization.ts';
import { NotAllowed, NotFound } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import type { Overleg } from '../domain/overleg.ts';
import type { Round } from '../domain/round.ts';
import { words } from '../messages/catalogue/words.ts';
import { todayIsoIn } from '../schedule/local-time.ts';
import { previousTertiaal, tertiaalOf } from '../schedule/tertialen.ts';
import type { RoundWithOverleg } from '../store/checkin-repo.ts';
import type { CheckinRepository } from '../store/checkin-store.ts';
import { dutchLocalDate, tertiaalOfMeeting } from './round-timing.ts';

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
/** The projectleider's checks also ask whether the stuurgroep got a tertiaal's figures already. */
export type FiguresAccessReads = RoundAccessReads & Pick<CheckinRepository, 'figuresPublished'>;

async function loadRound(store: RoundAccessReads, roundId: string, actor: Member) {
  return found(await store.findRoundAccess(roundId, actor.id));
}

/**
 * Check-in cards go to members only, so whom Schakel does not know on one had their data erased
 * (vergeet-mij, or the beheerder's erasure): told as the cards it changed say, not "Ik ken je nog niet".
 */
function known(actor: Member | null): Member {
  if (!actor) throw new NotFound(words().answers.avg.cardWithdrawn);
  return actor;
}

function found(access: RoundWithOverleg | null): RoundWithOverleg {
  if (!access) throw new NotFound(words().answers.problems.noCheckin);
  return access;
}

/** What a closed round refuses: the check-in, or the checklist that is part of it (named as such). */
type ClosedCode = 'round-closed' | 'checklist-closed';

function assertOpen(round: Round, now: Date, code: ClosedCode): void {
  if (isClosed(round, now)) throw new NotAllowed(code, { date: dutchLocalDate(round.meetingDate) });
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
  closed: ClosedCode = 'round-closed',
): Promise<RoundAccessWithChecklists> {
  const member = authorize(known(actor), 'schakel.use');
  return memberAccess(await store.findRoundAccess(roundId, member.id), now, member, closed);
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
  closed: ClosedCode = 'round-closed',
): RoundAccessWithChecklists {
  const { round, overleg, inWerkgroep, checklistTertialen } = found(access);
  authorize(member, 'checkin.fill', { regionId: overleg.regionId, inWerkgroep, werkgroep: overleg.name });
  assertOpen(round, now, closed);
  return { member, round, overleg, checklistTertialen };
}

/**
 * A round whose region's voortgang and agreed checklist the actor records: its projectleider.
 * Those are the figures of the round's tertiaal, not of the round, so they stay open after the
 * round closed (the last round of a tertiaal closes before she prepares the stuurgroep): for the
 * current tertiaal, and for the one before until a digest with its figures is published.
 */
export async function roundForProjectleider(
  store: FiguresAccessReads,
  now: Date,
  actor: Member | null,
  roundId: string,
): Promise<RoundAccessWithChecklists> {
  const { round, overleg, checklistTertialen } = await loadRound(store, roundId, known(actor));
  const member = authorize(actor, 'werkgroep.manage', { regionId: overleg.regionId });
  const current = tertiaalOf(todayIsoIn(now, round.timeZone));
  const own = tertiaalOf(round.meetingDate);
  const periods = {
    period: tertiaalOfMeeting(round.meetingDate).period,
    current: tertiaalOfMeeting(current.from).period,
  };
  if (own.label < previousTertiaal(current).label) throw new NotAllowed('figures-past', periods);
  if (own.label < current.label && (await store.figuresPublished(overleg.regionId, own))) {
    throw new NotAllowed('figures-published', periods);
  }
  return { member, round, overleg, checklistTertialen };
}

/** Form metadata comes back from the client on Teams: the member it was made for must be the one answering. */
export function assertOwnForm(metadata: Readonly<Record<string, string>>, member: Member): void {
  if (metadata.memberId !== undefined && metadata.memberId !== member.id) {
    throw new NotAllowed('someone-elses-form');
  }
}

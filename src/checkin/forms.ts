import type { CheckinAnswer } from '../messages/forms/checkin-form.ts';
import { checkinForm } from '../messages/forms/checkin-form.ts';
import { checklistForm } from '../messages/forms/checklist-form.ts';
import type { Form } from '../messages/forms/model.ts';
import { progressForm } from '../messages/forms/progress-form.ts';
import type { CheckinRepository } from '../store/checkin-store.ts';
import type { RoundAccess } from './access.ts';
import { dutchLocalDate, tertiaalOfMeeting } from './round-timing.ts';

type For = Pick<RoundAccess, 'round' | 'overleg'> & { readonly memberId: string };

/** What the check-in form reads: the open knelpunten and the member's previous answer in the round. */
export type CheckinFormReads = Pick<
  CheckinRepository,
  'openAtStartOf' | 'findAnswer' | 'raisedBy' | 'updatesBy'
>;
type ChecklistFormReads = Pick<
  CheckinRepository,
  'agreedChecklist' | 'memberChecklist' | 'lastMemberChecklist' | 'lastAgreedChecklist'
>;
type ProgressFormReads = Pick<CheckinRepository, 'voortgangOf' | 'regionNameOf'>;

/**
 * The form carries the member it was made for. On Teams the card's data comes back from the
 * client, so the core checks that whoever submits it is that member (access.ts).
 */
function forMember(form: Form, memberId: string): Form {
  return { ...form, privateMetadata: { ...form.privateMetadata, memberId } };
}

/** The member's previous check-in in this round, shown again so they can change it. */
async function previousCheckin(store: CheckinFormReads, a: For, openIds: ReadonlySet<string>) {
  const answer = await store.findAnswer(a.round.id, a.memberId);
  if (!answer) return undefined;
  const raised = await store.raisedBy(a.round.id, a.memberId);
  const updates = (await store.updatesBy(a.round.id, a.memberId))
    .filter((u) => openIds.has(u.knelpuntId))
    .sort((x, y) => (x.knelpuntId < y.knelpuntId ? -1 : 1));
  const previous: CheckinAnswer = {
    samenwerkingsniveau: answer.samenwerkingsniveau,
    toelichting: answer.toelichting,
    wentWell: answer.wentWell,
    newKnelpunten: raised.map((k) => ({
      description: k.description,
      category: k.category,
      oplossing: k.oplossing,
    })),
    knelpuntUpdates: updates,
  };
  return previous;
}

export async function checkinFormFor(store: CheckinFormReads, a: For): Promise<Form> {
  const open = await store.openAtStartOf(a.round);
  const previous = await previousCheckin(store, a, new Set(open.map((k) => k.id)));
  const form = checkinForm({
    roundId: a.round.id,
    werkgroepName: a.overleg.name,
    meetingDate: dutchLocalDate(a.round.meetingDate),
    openKnelpunten: open.map((k) => ({ id: k.id, description: k.description, category: k.category })),
    ...(previous ? { previous } : {}),
  });
  return forMember(form, a.memberId);
}

export async function checklistFormFor(
  store: ChecklistFormReads,
  a: For & { readonly agreed: boolean },
): Promise<Form> {
  const t = tertiaalOfMeeting(a.round.meetingDate);
  // Already answered this tertiaal: that answer, to change. A member otherwise starts from their
  // own last view; without one, like the projectleider, from the werkgroep's last agreed status.
  const previous =
    (a.agreed
      ? await store.agreedChecklist(a.overleg.regionId, t.label)
      : ((await store.memberChecklist(a.overleg.id, a.memberId, t.label)) ??
        (await store.lastMemberChecklist(a.overleg.id, a.memberId)))) ??
    (await store.lastAgreedChecklist(a.overleg.regionId));
  const form = checklistForm({
    roundId: a.round.id,
    werkgroepName: a.overleg.name,
    period: t.period,
    agreed: a.agreed,
    ...(previous ? { previous } : {}),
  });
  return forMember(form, a.memberId);
}

export async function progressFormFor(store: ProgressFormReads, a: For): Promise<Form> {
  const t = tertiaalOfMeeting(a.round.meetingDate);
  const previous = await store.voortgangOf(a.overleg.regionId, t.label);
  const form = progressForm({
    roundId: a.round.id,
    regionName: await store.regionNameOf(a.overleg.regionId),
    period: t.period,
    ...(previous ? { previous } : {}),
  });
  return forMember(form, a.memberId);
}

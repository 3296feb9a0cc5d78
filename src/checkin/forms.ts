import type { CheckinAnswer } from '../messages/forms/checkin-form.ts';
import { checkinForm } from '../messages/forms/checkin-form.ts';
import { checklistForm } from '../messages/forms/checklist-form.ts';
import type { Form } from '../messages/forms/model.ts';
import { progressForm } from '../messages/forms/progress-form.ts';
import { findAnswer, regionNameOf } from '../store/checkin-repo.ts';
import {
  agreedChecklist,
  lastAgreedChecklist,
  lastMemberChecklist,
  memberChecklist,
  voortgangOf,
} from '../store/checklist-repo.ts';
import type { Queryable } from '../store/database.ts';
import { openAtStartOf, raisedBy, updatesBy } from '../store/knelpunten-repo.ts';
import type { RoundAccess } from './access.ts';
import { dutchLocalDate, tertiaalOfMeeting } from './round-timing.ts';

type For = Pick<RoundAccess, 'round' | 'overleg'> & { readonly memberId: string };

/**
 * The form carries the member it was made for. On Teams the card's data comes back from the
 * client, so the core checks that whoever submits it is that member (access.ts).
 */
function forMember(form: Form, memberId: string): Form {
  return { ...form, privateMetadata: { ...form.privateMetadata, memberId } };
}

/** The member's previous check-in in this round, shown again so they can change it. */
async function previousCheckin(db: Queryable, a: For, openIds: ReadonlySet<string>) {
  const answer = await findAnswer(db, a.round.id, a.memberId);
  if (!answer) return undefined;
  const raised = await raisedBy(db, a.round.id, a.memberId);
  const updates = (await updatesBy(db, a.round.id, a.memberId))
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

export async function checkinFormFor(db: Queryable, a: For): Promise<Form> {
  const open = await openAtStartOf(db, a.round);
  const previous = await previousCheckin(db, a, new Set(open.map((k) => k.id)));
  const form = checkinForm({
    roundId: a.round.id,
    werkgroepName: a.overleg.name,
    meetingDate: dutchLocalDate(a.round.meetingDate),
    openKnelpunten: open.map((k) => ({ id: k.id, description: k.description, category: k.category })),
    ...(previous ? { previous } : {}),
  });
  return forMember(form, a.memberId);
}

export async function checklistFormFor(db: Queryable, a: For & { readonly agreed: boolean }): Promise<Form> {
  const t = tertiaalOfMeeting(a.round.meetingDate);
  // Already answered this tertiaal: that answer, to change. A member otherwise starts from their
  // own last view; without one, like the projectleider, from the werkgroep's last agreed status.
  const previous =
    (a.agreed
      ? await agreedChecklist(db, a.overleg.regionId, t.label)
      : ((await memberChecklist(db, a.overleg.id, a.memberId, t.label)) ??
        (await lastMemberChecklist(db, a.overleg.id, a.memberId)))) ??
    (await lastAgreedChecklist(db, a.overleg.regionId));
  const form = checklistForm({
    roundId: a.round.id,
    werkgroepName: a.overleg.name,
    period: t.period,
    agreed: a.agreed,
    ...(previous ? { previous } : {}),
  });
  return forMember(form, a.memberId);
}

export async function progressFormFor(db: Queryable, a: For): Promise<Form> {
  const t = tertiaalOfMeeting(a.round.meetingDate);
  const previous = await voortgangOf(db, a.overleg.regionId, t.label);
  const form = progressForm({
    roundId: a.round.id,
    regionName: await regionNameOf(db, a.overleg.regionId),
    period: t.period,
    ...(previous ? { previous } : {}),
  });
  return forMember(form, a.memberId);
}

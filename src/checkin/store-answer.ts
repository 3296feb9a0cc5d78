import { type FieldProblem, NotAllowed } from '../domain/errors.ts';
import { type KnelpuntCategory, type KnelpuntUpdate, statusAfterUpdate } from '../domain/knelpunten.ts';
import type { Round } from '../domain/round.ts';
import {
  type CheckinAnswer,
  NEW_KNELPUNT_SLOTS,
  NIVEAU_FIELD,
  newKnelpuntField,
  openKnelpuntField,
  TOELICHTING_FIELD,
  WENT_WELL_FIELD,
} from '../messages/forms/checkin-form.ts';
import type { FormMetadata, RawValues } from '../messages/forms/model.ts';
import { single } from '../messages/forms/raw-values.ts';
import type { Guard } from '../privacy/guard.ts';
import { type GuardedText, guardFields, type OptionalGuardedText } from '../privacy/guarded-text.ts';
import type { CheckinRepository } from '../store/checkin-store.ts';
import type { RoundAccess } from './access.ts';
import type { RoundFormAnswer } from './round-form-submission.ts';
import { tertiaalOfMeeting } from './round-timing.ts';

/**
 * The slots the member typed a new knelpunt in. The parser lists new knelpunten without gaps,
 * so the second one may have been typed in slot 3: a problem must be shown there.
 */
function filledSlots(values: RawValues): number[] {
  const slots: number[] = [];
  for (let slot = 1; slot <= NEW_KNELPUNT_SLOTS; slot++) {
    if ((single(values[newKnelpuntField(slot, 'description')]) ?? '').trim() !== '') slots.push(slot);
  }
  return slots;
}

/** Every free text of a check-in, keyed by the field it was typed in, for the privacy guard. */
export function checkinTexts(answer: CheckinAnswer, values: RawValues): Record<string, string | undefined> {
  const texts: Record<string, string | undefined> = {
    [TOELICHTING_FIELD]: answer.toelichting ?? undefined,
    [WENT_WELL_FIELD]: answer.wentWell ?? undefined,
  };
  const slots = filledSlots(values);
  answer.newKnelpunten.forEach((k, i) => {
    const slot = slots[i] ?? i + 1;
    texts[newKnelpuntField(slot, 'description')] = k.description;
    texts[newKnelpuntField(slot, 'oplossing')] = k.oplossing ?? undefined;
  });
  for (const u of answer.knelpuntUpdates) {
    texts[openKnelpuntField(u.knelpuntId, 'oplossing')] = u.oplossing ?? undefined;
  }
  return texts;
}

/**
 * The guard names '*' when it could not read the fields at all. A form can only show a message
 * beside a real field, so it goes to the first text, or to the level when there is none.
 */
export function pointAtFields(
  problems: readonly FieldProblem[],
  texts: Record<string, string | undefined>,
): FieldProblem[] {
  const first = Object.keys(texts).find((k) => texts[k] !== undefined) ?? NIVEAU_FIELD;
  return problems.map((p) => (p.field in texts ? p : { ...p, field: first }));
}

/** A check-in whose every text passed the guard: the only shape the repositories store. */
export interface GuardedCheckin {
  readonly samenwerkingsniveau: number;
  readonly toelichting: OptionalGuardedText;
  readonly wentWell: OptionalGuardedText;
  readonly newKnelpunten: ReadonlyArray<{
    readonly description: GuardedText;
    readonly category: KnelpuntCategory;
    readonly oplossing: OptionalGuardedText;
  }>;
  readonly knelpuntUpdates: ReadonlyArray<{
    readonly knelpuntId: string;
    readonly update: KnelpuntUpdate;
    readonly oplossing: OptionalGuardedText;
  }>;
}

/** Passes `texts` (from checkinTexts) through the guard: the answer back guarded, or a PrivacyRefusal. */
export function guardCheckin(
  guard: Pick<Guard, 'check'>,
  answer: CheckinAnswer,
  texts: Record<string, string | undefined>,
): GuardedCheckin {
  const pass = guardFields(guard, texts);
  return {
    samenwerkingsniveau: answer.samenwerkingsniveau,
    toelichting: pass.optional(answer.toelichting),
    wentWell: pass.optional(answer.wentWell),
    newKnelpunten: answer.newKnelpunten.map((k) => ({
      description: pass.text(k.description),
      category: k.category,
      oplossing: pass.optional(k.oplossing),
    })),
    knelpuntUpdates: answer.knelpuntUpdates.map((u) => ({
      knelpuntId: u.knelpuntId,
      update: u.update,
      oplossing: pass.optional(u.oplossing),
    })),
  };
}

/** A round's form answer as it may be stored: a check-in only once guarded. */
export type StorableAnswer =
  | Exclude<RoundFormAnswer, { form: 'checkin' }>
  | { readonly form: 'checkin'; readonly value: GuardedCheckin };

/** Someone may only say something about the knelpunten their own form asked about. */
export async function assertUpdatesBelong(
  store: Pick<CheckinRepository, 'openAtStartOf'>,
  round: Round,
  answer: CheckinAnswer,
): Promise<void> {
  if (answer.knelpuntUpdates.length === 0) return;
  const open = new Set((await store.openAtStartOf(round)).map((k) => k.id));
  if (answer.knelpuntUpdates.some((u) => !open.has(u.knelpuntId))) {
    throw new NotAllowed('knelpunt-not-asked');
  }
}

/** What storing an answer writes (and the one read it compares with), in the caller's transaction. */
export type AnswerWrites = Pick<
  CheckinRepository,
  | 'saveAnswer'
  | 'saveRaised'
  | 'dropRaisedBeyond'
  | 'updatesBy'
  | 'appendUpdate'
  | 'saveAgreedChecklist'
  | 'saveMemberChecklist'
  | 'saveVoortgang'
>;

/** Stores one valid, checked answer inside the caller's transaction. Running it twice changes nothing. */
export async function storeAnswer(
  tx: AnswerWrites,
  a: RoundAccess,
  answer: StorableAnswer,
  metadata: FormMetadata,
  now: Date,
): Promise<void> {
  const tertiaal = tertiaalOfMeeting(a.round.meetingDate).label;
  switch (answer.form) {
    case 'checkin':
      return storeCheckin(tx, a, answer.value, now);
    case 'checklist':
      if (metadata.variant === 'agreed') {
        return tx.saveAgreedChecklist({
          regionId: a.overleg.regionId,
          tertiaal,
          answer: answer.value,
          recordedBy: a.member.id,
          now,
        });
      }
      return tx.saveMemberChecklist({
        overlegId: a.overleg.id,
        memberId: a.member.id,
        tertiaal,
        answer: answer.value,
        now,
      });
    case 'progress':
      return tx.saveVoortgang({
        regionId: a.overleg.regionId,
        tertiaal,
        answer: answer.value,
        recordedBy: a.member.id,
        now,
      });
  }
}

async function storeCheckin(tx: AnswerWrites, a: RoundAccess, answer: GuardedCheckin, now: Date) {
  const ids = { roundId: a.round.id, memberId: a.member.id };
  // First: it locks the member's answer, so a double click waits here for the first click.
  await tx.saveAnswer({
    ...ids,
    now,
    samenwerkingsniveau: answer.samenwerkingsniveau,
    toelichting: answer.toelichting,
    wentWell: answer.wentWell,
  });
  for (const [i, k] of answer.newKnelpunten.entries()) {
    await tx.saveRaised({
      ...ids,
      overlegId: a.overleg.id,
      regionId: a.overleg.regionId,
      slot: i + 1,
      description: k.description,
      category: k.category,
      oplossing: k.oplossing,
      now,
    });
  }
  await tx.dropRaisedBeyond(a.round.id, a.member.id, answer.newKnelpunten.length);

  // History grows only when what the member says about a knelpunt changes.
  if (answer.knelpuntUpdates.length === 0) return;
  const said = new Map((await tx.updatesBy(a.round.id, a.member.id)).map((u) => [u.knelpuntId, u]));
  for (const u of answer.knelpuntUpdates) {
    const before = said.get(u.knelpuntId);
    if (before && before.update === u.update && before.oplossing === u.oplossing) continue;
    await tx.appendUpdate({
      ...ids,
      knelpuntId: u.knelpuntId,
      update: u.update,
      status: statusAfterUpdate(u.update),
      oplossing: u.oplossing,
      now,
    });
  }
}

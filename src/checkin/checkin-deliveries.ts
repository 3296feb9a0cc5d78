import type { OverlegDelivery } from '../domain/deliveries.ts';
import type { Overleg } from '../domain/overleg.ts';
import type { Round } from '../domain/round.ts';
import type { SendTarget } from '../jobs/notifier.ts';
import {
  checkinDirectMessage,
  checkinNudgeMessage,
  type DirectContext,
  nudgeLine,
  roundSummaryMessage,
} from '../messages/checkin-messages.ts';
import type { Form } from '../messages/forms/model.ts';
import type { Message } from '../messages/model.ts';
import type { CheckinRepository } from '../store/checkin-store.ts';
import { isClosed } from './access.ts';
import type { ClosedRound } from './closed-cards.ts';
import { type CheckinFormReads, checkinFormFor } from './forms.ts';
import { summariseRound } from './round-summary.ts';
import { dutchLocalDate, dutchMoment } from './round-timing.ts';

/** A check-in delivery ready to send: to a member directly, or to a werkgroep channel. */
export interface BuiltDelivery {
  readonly target: SendTarget;
  readonly message: Message;
  /** For a direct message: the form Teams shows as the card itself. */
  readonly form?: Form;
  readonly direct: boolean;
  /** A round's summary: once sent, the round's cards that still show the form say it closed (closed-cards.ts). */
  readonly closedRound?: ClosedRound;
}

/** What building a round's delivery reads, and closing the round writes (on the pool, no transaction). */
export type CheckinDeliveryData = CheckinFormReads &
  Pick<
    CheckinRepository,
    | 'findRoundByOccurrence'
    | 'findOverleg'
    | 'findDirectTarget'
    | 'hasAnswered'
    | 'channelsOf'
    | 'markRoundClosed'
    | 'forgetRequestsBefore'
    | 'changesIn'
    | 'levelsOf'
    | 'memberCountOf'
  >;

/** Request keys older than this can no longer be repeated by a platform. */
export const REQUEST_KEY_DAYS = 30;

/**
 * Builds one of the round's own deliveries as it should read now. What is no longer needed (the
 * member answered, left the werkgroep, the round closed) is skipped with the reason: that is how
 * the nudge goes only to those who have not answered, and never more than once.
 */
export async function buildCheckinDelivery(
  store: CheckinDeliveryData,
  d: OverlegDelivery,
  now: Date,
): Promise<BuiltDelivery | { readonly skip: string }> {
  const round = await store.findRoundByOccurrence(d.overlegId, d.occurrence);
  const overleg = round ? await store.findOverleg(d.overlegId) : null;
  if (!round || !overleg) return { skip: 'check-in-ronde bestaat niet meer' };
  if (d.kind === 'round_close') return closing(store, d, round, overleg, now);

  const to = await store.findDirectTarget(d.overlegId, {
    platform: d.platform,
    workspace: d.workspace,
    userId: d.channelId,
  });
  if (!to) return { skip: 'geen lid van de werkgroep meer' };
  if (isClosed(round, now)) return { skip: 'check-in is al gesloten' };
  if (await store.hasAnswered(round.id, to.memberId)) return { skip: 'check-in al ingevuld' };

  const ctx: DirectContext = {
    roundId: round.id,
    werkgroepName: overleg.name,
    meetingDate: dutchLocalDate(round.meetingDate),
    closesAt: dutchMoment(round.closesAt, round.timeZone),
  };
  const form = await checkinFormFor(store, { round, overleg, memberId: to.memberId });
  const nudge = d.kind === 'checkin_nudge';
  return {
    direct: true,
    target: {
      platform: to.platform,
      workspace: to.workspace,
      channelId: to.userId,
      serviceUrl: to.serviceUrl,
    },
    message: nudge ? checkinNudgeMessage(ctx) : checkinDirectMessage(ctx),
    form: nudge ? { ...form, intro: `${nudgeLine(ctx)} ${form.intro ?? ''}`.trim() } : form,
  };
}

async function closing(
  store: CheckinDeliveryData,
  d: OverlegDelivery,
  round: Round,
  overleg: Overleg,
  now: Date,
): Promise<BuiltDelivery | { readonly skip: string }> {
  const channel = (await store.channelsOf(d.overlegId)).find(
    (c) => c.platform === d.platform && c.workspace === d.workspace && c.channelId === d.channelId,
  );
  if (!channel) return { skip: 'kanaal bestaat niet meer' };
  await store.markRoundClosed(round.id, now);
  await store.forgetRequestsBefore(new Date(now.getTime() - REQUEST_KEY_DAYS * 86_400_000));
  const changes = await store.changesIn(round.id);
  const summary = summariseRound({
    werkgroepName: overleg.name,
    meetingDate: dutchLocalDate(round.meetingDate),
    levels: await store.levelsOf(round.id),
    members: await store.memberCountOf(overleg.id),
    raised: changes.raised,
    solved: changes.solved,
  });
  return {
    direct: false,
    target: channel,
    message: roundSummaryMessage(summary),
    closedRound: { ...round, werkgroepName: overleg.name },
  };
}

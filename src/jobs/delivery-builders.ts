import { type BuiltDelivery, buildCheckinDelivery } from '../checkin/checkin-deliveries.ts';
import { type ClosedCardsDeps, closeOpenCards } from '../checkin/closed-cards.ts';
import type { DigestDeliveries } from '../digest/digest-deliveries.ts';
import { type Delivery, ofOverleg } from '../domain/deliveries.ts';
import type { CommandAnswers, PendingReply } from './command-replier.ts';
import type { DeliverDeps } from './deliver-due.ts';
import type { DeliveryFamily } from './delivery-kinds.ts';
import { buildDelivery, meetingContexts } from './meeting-deliveries.ts';
import { type Notifier, PermanentFailure, type SendTarget } from './notifier.ts';

/*
 * What a claimed delivery becomes and how it goes out: the builders of each family of kinds for
 * one batch (its meetings and channels read once), and the sender of one built delivery (a
 * channel, a member directly, or in place of "Bezig…"). The tick itself is deliver-due.ts.
 */

/** How each family of kinds (delivery-kinds.ts) of a claimed batch is built as it should read now. */
export async function buildersFor(
  deps: DeliverDeps,
  claimed: readonly Delivery[],
): Promise<Record<DeliveryFamily, (d: Delivery, now: Date) => Promise<Built | Skipped | null>>> {
  const { store } = deps;
  // One werkgroep's message reads the same in each of its channels: build it once per batch.
  // Read for the whole batch at once (three queries, not four per meeting); a failure fails each
  // delivery that needs it, as a failed send would.
  const contexts = meetingContexts(store.meetings, claimed);
  contexts.catch(() => undefined);
  // The channels of every werkgroep in the batch, in one query.
  const overlegIds = [...new Set(claimed.flatMap((d) => (d.overlegId === null ? [] : [d.overlegId])))];
  const channels = overlegIds.length > 0 ? await store.meetings.channelsOfMany(overlegIds) : new Map();
  return {
    meeting: async (d, now) => {
      const o = ofOverleg(d);
      return o && buildDelivery(store, o, contexts, channels, now);
    },
    round: async (d, now) => {
      const o = ofOverleg(d);
      return o && buildCheckinDelivery(store.checkin.read, o, now);
    },
    digest: (d, now) => buildDigestDelivery(deps.digest, d, now),
    command: (d, now) => buildCommandAnswer(deps.commands, d, now),
  };
}

/**
 * A delivery not sent, and why. `unlessSentTo`: a notice that no longer holds, which may have
 * reached that channel already if an earlier claim was cut off mid-send (deliver-due asks).
 */
export interface Skipped {
  readonly skip: string;
  readonly unlessSentTo?: SendTarget;
}

/** A built delivery; a slow command's answer also says where "Bezig…" stands. */
export type Built = BuiltDelivery & { readonly reply?: PendingReply };

/** How one built delivery goes out: to a channel, to a member directly, or in place of "Bezig…". */
export function senderFor(deps: DeliverDeps, built: Built) {
  const { reply, message } = built;
  if (reply) {
    const replies = deps.replies;
    if (!replies) throw new PermanentFailure('antwoorden op commando’s zijn niet ingesteld in deze Schakel');
    // Replacing "Bezig…" twice shows the same answer; a direct message the replier checks first.
    return {
      send: (key: string, again: boolean) => replies.reply(reply, message, key, again).then(() => null),
    };
  }
  const wasDelivered =
    (via: Pick<Notifier, 'wasDelivered'>) => (target: SendTarget, key: string, since: Date) =>
      via.wasDelivered?.(target, key, since);
  if (built.direct) {
    const direct = deps.direct;
    if (!direct) throw new PermanentFailure('directe berichten zijn niet ingesteld in deze Schakel');
    // A direct message says where it stands in the member's chat (kept for vergeet-mij).
    return {
      send: (key: string) => direct.send(built.target, message, key, built.form),
      wasDelivered: wasDelivered(direct),
    };
  }
  const notifier = deps.notifier;
  const closed = built.closedRound;
  return {
    send: async (key: string) => {
      await notifier.send(built.target, message, key);
      if (closed) await closeOpenCards(closedCardsDeps(deps), closed);
      return null;
    },
    wasDelivered: wasDelivered(notifier),
  };
}

async function buildCommandAnswer(commands: CommandAnswers | undefined, d: Delivery, now: Date) {
  if (!commands) throw new PermanentFailure('trage commando’s zijn niet ingesteld in deze Schakel');
  const built = await commands.build(d, now);
  return 'skip' in built ? built : { ...built, direct: true };
}

function buildDigestDelivery(digest: DigestDeliveries | undefined, d: Delivery, now: Date) {
  if (!digest) throw new PermanentFailure('de stuurgroep-samenvatting is niet ingesteld in deze Schakel');
  return digest.build(d, now);
}

/** Closing a round's sent cards with the scheduler's store, direct messages and log. */
export function closedCardsDeps(deps: DeliverDeps): ClosedCardsDeps {
  const { store, direct, logger } = deps;
  return {
    claimOpenCards: (round) => store.checkin.read.claimOpenCards(round),
    cardClosed: (card) => store.checkin.read.cardClosed(card.key),
    cardNotClosed: (card) => store.checkin.read.cardNotClosed(card.key, card.ref),
    localeOf: async (card) => (await store.deliveries.localeOfUser(card))?.locale ?? null,
    direct,
    logger,
  };
}

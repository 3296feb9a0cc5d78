import type { Round } from '../domain/round.ts';
import { PermanentFailure, type SendTarget } from '../jobs/notifier.ts';
import type { Logger } from '../logger.ts';
import { words } from '../messages/catalogue/words.ts';
import { DEFAULT_LOCALE, type Locale, withLocale } from '../messages/locale.ts';
import type { Message } from '../messages/model.ts';
import type { OpenCard } from '../store/checkin-deliveries-repo.ts';
import type { DirectNotifier } from './direct-notifier.ts';
import { dutchLocalDate, dutchMoment } from './round-timing.ts';

/** A round that just closed, with the name of its werkgroep: its cards' lines say which. */
export type ClosedRound = Round & { readonly werkgroepName: string };

/** What closing the sent cards reads and writes. */
export interface ClosedCardsDeps {
  readonly claimOpenCards: (round: Pick<Round, 'id' | 'overlegId' | 'occurrence'>) => Promise<OpenCard[]>;
  /** The card says the round closed now. */
  readonly cardClosed: (card: OpenCard) => Promise<void>;
  /** The platform did not take the change: the card is tried again on a later tick. */
  readonly cardNotClosed: (card: OpenCard) => Promise<void>;
  readonly localeOf: (card: OpenCard) => Promise<Locale | null>;
  readonly direct: Pick<DirectNotifier, 'replace'> | undefined;
  readonly logger: Pick<Logger, 'warn' | 'info'>;
}

/**
 * When a round closes (its summary went to the channel), each check-in card that still shows the
 * form to a member who did not answer becomes one line, in their language: the round is closed,
 * and a knelpunt waits for the next check-in. A press on the old card would be refused anyway
 * (access.ts); this spares the member filling it in first. The cards are claimed once, so a
 * second tick changes none; one the platform did not change (down, or refusing it) is logged and
 * tried again on a later tick (a few times: jobs/cards-left.ts), one it never will (the chat
 * gone: a PermanentFailure) is left. Neither holds up the summary that was sent.
 */
export async function closeOpenCards(deps: ClosedCardsDeps, round: ClosedRound): Promise<void> {
  const { direct, logger } = deps;
  if (!direct) return;
  let cards: OpenCard[];
  try {
    cards = await deps.claimOpenCards(round);
  } catch (err) {
    logger.warn({ err, roundId: round.id }, 'check-inkaarten van een gesloten ronde niet bijgewerkt');
    return;
  }
  let failed = 0;
  // Per member, the first card changed (the form; the reminder when only it reached them, or when
  // the form could not be changed) says the round closed and when; a reminder after it only says it
  // lapsed, so the line is not lost. A form changed on a later try says it too: no form stays open.
  const told = new Set(cards.filter((c) => c.told).map(memberOf));
  const ordered = [...cards].sort(
    (a, b) => Number(a.kind !== 'checkin_dm') - Number(b.kind !== 'checkin_dm'),
  );
  for (const card of ordered) {
    const { platform, workspace, userId } = card;
    const target: SendTarget = { platform, workspace, channelId: userId, serviceUrl: null };
    try {
      const locale = (await deps.localeOf(card)) ?? DEFAULT_LOCALE;
      const member = memberOf(card);
      // A form tried again after the reminder said it still says when the round closed.
      const lapsed = card.kind === 'checkin_nudge' && told.has(member);
      await direct.replace(
        target,
        card.ref,
        withLocale(locale, () => (lapsed ? lapsedReminder(round) : closedCard(round))),
      );
      // Told only once the platform took the change: a form it refused leaves the closing line
      // to the member's reminder, so they still read when the round closed.
      told.add(member);
      await deps
        .cardClosed(card)
        .catch((err: unknown) => logger.warn({ err }, 'kaart niet als bijgewerkt genoteerd'));
    } catch (err) {
      failed++;
      logger.warn({ err, platform }, 'check-inkaart van een gesloten ronde niet bijgewerkt');
      if (!(err instanceof PermanentFailure))
        await deps
          .cardNotClosed(card)
          .catch((e: unknown) => logger.warn({ err: e }, 'kaart niet teruggezet'));
    }
  }
  if (cards.length > 0) {
    logger.info(
      { roundId: round.id, cards: cards.length, failed },
      'check-inkaarten van gesloten ronde bijgewerkt',
    );
  }
}

function memberOf(card: OpenCard): string {
  return `${card.platform}|${card.workspace}|${card.userId}`;
}

function closedCard(round: ClosedRound): Message {
  const closedAt = dutchMoment(round.closesAt, round.timeZone);
  const date = dutchLocalDate(round.meetingDate);
  return oneLine(words().checkin.closedCard(round.werkgroepName, date, closedAt));
}

function lapsedReminder(round: ClosedRound): Message {
  return oneLine(words().checkin.closedReminder(round.werkgroepName));
}

function oneLine(text: string): Message {
  return { fallback: text, blocks: [{ type: 'text', text }] };
}

import type { Round } from '../domain/round.ts';
import type { SendTarget } from '../jobs/notifier.ts';
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
  readonly localeOf: (card: OpenCard) => Promise<Locale | null>;
  readonly direct: Pick<DirectNotifier, 'replace'> | undefined;
  readonly logger: Pick<Logger, 'warn' | 'info'>;
}

/**
 * When a round closes (its summary went to the channel), each check-in card that still shows the
 * form to a member who did not answer becomes one line, in their language: the round is closed,
 * and a knelpunt waits for the next check-in. A press on the old card would be refused anyway
 * (access.ts); this spares the member filling it in first. The cards are claimed once, so a
 * second tick changes none; one that cannot be changed (the chat gone, the platform down) is
 * logged and left, and never holds up the summary that was sent.
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
  // lapsed, so the line is neither repeated nor lost.
  const told = new Set<string>();
  const ordered = [...cards].sort(
    (a, b) => Number(a.kind !== 'checkin_dm') - Number(b.kind !== 'checkin_dm'),
  );
  for (const card of ordered) {
    const { platform, workspace, userId } = card;
    const target: SendTarget = { platform, workspace, channelId: userId, serviceUrl: null };
    try {
      const locale = (await deps.localeOf(card)) ?? DEFAULT_LOCALE;
      const member = `${platform}|${workspace}|${userId}`;
      const lapsed = told.has(member);
      await direct.replace(
        target,
        card.ref,
        withLocale(locale, () => (lapsed ? lapsedReminder(round) : closedCard(round))),
      );
      // Told only once the platform took the change: a form it refused leaves the closing line
      // to the member's reminder, so they still read when the round closed.
      told.add(member);
    } catch (err) {
      failed++;
      logger.warn({ err, platform }, 'check-inkaart van een gesloten ronde niet bijgewerkt');
    }
  }
  if (cards.length > 0) {
    logger.info(
      { roundId: round.id, cards: cards.length, failed },
      'check-inkaarten van gesloten ronde bijgewerkt',
    );
  }
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

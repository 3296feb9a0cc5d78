import { closeOpenCards } from '../checkin/closed-cards.ts';
import type { DeliverDeps } from './deliver-due.ts';
import { closedCardsDeps } from './delivery-builders.ts';

/**
 * The check-in cards of closed rounds that the platform did not change when their round closed,
 * tried again: run at the start of a tick, so a card refused in a tick waits for the next one.
 * Each card is claimed as it was then (closed-cards.ts), so two ticks at once change it once.
 */
export async function closeCardsLeft(deps: DeliverDeps): Promise<void> {
  if (!deps.direct) return;
  const rounds = await deps.store.checkin.read.roundsWithCardsLeft();
  for (const round of rounds) await closeOpenCards(closedCardsDeps(deps), round);
}

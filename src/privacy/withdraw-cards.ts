import type { SendTarget } from '../jobs/notifier.ts';
import type { Logger } from '../logger.ts';
import { words } from '../messages/catalogue/words.ts';
import type { Message } from '../messages/model.ts';

/** The platforms' way to change a message sent to a member before, where it stands in their chat. */
export interface SentCards {
  replace(target: SendTarget, ref: string, message: Message): Promise<void>;
}

/** A check-in card sent to the member: on which platform, to whom, and where it stands (sent_ref). */
export interface SentCard {
  readonly platform: 'slack' | 'teams';
  readonly workspace: string;
  readonly userId: string;
  readonly ref: string;
}

/**
 * After vergeet-mij, each check-in card still in the member's chat (with its button to answer)
 * becomes one line that says it lapsed. The erasure already happened: a card that cannot be changed
 * (the chat gone, the platform down) is logged and left, and the erasure stands.
 */
export async function withdrawCards(
  cards: readonly SentCard[],
  sent: SentCards | undefined,
  logger: Pick<Logger, 'warn'>,
): Promise<void> {
  if (!sent) return;
  const text = words().answers.avg.cardWithdrawn;
  const message: Message = { fallback: text, blocks: [{ type: 'text', text }] };
  for (const card of cards) {
    const { platform, workspace, userId } = card;
    const target: SendTarget = { platform, workspace, channelId: userId, serviceUrl: null };
    try {
      await sent.replace(target, card.ref, message);
    } catch (err) {
      logger.warn({ err, platform: card.platform }, 'check-in na vergeet-mij niet bijgewerkt');
    }
  }
}

import { type Notifier, PermanentFailure, type SendTarget } from '../jobs/notifier.ts';
import type { Form } from '../messages/forms/model.ts';
import type { Message } from '../messages/model.ts';

/**
 * The port for direct messages to one member: `target.channelId` is their platform user id.
 * Slack shows `message` (its button opens the form in a modal); Teams shows `form` as the card
 * itself, so the member fills it in right there.
 */
export interface DirectNotifier extends Notifier {
  send(target: SendTarget, message: Message, deliveryKey: string, form?: Form): Promise<void>;
}

/** Routes each direct message to the notifier of its platform, form included. */
export function routeDirect(
  byPlatform: Partial<Record<SendTarget['platform'], DirectNotifier>>,
): DirectNotifier {
  const pick = (t: SendTarget) => {
    const n = byPlatform[t.platform];
    if (!n) throw new PermanentFailure(`${t.platform} is niet ingesteld in deze Schakel`);
    return n;
  };
  return {
    send: (target, message, key, form) => pick(target).send(target, message, key, form),
    wasDelivered: async (target, key, since) => pick(target).wasDelivered?.(target, key, since),
  };
}

import { type Notifier, ofPlatform, type SendTarget } from '../jobs/notifier.ts';
import type { Form } from '../messages/forms/model.ts';
import type { Message } from '../messages/model.ts';

/**
 * The port for direct messages to one member: `target.channelId` is their platform user id.
 * Slack shows `message` (its button opens the form in a modal); Teams shows `form` as the card
 * itself, so the member fills it in right there.
 */
export interface DirectNotifier extends Omit<Notifier, 'send'> {
  /** Resolves to where the message stands in the member's chat (for `replace`), when the platform said. */
  send(target: SendTarget, message: Message, deliveryKey: string, form?: Form): Promise<string | null>;
  /** Changes a message sent before (`ref` from send) into `message`, in the place where it stands. */
  replace(target: SendTarget, ref: string, message: Message): Promise<void>;
}

/** Routes each direct message to the notifier of its platform, form included. */
export function routeDirect(
  byPlatform: Partial<Record<SendTarget['platform'], DirectNotifier>>,
): DirectNotifier {
  const pick = (t: SendTarget) => ofPlatform(byPlatform, t.platform);
  return {
    send: (target, message, key, form) => pick(target).send(target, message, key, form),
    replace: (target, ref, message) => pick(target).replace(target, ref, message),
    wasDelivered: async (target, key, since) => pick(target).wasDelivered?.(target, key, since),
  };
}

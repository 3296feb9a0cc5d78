import type { Notifier, SendTarget } from '../../src/jobs/notifier.ts';
import type { Message } from '../../src/messages/model.ts';

/** A Notifier test double that records what it was asked to send and can be told to fail. */
export function recordingNotifier() {
  const sent: Array<{ target: SendTarget; message: Message; key: string }> = [];
  let failWith: (() => Error) | undefined;
  const notifier: Notifier & { sent: typeof sent; failNextWith(f: (() => Error) | undefined): void } = {
    sent,
    failNextWith(f) {
      failWith = f;
    },
    async send(target, message, key) {
      if (failWith) throw failWith();
      sent.push({ target, message, key });
    },
    async wasDelivered(_target, key) {
      return sent.some((s) => s.key === key);
    },
  };
  return notifier;
}

import type { DirectNotifier } from '../../src/checkin/direct-notifier.ts';
import type { SendTarget } from '../../src/jobs/notifier.ts';
import { renderSlackMessage } from './render-message.ts';
import { slackClientFor, slackNotifier, translateSlackFailure } from './slack-notifier.ts';
import type { TokenResolver } from './workspace-tokens.ts';

/**
 * Direct messages on Slack: conversations.open gives the app's DM with the member, and from
 * there it is an ordinary channel message (with its delivery key as metadata, so after a crash
 * the DM can be read back like a channel). Slack shows the message; its button opens the form.
 */
export function slackDirectNotifier(settings: { tokenFor: TokenResolver; apiUrl: string }): DirectNotifier {
  const channels = slackNotifier(settings);
  const client = slackClientFor(settings);
  const dm = async (target: SendTarget): Promise<SendTarget> => {
    const opened = await (await client(target)).conversations.open({ users: target.channelId });
    return { ...target, channelId: opened.channel?.id ?? target.channelId };
  };
  return {
    send: async (target, message, key) => channels.post(await dm(target), message, key),
    // Where the message stands was kept when it was sent; chat.update changes it there.
    async replace(target, ref, message) {
      const { channel, ts } = JSON.parse(ref) as { channel: string; ts: string };
      try {
        await (await client(target)).chat.update({
          channel,
          ts,
          ...renderSlackMessage(message, target.workspace),
        });
      } catch (err) {
        throw translateSlackFailure(err);
      }
    },
    wasDelivered: async (target, key, since) => channels.wasDelivered?.(await dm(target), key, since),
  };
}

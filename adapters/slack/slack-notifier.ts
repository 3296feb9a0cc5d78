import { webApi } from '@slack/bolt';
import { type Notifier, PermanentFailure, RateLimited, type SendTarget } from '../../src/jobs/notifier.ts';
import type { Message } from '../../src/messages/model.ts';
import { renderSlackMessage } from './render-message.ts';
import { clientsByToken, type TokenResolver } from './workspace-tokens.ts';

const DELIVERY_EVENT = 'schakel_delivery';
// Errors after which sending again cannot help.
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
]);

/**
 * Sends the scheduler's messages with chat.postMessage. Each message carries its
 * delivery key as Slack message metadata, so after a crash mid-send Schakel can
 * read the channel back and see whether it arrived before sending it again. Each workspace
 * is reached with its own bot token (`tokenFor`).
 */
export function slackNotifier(settings: { tokenFor: TokenResolver; apiUrl: string }): Notifier & {
  /** Sends as `send` does; resolves to where the message stands (its channel and ts), for chat.update. */
  post(target: SendTarget, message: Message, deliveryKey: string): Promise<string | null>;
} {
  const client = slackClientFor(settings);
  const post = async (target: SendTarget, message: Message, deliveryKey: string) => {
    try {
      const sent = await (await client(target)).chat.postMessage({
        channel: target.channelId,
        ...renderSlackMessage(message, target.workspace),
        metadata: { event_type: DELIVERY_EVENT, event_payload: { key: deliveryKey } },
        unfurl_links: false,
      });
      return sent.channel && sent.ts ? JSON.stringify({ channel: sent.channel, ts: sent.ts }) : null;
    } catch (err) {
      throw translateSlackFailure(err);
    }
  };
  return {
    post,
    async send(target, message, deliveryKey) {
      await post(target, message, deliveryKey);
    },
    async wasDelivered(target, deliveryKey, since) {
      const history = await (await client(target)).conversations.history({
        channel: target.channelId,
        oldest: String(since.getTime() / 1000),
        include_all_metadata: true,
        limit: 200,
      });
      return (history.messages ?? []).some(
        (m) =>
          m.metadata?.event_type === DELIVERY_EVENT &&
          (m.metadata.event_payload as { key?: string } | undefined)?.key === deliveryKey,
      );
    },
  };
}

/** The WebClient with the target workspace's token; no installation there is a permanent failure. */
export function slackClientFor(settings: { tokenFor: TokenResolver; apiUrl: string }) {
  const clientOf = clientsByToken(settings.apiUrl);
  return async (target: SendTarget) => {
    const token = await settings.tokenFor(target.workspace);
    if (!token) {
      throw new PermanentFailure(
        `Schakel is niet (meer) geïnstalleerd in Slack-werkruimte ${target.workspace || '(onbekend)'}`,
      );
    }
    return clientOf(token);
  };
}

export function translateSlackFailure(err: unknown): Error {
  const e = err as { code?: string; retryAfter?: number; data?: { error?: string } };
  if (e.code === webApi.ErrorCode.RateLimitedError) return new RateLimited((e.retryAfter ?? 1) * 1000);
  if (e.data?.error && PERMANENT.has(e.data.error)) return new PermanentFailure(`Slack: ${e.data.error}`);
  return err instanceof Error ? err : new Error(String(err));
}

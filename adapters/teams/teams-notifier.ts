import { type ChannelData, Client } from '@microsoft/teams.api';
import type { App } from '@microsoft/teams.apps';
import { MessageTooLarge, type Notifier, PermanentFailure, RateLimited } from '../../src/jobs/notifier.ts';
import { messageCounts } from '../../src/messages/fit.ts';
import type { Message } from '../../src/messages/model.ts';
import { renderTeamsActivity } from './render-message.ts';

/**
 * Sends the scheduler's messages proactively to a stored conversation, through the
 * connector (serviceUrl) Teams gave when Schakel was added there, with the bot's token. Each
 * activity carries its delivery key in its channelData, as a Slack message carries it in its
 * metadata; the connector cannot be read back, so whether a message arrived cannot be asked.
 */
export function teamsNotifier(app: App): Notifier {
  return {
    async send(target, message, deliveryKey) {
      if (!target.serviceUrl)
        throw new PermanentFailure('Teams-gesprek zonder serviceUrl: voeg Schakel opnieuw toe');
      const api = new Client(target.serviceUrl, app.api.http);
      try {
        await api.conversations.activities(target.channelId).create({
          ...renderTeamsActivity(message, target.workspace),
          channelData: keyData(deliveryKey),
        });
      } catch (err) {
        throw translateTeamsFailure(err, message);
      }
    },
  };
}

/**
 * The delivery key in the activity's channelData, under Schakel's own name: channelData is free
 * JSON per channel in the Bot Framework (the SDK's type lists only what Teams itself reads).
 */
function keyData(deliveryKey: string): ChannelData {
  return { schakel: { deliveryKey } } as ChannelData;
}

/**
 * A connector's failure as the scheduler reads it: slow down (429), give up (403, 404; 413, the
 * message too large, which no retry mends) or try again. `message`, what was sent, for its counts.
 */
export function translateTeamsFailure(err: unknown, message?: Message): Error {
  if (err instanceof PermanentFailure) return err;
  const bytes = refusedAsTooLarge(err);
  if (bytes !== null) return new MessageTooLarge('Teams', bytes, message ? messageCounts(message) : '');
  const res = (err as { response?: { status?: number; headers?: Record<string, string> } }).response;
  if (res?.status === 429) {
    const seconds = Number(res.headers?.['retry-after'] ?? '1');
    return new RateLimited((Number.isFinite(seconds) ? seconds : 1) * 1000);
  }
  if (res?.status === 403 || res?.status === 404) return new PermanentFailure(`Teams: ${res.status}`);
  return err instanceof Error ? err : new Error(String(err));
}

/**
 * The bytes of the activity the connector refused as too large (413 MessageSizeTooBig), from the
 * request the SDK's client made (never its content); null for any other failure.
 */
export function refusedAsTooLarge(err: unknown): number | null {
  const e = err as { response?: { status?: number }; config?: { data?: unknown } } | null;
  if (e?.response?.status !== 413) return null;
  const data = e.config?.data;
  return typeof data === 'string' ? Buffer.byteLength(data) : 0;
}

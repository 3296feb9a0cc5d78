import { webApi } from '@slack/bolt';
import type { PlatformProbes } from '../src/doctor/checks.ts';

/** The platform side of `schakel doctor`: asks Slack which scopes the bot token has. */
export const slackProbes: Required<Pick<PlatformProbes, 'slackScopes'>> = {
  async slackScopes(settings) {
    const client = new webApi.WebClient(settings.botToken, {
      slackApiUrl: settings.apiUrl,
      retryConfig: { retries: 0 },
      timeout: 10_000,
    });
    try {
      const answer = await client.auth.test();
      return { scopes: answer.response_metadata?.scopes ?? [] };
    } catch (err) {
      const e = err as { data?: { error?: string }; message: string };
      return { error: e.data?.error ?? e.message };
    }
  },
};

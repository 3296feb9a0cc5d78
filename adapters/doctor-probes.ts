import type { PlatformProbes } from '../src/doctor/checks.ts';
import { cliSlackClient } from './slack/cli-web-client.ts';

/** The platform side of `schakel doctor`: asks Slack which scopes the bot token has. */
export const slackProbes: Required<Pick<PlatformProbes, 'slackScopes'>> = {
  async slackScopes(settings) {
    const client = cliSlackClient(settings.botToken, {
      slackApiUrl: settings.apiUrl,
      retryConfig: { retries: 0 },
      timeout: 10_000,
    });
    try {
      const answer = await client.auth.test();
      return { scopes: answer.response_metadata?.scopes ?? [] };
    } catch (err) {
      // Slack's own answer ("invalid_auth"), or why Slack could not be asked (the cause, for the doctor to word).
      const e = err as { data?: { error?: string }; message: string };
      return e.data?.error ? { error: e.data.error } : { error: e.message, cause: err };
    }
  },
};

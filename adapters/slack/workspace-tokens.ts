import { type Logger as SlackLogger, webApi } from '@slack/bolt';
import type { Config } from '../../src/config.ts';
import type { SlackInstallations } from '../../src/installations/slack-installations.ts';

/** The bot token for a workspace (Slack team id), or undefined when Schakel is not installed there. */
export type TokenResolver = (workspace: string) => Promise<string | undefined>;

/** The workspace behind SLACK_BOT_TOKEN, asked of Slack once (auth.test). */
export interface HomeWorkspace {
  readonly teamId: string;
  readonly botToken: string;
  readonly botUserId: string;
  readonly botId: string;
}

/**
 * How long Slack is given to answer auth.test. Every request that arrives meanwhile waits on that
 * one answer, so Slack taking the connection and never answering (the SDK waits without end) held
 * every request until a restart; given up in time, a waiting request is refused while Slack can
 * still be told (it resends after 3 s) and the next request asks again.
 */
export const AUTH_TEST_TIMEOUT_MS = 2_000;

/**
 * With OAuth, SLACK_BOT_TOKEN (if set) serves only the workspace it belongs to, and only until
 * that workspace installs through the install page. Asked lazily; a failed answer is asked again.
 */
export function homeWorkspace(
  settings: NonNullable<Config['slack']>,
  /** Where the WebClient logs (the command line keeps it quiet); the SDK's own logger otherwise. */
  logger?: SlackLogger,
): () => Promise<HomeWorkspace | undefined> {
  const token = settings.botToken;
  if (!token) return async () => undefined;
  let asked: Promise<HomeWorkspace | undefined> | undefined;
  return () => {
    asked ??= new webApi.WebClient(token, {
      slackApiUrl: settings.apiUrl,
      retryConfig: { retries: 0 },
      timeout: AUTH_TEST_TIMEOUT_MS,
      ...(logger ? { logger } : {}),
    }).auth
      .test()
      .then((a) => {
        // An answer without them is no answer (a proxy's page, a broken stand-in): without the bot's
        // own user id Bolt cannot tell the bot's messages from a member's, and it answered itself.
        if (!a.team_id || !a.user_id) throw new Error('auth.test noemde geen werkruimte of bot-gebruiker');
        return { teamId: a.team_id, botToken: token, botUserId: a.user_id, botId: a.bot_id ?? '' };
      })
      .catch((err: unknown) => {
        asked = undefined;
        throw err;
      });
    return asked;
  };
}

/**
 * Single workspace: always the configured token. Many workspaces: the token stored when the
 * workspace installed Schakel, else SLACK_BOT_TOKEN for its own workspace.
 */
export function tokenResolver(
  settings: NonNullable<Config['slack']>,
  installations: SlackInstallations | undefined,
  logger?: SlackLogger,
): TokenResolver {
  if (!settings.oauth || !installations) {
    const token = settings.botToken;
    return async () => token;
  }
  const home = homeWorkspace(settings, logger);
  return async (workspace) => {
    const stored = await installations.botTokenFor(workspace);
    if (stored) return stored;
    const h = await home();
    return h && h.teamId === workspace ? h.botToken : undefined;
  };
}

/** One WebClient per token, made on first use: many workspaces, many tokens. */
export function clientsByToken(apiUrl: string): (token: string) => InstanceType<typeof webApi.WebClient> {
  const clients = new Map<string, InstanceType<typeof webApi.WebClient>>();
  return (token) => {
    let client = clients.get(token);
    if (!client) {
      client = new webApi.WebClient(token, {
        slackApiUrl: apiUrl,
        rejectRateLimitedCalls: true,
        retryConfig: { retries: 0 },
      });
      clients.set(token, client);
    }
    return client;
  };
}

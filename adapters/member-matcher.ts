import { Client } from '@microsoft/teams.api';
import { App } from '@microsoft/teams.apps';
import type { Config } from '../src/config.ts';
import type { PlatformUser } from '../src/domain/members.ts';
import type { SlackInstallations } from '../src/installations/slack-installations.ts';
import type { MemberMatcher } from '../src/members/csv-import.ts';
import { cliSlackClient, quietSlackLogger } from './slack/cli-web-client.ts';
import { homeWorkspace, tokenResolver } from './slack/workspace-tokens.ts';

type Lookup = (email: string) => Promise<PlatformUser | null>;

export interface MatcherSources {
  /** The werkgroep's Teams channels: their rosters carry the members' e-mail addresses. */
  readonly teamsChannels: ReadonlyArray<{ channelId: string; serviceUrl: string | null; workspace: string }>;
  /**
   * Installed in many Slack workspaces: the workspaces (team ids) to look each e-mail up in.
   * None given: the workspace of SLACK_BOT_TOKEN, if set. A single bot token has one workspace.
   */
  readonly slackWorkspaces: readonly string[];
  readonly installations: SlackInstallations | undefined;
}

/**
 * Finds members' platform accounts by e-mail: Slack's users.lookupByEmail in each Slack workspace
 * (with the token the notifiers use there), and the roster of the werkgroep's Teams channels
 * (members with their e-mail or UPN). `notInstalled` names the Slack workspaces asked for that
 * have no token, so were not searched; `searched` is false when no platform could be asked at all.
 */
export async function platformMatcher(
  config: Config,
  sources: MatcherSources,
): Promise<{ matcher: MemberMatcher; notInstalled: string[]; searched: boolean }> {
  const lookups: Lookup[] = [];
  const notInstalled: string[] = [];
  if (config.slack) {
    for (const w of await slackWorkspaces(config.slack, sources)) {
      if (!w.token) notInstalled.push(w.team);
      else lookups.push(slackLookup(config.slack.apiUrl, w.token, w.team));
    }
  }
  if (config.teams && sources.teamsChannels.length > 0) {
    lookups.push(await teamsRoster(config.teams, sources.teamsChannels));
  }
  return {
    notInstalled,
    // Nowhere to look (no platform configured, or none of its workspaces or channels): no one was looked up.
    searched: lookups.length > 0,
    matcher: {
      async lookup(email) {
        const found = await Promise.all(lookups.map((l) => l(email)));
        return found.filter((u): u is PlatformUser => u !== null);
      },
    },
  };
}

async function slackWorkspaces(
  settings: NonNullable<Config['slack']>,
  sources: MatcherSources,
): Promise<Array<{ team: string; token: string | undefined }>> {
  if (!settings.oauth) {
    // One workspace: the bot token's, as Slack names it.
    const token = settings.botToken;
    const client = cliSlackClient(token, { slackApiUrl: settings.apiUrl, retryConfig: { retries: 1 } });
    return [{ team: (await client.auth.test()).team_id ?? '', token }];
  }
  const tokenFor = tokenResolver(settings, sources.installations, quietSlackLogger());
  const teams = [...new Set(sources.slackWorkspaces)];
  if (teams.length === 0) {
    const home = await homeWorkspace(settings, quietSlackLogger())();
    if (home) teams.push(home.teamId);
  }
  return Promise.all(teams.map(async (team) => ({ team, token: await tokenFor(team) })));
}

function slackLookup(apiUrl: string, token: string, team: string): Lookup {
  const client = cliSlackClient(token, { slackApiUrl: apiUrl, retryConfig: { retries: 1 } });
  return async (email) => {
    try {
      const found = await client.users.lookupByEmail({ email });
      return found.user?.id ? { platform: 'slack', workspace: team, userId: found.user.id } : null;
    } catch (err) {
      // users_not_found: listed as not matched. Anything else (a revoked token, no network) stops
      // the import: read as "not found" it would report everyone unmatched and store them unlinked.
      if ((err as { data?: { error?: unknown } }).data?.error === 'users_not_found') return null;
      throw err;
    }
  };
}

async function teamsRoster(
  settings: NonNullable<Config['teams']>,
  channels: MatcherSources['teamsChannels'],
): Promise<Lookup> {
  // With credentials the connector wants the bot's token; the SDK's client carries it.
  const http = new App({
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    tenantId: settings.tenantId,
  }).api.http;
  const roster = new Map<string, PlatformUser>();
  for (const c of channels) {
    if (!c.serviceUrl) continue;
    const members = await new Client(c.serviceUrl, http).conversations.members(c.channelId).get();
    for (const m of members as Array<{ id: string; email?: string; userPrincipalName?: string }>) {
      for (const address of [m.email, m.userPrincipalName]) {
        if (address)
          roster.set(address.toLowerCase(), { platform: 'teams', workspace: c.workspace, userId: m.id });
      }
    }
  }
  return async (email) => roster.get(email) ?? null;
}

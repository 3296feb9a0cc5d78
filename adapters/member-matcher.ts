import { Client } from '@microsoft/teams.api';
import { App } from '@microsoft/teams.apps';
import { webApi } from '@slack/bolt';
import type { Config } from '../src/config.ts';
import type { PlatformUser } from '../src/domain/members.ts';
import type { MemberMatcher } from '../src/members/csv-import.ts';

/**
 * Finds members' platform accounts by e-mail: Slack's users.lookupByEmail in the configured
 * workspace, and the roster of the werkgroep's Teams channels (members with their e-mail or UPN).
 */
export async function platformMatcher(
  config: Config,
  teamsChannels: ReadonlyArray<{ channelId: string; serviceUrl: string | null; workspace: string }>,
): Promise<MemberMatcher> {
  const lookups: Array<(email: string) => Promise<PlatformUser | null>> = [];
  if (config.slack) {
    const client = new webApi.WebClient(config.slack.botToken, {
      slackApiUrl: config.slack.apiUrl,
      retryConfig: { retries: 1 },
    });
    const team = (await client.auth.test()).team_id ?? '';
    lookups.push(async (email) => {
      try {
        const found = await client.users.lookupByEmail({ email });
        return found.user?.id ? { platform: 'slack', workspace: team, userId: found.user.id } : null;
      } catch {
        return null; // users_not_found: listed as not matched
      }
    });
  }
  if (config.teams && teamsChannels.length > 0) {
    // With credentials the connector wants the bot's token; the SDK's client carries it.
    const http = new App({
      clientId: config.teams.clientId,
      clientSecret: config.teams.clientSecret,
      tenantId: config.teams.tenantId,
    }).api.http;
    const roster = new Map<string, PlatformUser>();
    for (const c of teamsChannels) {
      if (!c.serviceUrl) continue;
      const members = await new Client(c.serviceUrl, http).conversations.members(c.channelId).get();
      for (const m of members as Array<{ id: string; email?: string; userPrincipalName?: string }>) {
        for (const address of [m.email, m.userPrincipalName]) {
          if (address)
            roster.set(address.toLowerCase(), { platform: 'teams', workspace: c.workspace, userId: m.id });
        }
      }
    }
    lookups.push(async (email) => roster.get(email) ?? null);
  }
  return {
    async lookup(email) {
      const found = await Promise.all(lookups.map((l) => l(email)));
      return found.filter((u): u is PlatformUser => u !== null);
    },
  };
}

import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { SlackInstallations } from '../../src/installations/slack-installations.ts';
import type { HomeWorkspace } from './workspace-tokens.ts';

/**
 * Bolt's installation store over Schakel's table of installations (tokens sealed there).
 * Bolt stores what the OAuth flow returned and fetches it again to answer each workspace's
 * requests with that workspace's token.
 */
export function installationStore(
  installations: SlackInstallations,
  home: () => Promise<HomeWorkspace | undefined> = async () => undefined,
): InstallationStore {
  return {
    async storeInstallation(installation) {
      const bot = installation.bot;
      if (!bot?.token) throw new Error('Slack gave no bot token: the app must ask for bot scopes');
      await installations.save({
        teamId: installation.team?.id,
        enterpriseId: installation.enterprise?.id,
        isEnterpriseInstall: installation.isEnterpriseInstall === true,
        botToken: bot.token,
        botUserId: bot.userId ?? null,
        botScopes: bot.scopes ?? [],
        installerUserId: installation.user?.id ?? null,
        record: installation,
      });
    },

    async fetchInstallation(query: InstallationQuery<boolean>) {
      const found = (await installations.find(query)) as Installation | undefined;
      if (found) return found;
      // The workspace of SLACK_BOT_TOKEN, installed from the app settings rather than the install page.
      const h = query.isEnterpriseInstall ? undefined : await home();
      if (h && h.teamId === query.teamId) return homeInstallation(h);
      throw new Error(
        `Schakel is niet geïnstalleerd in Slack-werkruimte ${query.teamId ?? query.enterpriseId}`,
      );
    },

    async deleteInstallation(query: InstallationQuery<boolean>) {
      await installations.remove(query);
    },
  };
}

function homeInstallation(h: HomeWorkspace): Installation<'v2', false> {
  return {
    team: { id: h.teamId },
    enterprise: undefined,
    user: { id: '', token: undefined, scopes: undefined },
    bot: { token: h.botToken, userId: h.botUserId, id: h.botId, scopes: [] },
    authVersion: 'v2',
    isEnterpriseInstall: false,
  };
}

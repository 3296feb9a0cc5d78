import type { RequestListener } from 'node:http';
import type { HTTPReceiverOptions } from '@slack/bolt';
import type { Config } from '../../src/config.ts';
import { SLACK_BOT_SCOPES } from '../../src/doctor/checks.ts';
import type { SlackInstallations } from '../../src/installations/slack-installations.ts';
import type { Route } from '../http/server.ts';
import { installationStore } from './installation-store.ts';
import { INSTALL_PATH, installFailed, installSucceeded, REDIRECT_PATH } from './oauth-pages.ts';
import { homeWorkspace } from './workspace-tokens.ts';

type OAuthOptions = Pick<
  HTTPReceiverOptions,
  'clientId' | 'clientSecret' | 'stateSecret' | 'installationStore' | 'scopes' | 'installerOptions'
>;

/**
 * Bolt's OAuth install flow on Schakel's own HTTP server: GET /slack/install sends the beheerder
 * to Slack (with a signed state, also kept in a cookie), GET /slack/oauth_redirect takes Slack's
 * answer, exchanges the code (oauth.v2.access) and stores the installation, token sealed.
 */
export function slackOAuthOptions(
  settings: NonNullable<Config['slack']>,
  oauth: NonNullable<NonNullable<Config['slack']>['oauth']>,
  installations: SlackInstallations,
): OAuthOptions {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    installationStore: installationStore(installations, homeWorkspace(settings)),
    // The scopes the manifest asks for; a test keeps this list equal to manifest/slack/manifest.yml.
    scopes: [...SLACK_BOT_SCOPES],
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      // Straight on to Slack: the install page is Slack's own consent screen.
      directInstall: true,
      // Slack's authorize page beside its Web API (GovSlack has its own host; tests a stand-in).
      authorizationUrl: new URL('../oauth/v2/authorize', settings.apiUrl).toString(),
      clientOptions: { slackApiUrl: settings.apiUrl },
      callbackOptions: { success: installSucceeded, failure: installFailed },
    },
  };
}

export function slackOAuthRoutes(listener: RequestListener): Route[] {
  // Bolt's installer answers GET only; a HEAD it would log with its address, the OAuth code in it.
  return [
    { method: 'GET', path: INSTALL_PATH, name: 'slack_install', handler: listener, head: false },
    { method: 'GET', path: REDIRECT_PATH, name: 'slack_oauth_redirect', handler: listener, head: false },
  ];
}

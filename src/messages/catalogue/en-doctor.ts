import { count } from './counting.ts';
import type { nlDoctor } from './nl-doctor.ts';

/** What `schakel doctor` says under `--en`; the keys are the Dutch ones (nl-doctor.ts). */
export const enDoctor: typeof nlDoctor = {
  configRead: (env) => `Configuration read (${env})`,
  databaseReached: 'Database reachable',
  databaseReachedKind: (postgres) => `Database reachable (${postgres ? 'PostgreSQL' : 'embedded'})`,
  databaseReachedIn: (dir) => `Database reachable (embedded, in the folder ${dir})`,
  migrationsApplied: 'All database migrations have been applied',
  migrationsPending: (names) => `Database migrations not applied yet: ${names}`,
  fixMigrations: 'Run npx schakel migrate (or start Schakel: that does it too).',
  slackToken: 'Slack: the bot token works',
  slackScopesAll: 'Slack: the bot token works and has every permission',
  slackScopesMissing: (scopes) => `Slack: permissions missing: ${scopes}`,
  fixSlackScopes:
    'Make the app again from manifest/slack/manifest.yml (or add the permissions) and install it again in the workspace.',
  fixNoPlatform: 'Set SLACK_BOT_TOKEN or TEAMS_CLIENT_ID (see .env.example).',
  slackOauthPublicUrl: 'Slack (several workspaces): PUBLIC_URL (the address of the installation page)',
  fixSlackOauthPublicUrl:
    'Set PUBLIC_URL to the https address of this server; after installing, Slack sends people back to PUBLIC_URL/slack/oauth_redirect.',
  teamsClientId: 'Teams: TEAMS_CLIENT_ID is the app id (GUID) of the Entra ID registration',
  fixTeamsClientId: 'Copy the "Application (client) ID" from Entra ID into TEAMS_CLIENT_ID.',
  teamsAppIdSet: 'Teams: TEAMS_APP_ID for the app package',
  teamsPublicUrl: 'Teams: PUBLIC_URL (the address Teams calls)',
  fixTeamsPublicUrl:
    'Set PUBLIC_URL to the https address of this server; the Azure Bot uses PUBLIC_URL/api/messages.',
  slackWorkspacesUnread: 'Slack (several workspaces): the installed workspaces could not be read',
  fixSlackWorkspacesUnread: 'Run npx schakel migrate and check the database.',
  slackNoWorkspace: (page) =>
    `Slack (several workspaces): no workspace has installed Schakel yet (via ${page})`,
  slackWorkspaces: (n) => `Slack (several workspaces): ${count(n, 'workspace', 'workspaces')} installed`,
  allWell: 'All is well.',
  toFix: (n) => `${count(n, 'point', 'points')} to fix.`,
  transactionPooler:
    'Database: a connection pooler (such as PgBouncer) in transaction pooling; Schakel prepares its busiest statements per connection (and sets its time limits on it), and here that connection changes with each transaction, so requests fail ("prepared statement … does not exist")',
  fixTransactionPooler:
    "Set pool_mode = session in PgBouncer for this database, or point DATABASE_URL straight at PostgreSQL (Schakel keeps a small pool of its own: DATABASE_POOL_MAX). max_prepared_statements (PgBouncer 1.21 and later) is not enough: the time limits per connection and the migrations' lock would still not hold (see README, Operations).",
  slackUnreachable: (reason) =>
    `Slack cannot be reached (${reason}). Check the internet connection and, if it goes through a proxy, the proxy setting; the token was not tested.`,
  slackRetrying: (reason) =>
    `Slack cannot be reached (${reason}); Slack will be tried again. Check the internet connection and, if it goes through a proxy, the proxy setting; "schakel doctor" says more.`,
  slackRefusedToken: (answer) =>
    `Slack answered: ${answer}. Copy the "Bot User OAuth Token" (xoxb-…) again into SLACK_BOT_TOKEN.`,
  noPlatformLocalChat: 'No Slack or Teams set: Schakel runs locally with the chat in the browser',
  noPlatformNoChat:
    'No Slack or Teams set and no local chat (it is off with DATABASE_URL): Schakel sends and receives no messages',
  noPlatformNoChatNote:
    'Set SLACK_BOT_TOKEN or TEAMS_CLIENT_ID (see .env.example and docs/install-slack.md or docs/install-teams.md); to try it first: LOCAL_CHAT=on.',
  teamsAppId: 'Teams: TEAMS_APP_ID is not set; only needed for the app package',
  teamsAppIdNote: 'Choose a GUID, put it in TEAMS_APP_ID and make the package with npm run package:teams.',
  teamsSkipAuth: 'Teams: TEAMS_SKIP_AUTH is on; Schakel does not check Teams requests',
  teamsSkipAuthNote:
    'For development only: whoever reaches /api/messages can pose as any member. Set TEAMS_SKIP_AUTH=false as soon as Teams is really used (in production Schakel refuses it).',
  teamsDeveloper:
    'Teams: SCHAKEL_PRIVACY_CONTROLLER is not set; the app package names that organisation with the app',
  teamsDeveloperNote:
    'Set SCHAKEL_PRIVACY_CONTROLLER to the name of your organisation (at most 32 characters); the privacy statement names it too.',
};

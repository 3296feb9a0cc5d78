/**
 * Everything the composition root needs from Teams, in one module it loads only when Teams is
 * configured (local mode configures it for the chat in the browser): @microsoft/teams.apps and its
 * dependencies are about 700 modules, which a Slack-only installation does not load.
 */
export { createTeamsAdapter } from './teams-app.ts';
export { teamsCommandReplier } from './teams-command-replier.ts';
export { teamsDirectNotifier } from './teams-direct-notifier.ts';
export { teamsNotifier } from './teams-notifier.ts';

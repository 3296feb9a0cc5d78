/**
 * Everything the composition root needs from Slack, in one module it loads only when Slack is
 * configured: @slack/bolt and its dependencies are about a second of start-up on a small machine,
 * which local mode and a Teams-only installation do not pay.
 */
export { createSlackAdapter } from './slack-app.ts';
export { slackCommandReplier } from './slack-command-replier.ts';
export { slackDirectNotifier } from './slack-direct-notifier.ts';
export { slackNotifier } from './slack-notifier.ts';
export { tokenResolver } from './workspace-tokens.ts';

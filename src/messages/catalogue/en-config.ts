import type { ConfigWords } from './nl-config.ts';

/** What Schakel says about its settings under `--en` (or LANG=en…); nl-config.ts has the Dutch. */
export const enConfig: ConfigWords = {
  error: (variable, problem) => `Configuration error: ${variable} ${problem}.`,
  given: (expectation, value) => `${expectation} (now: ${value})`,
  hidden: 'hidden',
  unknownVariable: 'unknown',
  invalid: 'is invalid',
  expects: {
    bool: 'expects true or false',
    port: 'expects a port number',
    wholePort: 'expects a whole port number',
    portRange: 'expects a port number from 0 to 65535',
    wholeNumber: (min, max, unit) =>
      `expects a whole number ${max === null ? `of at least ${min}` : `from ${min} to ${max}`}${unit === 'months' ? ' (months)' : unit === 'ms' ? ' (ms)' : ''}`,
    postgresUrl: 'expects a URL such as postgres://user@host:5432/database',
    text: 'expects a text',
    atMostCharacters: (max) => `expects at most ${max} characters`,
    oneLine: 'expects one line',
    httpUrl: 'expects a full URL (https://…)',
    nodeEnv: 'expects development, production or test',
    logLevel: 'expects fatal, error, warn, info, debug, trace or silent',
    timeZone: 'expects an IANA time zone such as Europe/Amsterdam',
    localChat: 'expects auto, on or off',
    botToken: 'expects a bot token that starts with xoxb-',
    appToken: 'expects an app token that starts with xapp-',
    stateSecret: 'expects at least 16 characters; make one with openssl rand -base64 32',
    encryptionKey:
      'expects a key of 32 bytes as base64 (openssl rand -base64 32) or as 64 hexadecimal characters',
    teamsAppId: 'expects the app id (GUID) from manifest/teams/manifest.json',
    tenantId:
      'expects the tenant id (a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47) of your Microsoft 365 organisation',
    cron: 'expects a cron expression such as "* * * * *" (every minute)',
  },
  slackClientIdMissing: 'is missing; it goes with SLACK_CLIENT_SECRET',
  slackClientSecretMissing:
    'is missing; it goes with SLACK_CLIENT_ID ("Basic Information" → "App Credentials")',
  socketModeWithOAuth:
    'cannot be combined with SLACK_CLIENT_ID: installing in several workspaces goes over HTTP; set SLACK_SOCKET_MODE=false',
  stateSecretMissing:
    'is missing; SLACK_CLIENT_ID needs a secret of its own for the install page (openssl rand -base64 32)',
  encryptionKeyMissing:
    'is missing; with SLACK_CLIENT_ID Schakel stores bot tokens encrypted: make a key of 32 bytes with openssl rand -base64 32',
  signingSecretMissing: 'is missing; without signatures Schakel accepts no Slack requests',
  appTokenMissing: 'is missing; Socket Mode needs an app token (xapp-…)',
  teamsSecretMissing: 'is missing; it goes with TEAMS_CLIENT_ID',
  tildeNotExpanded: (full) =>
    `starts with ~, but Schakel does not expand ~ (a shell does so only without quotes, a .env file never): write the full path, for example ${full}`,
  localChatWithPlatform:
    'cannot be on with Slack or Teams settings: in the local chat anyone plays any role and moves the clock',
  skipAuthInProduction: 'must not be on in production: Teams requests must be checked',
  localChatInProduction: 'must not be on in production: the local chat is unprotected',
  httpInProduction: (value) =>
    `expects an https address in production: Slack and Teams send nothing to http (now: ${value})`,
  noPlatformInProduction: 'or TEAMS_CLIENT_ID is needed in production: no platform is set',
  localChatPortIsPort: (port) =>
    `is the same port as PORT (${port}); the local chat needs a port of its own. Leave LOCAL_CHAT_PORT empty (then PORT+1) or choose another`,
  aiBaseUrlMissing: 'is missing; AI_SUMMARY=true needs an OpenAI-compatible URL',
  aiModelMissing: 'is missing; AI_SUMMARY=true needs a model or deployment name',
};

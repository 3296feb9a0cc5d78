/**
 * What Schakel says about its settings (src/config.ts, src/config-schema.ts,
 * src/config-slack-oauth.ts): one line naming the variable and what it expects. `--en` (or
 * LANG=en…) reads en-config.ts. Each `expects…` and each problem follows the variable's name.
 */
export const nlConfig = {
  /** The whole line: the variable, then what is wrong with it. */
  error: (variable: string, problem: string) => `Configuratiefout: ${variable} ${problem}.`,
  /** The value as it was given, after what was expected (secrets hidden). */
  given: (expectation: string, value: string) => `${expectation} (nu: ${value})`,
  hidden: 'verborgen',
  unknownVariable: 'onbekend',
  invalid: 'is ongeldig',
  expects: {
    bool: 'verwacht true of false',
    port: 'verwacht een poortnummer',
    wholePort: 'verwacht een geheel poortnummer',
    portRange: 'verwacht een poortnummer van 0 tot 65535',
    /** A whole number from `min` (to `max`, when there is one), in `unit` when given. */
    wholeNumber: (min: number, max: number | null, unit?: 'months' | 'ms') =>
      `verwacht een geheel getal ${max === null ? `van minstens ${min}` : `van ${min} tot en met ${max}`}${unit === 'months' ? ' (maanden)' : unit === 'ms' ? ' (ms)' : ''}`,
    postgresUrl: 'verwacht een URL als postgres://gebruiker@host:5432/database',
    text: 'verwacht een tekst',
    atMostCharacters: (max: number) => `verwacht hooguit ${max} tekens`,
    oneLine: 'verwacht één regel',
    httpUrl: 'verwacht een volledige URL (https://…)',
    nodeEnv: 'verwacht development, production of test',
    logLevel: 'verwacht fatal, error, warn, info, debug, trace of silent',
    timeZone: 'verwacht een IANA-tijdzone zoals Europe/Amsterdam',
    localChat: 'verwacht auto, on of off',
    botToken: 'verwacht een bot-token dat begint met xoxb-',
    appToken: 'verwacht een app-token dat begint met xapp-',
    stateSecret: 'verwacht minstens 16 tekens; maak er een met openssl rand -base64 32',
    encryptionKey:
      'verwacht een sleutel van 32 bytes als base64 (openssl rand -base64 32) of als 64 hexadecimale tekens',
    teamsAppId: 'verwacht de app-id (GUID) uit manifest/teams/manifest.json',
    tenantId:
      'verwacht de tenant-id (een GUID als 72f988bf-86f1-41af-91ab-2d7cd011db47) van uw Microsoft 365-organisatie',
    cron: 'verwacht een cron-uitdrukking zoals "* * * * *" (elke minuut)',
  },
  /** Settings that pass one by one but cannot work together. */
  slackClientIdMissing: 'ontbreekt; hoort bij SLACK_CLIENT_SECRET',
  slackClientSecretMissing: 'ontbreekt; hoort bij SLACK_CLIENT_ID ("Basic Information" → "App Credentials")',
  socketModeWithOAuth:
    'kan niet samen met SLACK_CLIENT_ID: installeren in meer werkruimtes gaat via HTTP; zet SLACK_SOCKET_MODE=false',
  stateSecretMissing:
    'ontbreekt; SLACK_CLIENT_ID heeft een eigen geheim voor de installatiepagina nodig (openssl rand -base64 32)',
  encryptionKeyMissing:
    'ontbreekt; met SLACK_CLIENT_ID bewaart Schakel bot-tokens versleuteld: maak een sleutel van 32 bytes met openssl rand -base64 32',
  signingSecretMissing: 'ontbreekt; zonder ondertekening neemt Schakel geen Slack-verzoeken aan',
  appTokenMissing: 'ontbreekt; Socket Mode heeft een app-token (xapp-…) nodig',
  teamsSecretMissing: 'ontbreekt; hoort bij TEAMS_CLIENT_ID',
  /** `SCHAKEL_DATA_DIR=~/…`: `full` is the path with the home folder written out. */
  tildeNotExpanded: (full: string) =>
    `begint met ~, maar Schakel vult ~ niet in (de shell doet dat alleen zonder aanhalingstekens, een .env-bestand nooit): schrijf het volledige pad, bijvoorbeeld ${full}`,
  localChatWithPlatform:
    'kan niet aan met Slack- of Teams-gegevens: in de lokale chat speelt iedereen elke rol en verzet de klok',
  skipAuthInProduction: 'mag in productie niet aan staan: Teams-verzoeken moeten worden gecontroleerd',
  localChatInProduction: 'mag in productie niet aan staan: de lokale chat is onbeveiligd',
  httpInProduction: (value: string) =>
    `verwacht in productie een https-adres: Slack en Teams sturen niets naar http (nu: ${value})`,
  noPlatformInProduction: 'of TEAMS_CLIENT_ID is nodig in productie: er is geen platform ingesteld',
  localChatPortIsPort: (port: number) =>
    `is dezelfde poort als PORT (${port}); de lokale chat heeft een eigen poort nodig. Laat LOCAL_CHAT_PORT leeg (dan PORT+1) of kies een andere`,
  aiBaseUrlMissing: 'ontbreekt; AI_SUMMARY=true heeft een OpenAI-compatibele URL nodig',
  aiModelMissing: 'ontbreekt; AI_SUMMARY=true heeft een model- of deploymentnaam nodig',
};

export type ConfigWords = typeof nlConfig;

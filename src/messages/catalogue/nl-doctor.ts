import { count } from './counting.ts';

/**
 * What `schakel doctor` says about each check (src/doctor/checks.ts, src/cli/commands/doctor.ts):
 * what was checked, and when it is wrong, what to do. `--en` reads en-doctor.ts.
 */
export const nlDoctor = {
  /** The first line: the configuration could be read, in which environment (development, production). */
  configRead: (env: string) => `Configuratie gelezen (${env})`,
  databaseReached: 'Database bereikbaar',
  databaseReachedKind: (postgres: boolean) =>
    `Database bereikbaar (${postgres ? 'PostgreSQL' : 'ingebouwd'})`,
  /** The embedded database, with the folder it was found in (an operator in the wrong folder sees it). */
  databaseReachedIn: (dir: string) => `Database bereikbaar (ingebouwd, in de map ${dir})`,
  migrationsApplied: 'Alle databasemigraties zijn toegepast',
  migrationsPending: (names: string) => `Databasemigraties nog niet toegepast: ${names}`,
  fixMigrations: 'Voer npx schakel migrate uit (of start Schakel: dat doet het ook).',
  slackToken: 'Slack: het bot-token werkt',
  slackScopesAll: 'Slack: het bot-token werkt en heeft alle rechten',
  slackScopesMissing: (scopes: string) => `Slack: rechten ontbreken: ${scopes}`,
  fixSlackScopes:
    'Maak de app opnieuw met manifest/slack/manifest.yml (of voeg de rechten toe) en installeer hem opnieuw in de werkruimte.',
  /** In production nothing to talk to Schakel with: a failure, not a note. */
  fixNoPlatform: 'Stel SLACK_BOT_TOKEN of TEAMS_CLIENT_ID in (zie .env.example).',
  slackOauthPublicUrl: 'Slack (meer werkruimtes): PUBLIC_URL (het adres van de installatiepagina)',
  fixSlackOauthPublicUrl:
    'Zet PUBLIC_URL op het https-adres van deze server; Slack stuurt na het installeren terug naar PUBLIC_URL/slack/oauth_redirect.',
  teamsClientId: 'Teams: TEAMS_CLIENT_ID is de app-id (GUID) van de Entra ID-registratie',
  fixTeamsClientId: 'Kopieer de "Application (client) ID" uit Entra ID naar TEAMS_CLIENT_ID.',
  teamsAppIdSet: 'Teams: TEAMS_APP_ID voor het app-pakket',
  teamsPublicUrl: 'Teams: PUBLIC_URL (het adres dat Teams aanroept)',
  fixTeamsPublicUrl:
    'Zet PUBLIC_URL op het https-adres van deze server; de Azure Bot gebruikt PUBLIC_URL/api/messages.',
  slackWorkspacesUnread: 'Slack (meer werkruimtes): de geïnstalleerde werkruimtes konden niet worden gelezen',
  fixSlackWorkspacesUnread: 'Voer npx schakel migrate uit en controleer de database.',
  /** `page`: the installation page's address. */
  slackNoWorkspace: (page: string) =>
    `Slack (meer werkruimtes): nog geen werkruimte heeft Schakel geïnstalleerd (via ${page})`,
  slackWorkspaces: (n: number) =>
    `Slack (meer werkruimtes): ${count(n, 'werkruimte', 'werkruimtes')} geïnstalleerd`,
  /** The last line. */
  allWell: 'Alles in orde.',
  toFix: (n: number) => `${count(n, 'punt', 'punten')} om op te lossen.`,
  /** src/store/pooler-probe.ts found server connections shared between transactions. */
  transactionPooler:
    'Database: een verbindingspooler (zoals PgBouncer) in transaction pooling; Schakel bereidt zijn drukste opdrachten voor per verbinding (en zet er de tijdslimieten op), en die verbinding wisselt hier per transactie, dus verzoeken mislukken ("prepared statement … does not exist")',
  fixTransactionPooler:
    'Zet in PgBouncer voor deze database pool_mode = session, of laat DATABASE_URL direct naar PostgreSQL wijzen (Schakel houdt zelf een kleine pool: DATABASE_POOL_MAX). max_prepared_statements (PgBouncer 1.21 en later) is niet genoeg: de tijdslimieten per verbinding en het slot van de migraties gelden dan nog steeds niet (zie README, Operations).',
  slackUnreachable: (reason: string) =>
    `Slack is niet bereikbaar (${reason}). Controleer de internetverbinding en, als die via een proxy loopt, de proxy-instelling; het token is niet getest.`,
  /** `schakel start`'s log while Slack's SDK tries again: the reason in the words doctor uses. */
  slackRetrying: (reason: string) =>
    `Slack is niet bereikbaar (${reason}); Slack wordt opnieuw geprobeerd. Controleer de internetverbinding en, als die via een proxy loopt, de proxy-instelling; "schakel doctor" zegt meer.`,
  slackRefusedToken: (answer: string) =>
    `Slack antwoordde: ${answer}. Kopieer het "Bot User OAuth Token" (xoxb-…) opnieuw naar SLACK_BOT_TOKEN.`,
  noPlatformLocalChat: 'Geen Slack of Teams ingesteld: Schakel draait lokaal met de chat in de browser',
  noPlatformNoChat:
    'Geen Slack of Teams ingesteld en geen lokale chat (die staat uit bij DATABASE_URL): Schakel stuurt en ontvangt geen berichten',
  noPlatformNoChatNote:
    'Stel SLACK_BOT_TOKEN of TEAMS_CLIENT_ID in (zie .env.example en docs/install-slack.md of docs/install-teams.md); om eerst te proberen: LOCAL_CHAT=on.',
  teamsAppId: 'Teams: TEAMS_APP_ID is niet ingesteld; alleen nodig voor het app-pakket',
  teamsAppIdNote: 'Kies een GUID, zet die in TEAMS_APP_ID en maak het pakket met npm run package:teams.',
  teamsSkipAuth: 'Teams: TEAMS_SKIP_AUTH staat aan; Schakel controleert Teams-verzoeken niet',
  teamsSkipAuthNote:
    'Alleen voor ontwikkeling: iedereen die /api/messages bereikt, kan zich als elk lid voordoen. Zet TEAMS_SKIP_AUTH=false zodra Teams echt gebruikt wordt (in productie weigert Schakel het).',
  teamsDeveloper:
    'Teams: SCHAKEL_PRIVACY_CONTROLLER is niet ingesteld; het app-pakket noemt die organisatie bij de app',
  teamsDeveloperNote:
    'Zet SCHAKEL_PRIVACY_CONTROLLER op de naam van je organisatie (ten hoogste 32 tekens); de privacyverklaring noemt haar ook.',
};

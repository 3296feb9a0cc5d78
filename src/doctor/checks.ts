import type { Config } from '../config.ts';
import { words } from '../messages/catalogue/words.ts';

const nl = words('nl').cli.doctor;

/** What Schakel's Slack app must be allowed to do (manifest/slack/manifest.yml; a test keeps them equal). */
export const SLACK_BOT_SCOPES = [
  'commands',
  'chat:write',
  'im:history',
  'im:write',
  'channels:history',
  'groups:history',
  'users:read.email',
  'users:read',
  'files:write',
] as const;

export interface CheckResult {
  readonly ok: boolean;
  /** What was checked, in plain Dutch. */
  readonly what: string;
  /** When not ok: what is wrong and how to fix it; with `note`, what to do later. */
  readonly fix?: string;
  /** Not a failure, but worth knowing (shown with ℹ). */
  readonly note?: boolean;
}

/** The platform checks, given by the adapters (src/ knows no platform SDK). */
export interface PlatformProbes {
  /** The scopes the Slack bot token has, or an error in words. */
  /** `cause`: Slack could not be asked (no answer); without it, Slack's own answer ("invalid_auth"). */
  slackScopes?(
    settings: NonNullable<Config['slack']>,
  ): Promise<{ scopes: string[] } | { error: string; cause?: unknown }>;
}

export function missingSlackScopes(granted: readonly string[]): string[] {
  return SLACK_BOT_SCOPES.filter((s) => !granted.includes(s));
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks that need nothing but the configuration. */
export function configurationChecks(config: Config, env: Record<string, string | undefined>): CheckResult[] {
  const out: CheckResult[] = [{ ok: true, what: `Configuratie gelezen (${config.env})` }];
  if (!config.slack && !env.TEAMS_CLIENT_ID) {
    if (config.env === 'production') {
      out.push({
        ok: false,
        what: nl.noPlatformNoChat,
        fix: 'Stel SLACK_BOT_TOKEN of TEAMS_CLIENT_ID in (zie .env.example).',
      });
    } else if (config.localChat.enabled) {
      out.push({ ok: true, what: nl.noPlatformLocalChat });
    } else {
      // With DATABASE_URL the local chat stays off (LOCAL_CHAT=auto): nothing would talk to Schakel.
      out.push({ ok: true, note: true, what: nl.noPlatformNoChat, fix: nl.noPlatformNoChatNote });
    }
  }
  if (config.slack?.oauth && !config.publicUrl) {
    out.push({
      ok: false,
      what: 'Slack (meer werkruimtes): PUBLIC_URL (het adres van de installatiepagina)',
      fix: 'Zet PUBLIC_URL op het https-adres van deze server; Slack stuurt na het installeren terug naar PUBLIC_URL/slack/oauth_redirect.',
    });
  }
  if (env.TEAMS_CLIENT_ID) {
    const idOk = GUID.test(env.TEAMS_CLIENT_ID);
    out.push({
      ok: idOk,
      what: 'Teams: TEAMS_CLIENT_ID is de app-id (GUID) van de Entra ID-registratie',
      ...(idOk ? {} : { fix: 'Kopieer de "Application (client) ID" uit Entra ID naar TEAMS_CLIENT_ID.' }),
    });
    // Only `npm run package:teams` needs it; a running server does not.
    if (env.TEAMS_APP_ID) out.push({ ok: true, what: 'Teams: TEAMS_APP_ID voor het app-pakket' });
    else out.push({ ok: true, note: true, what: nl.teamsAppId, fix: nl.teamsAppIdNote });
    if (!env.SCHAKEL_PRIVACY_CONTROLLER?.trim()) {
      out.push({ ok: true, note: true, what: nl.teamsDeveloper, fix: nl.teamsDeveloperNote });
    }
    if (!config.publicUrl) {
      out.push({
        ok: false,
        what: 'Teams: PUBLIC_URL (het adres dat Teams aanroept)',
        fix: 'Zet PUBLIC_URL op het https-adres van deze server; de Azure Bot gebruikt PUBLIC_URL/api/messages.',
      });
    }
  }
  return out;
}

/** With many workspaces there is no one token to test: say how many workspaces installed Schakel. */
export function slackWorkspacesCheck(count: number | undefined, publicUrl: string | undefined): CheckResult {
  if (count === undefined) {
    return {
      ok: false,
      what: 'Slack (meer werkruimtes): de geïnstalleerde werkruimtes konden niet worden gelezen',
      fix: 'Voer npx schakel migrate uit en controleer de database.',
    };
  }
  const page = `${publicUrl ?? 'https://HOST'}/slack/install`;
  return count === 0
    ? {
        ok: true,
        what: `Slack (meer werkruimtes): nog geen werkruimte heeft Schakel geïnstalleerd (via ${page})`,
      }
    : {
        ok: true,
        what: `Slack (meer werkruimtes): ${count} werkruimte${count === 1 ? '' : 's'} geïnstalleerd`,
      };
}

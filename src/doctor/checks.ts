import type { Config } from '../config.ts';
import { words } from '../messages/catalogue/words.ts';
import type { Locale } from '../messages/locale.ts';

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
  /** What was checked, in plain words (the catalogue's cli.doctor). */
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
export function configurationChecks(
  config: Config,
  env: Record<string, string | undefined>,
  locale: Locale = 'nl',
): CheckResult[] {
  const said = words(locale).cli.doctor;
  const out: CheckResult[] = [{ ok: true, what: said.configRead(config.env) }];
  if (!config.slack && !env.TEAMS_CLIENT_ID) {
    if (config.env === 'production') {
      out.push({
        ok: false,
        what: said.noPlatformNoChat,
        fix: said.fixNoPlatform,
      });
    } else if (config.localChat.enabled) {
      out.push({ ok: true, what: said.noPlatformLocalChat });
    } else {
      // With DATABASE_URL the local chat stays off (LOCAL_CHAT=auto): nothing would talk to Schakel.
      out.push({ ok: true, note: true, what: said.noPlatformNoChat, fix: said.noPlatformNoChatNote });
    }
  }
  if (config.slack?.oauth && !config.publicUrl) {
    out.push({
      ok: false,
      what: said.slackOauthPublicUrl,
      fix: said.fixSlackOauthPublicUrl,
    });
  }
  if (config.teams?.skipAuth && !config.teams.localChatOnly) {
    out.push({ ok: true, note: true, what: said.teamsSkipAuth, fix: said.teamsSkipAuthNote });
  }
  if (env.TEAMS_CLIENT_ID) {
    const idOk = GUID.test(env.TEAMS_CLIENT_ID);
    out.push({
      ok: idOk,
      what: said.teamsClientId,
      ...(idOk ? {} : { fix: said.fixTeamsClientId }),
    });
    // Only `npm run package:teams` needs it; a running server does not.
    if (env.TEAMS_APP_ID) out.push({ ok: true, what: said.teamsAppIdSet });
    else out.push({ ok: true, note: true, what: said.teamsAppId, fix: said.teamsAppIdNote });
    if (!env.SCHAKEL_PRIVACY_CONTROLLER?.trim()) {
      out.push({ ok: true, note: true, what: said.teamsDeveloper, fix: said.teamsDeveloperNote });
    }
    if (!config.publicUrl) {
      out.push({
        ok: false,
        what: said.teamsPublicUrl,
        fix: said.fixTeamsPublicUrl,
      });
    }
  }
  return out;
}

/** With many workspaces there is no one token to test: say how many workspaces installed Schakel. */
export function slackWorkspacesCheck(
  count: number | undefined,
  publicUrl: string | undefined,
  locale: Locale = 'nl',
): CheckResult {
  const said = words(locale).cli.doctor;
  if (count === undefined)
    return { ok: false, what: said.slackWorkspacesUnread, fix: said.fixSlackWorkspacesUnread };
  const page = `${publicUrl ?? 'https://HOST'}/slack/install`;
  return { ok: true, what: count === 0 ? said.slackNoWorkspace(page) : said.slackWorkspaces(count) };
}

import { homedir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, configError } from './config-error.ts';
import { envSchema, envSchemaIn } from './config-schema.ts';
import { type SlackOAuth, slackOAuth } from './config-slack-oauth.ts';
import type { ConfigWords } from './messages/catalogue/nl-config.ts';
import { words } from './messages/catalogue/words.ts';
import type { Locale } from './messages/locale.ts';

export { ConfigError };

/*
 * All configuration, read once at start from the environment. A wrong or
 * missing value stops start-up with one line naming the variable. The variables
 * themselves are parsed in config-schema.ts; here they are combined and checked together.
 */

export type Env = Record<string, string | undefined>;

/** Every variable Schakel reads; .env.example documents each (a test keeps them in step). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly publicUrl: string | undefined;
  readonly logLevel: string;
  readonly timeZone: string;
  readonly database:
    | { readonly kind: 'postgres'; readonly url: string; readonly poolMax: number }
    | { readonly kind: 'embedded'; readonly dataDir: string };
  readonly seedDemo: boolean;
  readonly localChat: { readonly enabled: boolean; readonly port: number };
  readonly slack:
    | {
        readonly signingSecret: string | undefined;
        /** Single workspace: the bot token. With `oauth` optional (each workspace brings its own). */
        readonly botToken: string | undefined;
        readonly appToken: string | undefined;
        readonly socketMode: boolean;
        readonly apiUrl: string;
        /** Installable in many workspaces (Slack's OAuth flow); tokens stored encrypted. */
        readonly oauth: SlackOAuth | undefined;
      }
    | undefined;
  /** Extra words for the client-data guard: organisation names to allow, care terms to catch. */
  readonly privacy: { readonly organisations: readonly string[]; readonly careTerms: readonly string[] };
  readonly scheduler: { readonly enabled: boolean; readonly cron: string; readonly leaseMs: number };
  /**
   * Who answers for members' data, named in the privacy statement (/privacy): the organisation
   * (verwerkingsverantwoordelijke) and how to reach it (an e-mail address, a web address or a
   * phone number). Unset, the statement sends a member to the projectleider of their region.
   */
  readonly privacyController: { readonly name: string | undefined; readonly contact: string | undefined };
  /** Free text older than this many months is deleted (bewaartermijn). */
  readonly retentionMonths: number;
  /** The optional summary by a language model (OpenAI-compatible endpoint); off by default. */
  readonly ai: {
    readonly enabled: boolean;
    readonly baseUrl: string | undefined;
    readonly model: string | undefined;
    readonly apiKey: string | undefined;
    readonly timeoutMs: number;
  };
  readonly teams:
    | {
        readonly clientId: string | undefined;
        readonly clientSecret: string | undefined;
        readonly tenantId: string | undefined;
        readonly skipAuth: boolean;
        /** Only the local chat talks to /api/messages: no credentials, and TEAMS_SKIP_AUTH not asked for. */
        readonly localChatOnly: boolean;
      }
    | undefined;
}

// Never echoed in an error: these end up in logs. A token of the wrong kind (a user token pasted
// as the bot token) is as secret as the right one.
const SECRETS = new Set([
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
  'SCHAKEL_ENCRYPTION_KEY',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'TEAMS_CLIENT_SECRET',
  'AI_API_KEY',
]);

/**
 * A wrong value as the error repeats it: secrets hidden, a database URL without its password,
 * before the host or in the query string (`?password=`, as libpq and pg read it too).
 */
function echoed(variable: string, value: string | undefined, w: ConfigWords): string {
  if (SECRETS.has(variable)) return w.hidden;
  if (variable === 'DATABASE_URL' && value !== undefined) {
    // No scheme and no "//": not a URL mistyped but something else pasted, maybe the password.
    if (!/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.includes('//')) return w.hidden;
    return JSON.stringify(withoutPassword(value).replace(/([?&]password=)[^&#]*/gi, '$1***'));
  }
  return JSON.stringify(value);
}

/**
 * "postgres://schakel:geheim@host" → "postgres://schakel:***@host", also when the URL is mistyped
 * ("postgres//…"); "postgres://schakel@host" has no password and stays as given. The user
 * information ends at the last "@" (a password may hold one) and starts after "//" or the scheme.
 */
function withoutPassword(url: string): string {
  const at = url.lastIndexOf('@');
  if (at < 0) return url;
  const before = url.slice(0, at);
  const slashes = before.indexOf('//');
  const start = slashes >= 0 ? slashes + 2 : (/^[a-z][a-z0-9+.-]*:/i.exec(before)?.[0].length ?? 0);
  const colon = before.indexOf(':', start);
  return colon < 0 ? url : `${url.slice(0, colon)}:***${url.slice(at)}`;
}

/** The configuration; a wrong setting throws a ConfigError worded in `locale` (the catalogue's nl-config.ts). */
export function loadConfig(env: Env = process.env, locale: Locale = 'nl'): Config {
  const w = words(locale).cli.config;
  const fail = (variable: string, problem: string) => configError(w, variable, problem);
  // Empty strings from a copied .env.example mean "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchemaIn(w).safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? w.unknownVariable);
    throw fail(variable, w.given(issue?.message ?? w.invalid, echoed(variable, present[variable], w)));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';

  // `SCHAKEL_DATA_DIR=~/x` in .env (or quoted in the shell): nothing expands the ~, and the data
  // would land in a folder named "~" in the current folder.
  if (!e.DATABASE_URL && /^~(\/|$)/.test(e.SCHAKEL_DATA_DIR)) {
    throw fail('SCHAKEL_DATA_DIR', w.tildeNotExpanded(join(homedir(), e.SCHAKEL_DATA_DIR.slice(1))));
  }
  const oauth = slackOAuth(e, w);
  const slack =
    e.SLACK_BOT_TOKEN || oauth
      ? {
          signingSecret: e.SLACK_SIGNING_SECRET,
          botToken: e.SLACK_BOT_TOKEN,
          appToken: e.SLACK_APP_TOKEN,
          socketMode: e.SLACK_SOCKET_MODE,
          apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/`,
          oauth,
        }
      : undefined;
  if (slack && !slack.socketMode && !slack.signingSecret) {
    throw fail('SLACK_SIGNING_SECRET', w.signingSecretMissing);
  }
  if (slack?.socketMode && !slack.appToken) {
    throw fail('SLACK_APP_TOKEN', w.appTokenMissing);
  }

  const teamsCredentials = Boolean(e.TEAMS_CLIENT_ID);
  if (teamsCredentials && !e.TEAMS_CLIENT_SECRET) {
    throw fail('TEAMS_CLIENT_SECRET', w.teamsSecretMissing);
  }
  // Local mode: the browser chat lets anyone play any role and move the clock, so only on a
  // machine with no real platform behind it and never in production.
  const localOnly = !production && !slack && !teamsCredentials;
  if (e.LOCAL_CHAT === 'on' && !production && !localOnly) {
    throw fail('LOCAL_CHAT', w.localChatWithPlatform);
  }
  // Not of itself against a database of its own (DATABASE_URL): anyone at this machine could then
  // play any role on real data. LOCAL_CHAT=on still allows it, deliberately.
  const localChat = e.LOCAL_CHAT === 'on' || (e.LOCAL_CHAT === 'auto' && localOnly && !e.DATABASE_URL);

  if (production) {
    if (e.TEAMS_SKIP_AUTH) {
      throw fail('TEAMS_SKIP_AUTH', w.skipAuthInProduction);
    }
    if (localChat) {
      throw fail('LOCAL_CHAT', w.localChatInProduction);
    }
    if (e.PUBLIC_URL?.startsWith('http:')) {
      throw fail('PUBLIC_URL', w.httpInProduction(JSON.stringify(e.PUBLIC_URL)));
    }
    if (!slack && !teamsCredentials) {
      throw fail('SLACK_BOT_TOKEN', w.noPlatformInProduction);
    }
  }

  if (localChat && e.PORT !== 0 && e.LOCAL_CHAT_PORT === e.PORT) {
    throw fail('LOCAL_CHAT_PORT', w.localChatPortIsPort(e.PORT));
  }

  // Switched on without an endpoint it could only ever fall back: say so at start instead.
  if (e.AI_SUMMARY && !e.AI_BASE_URL) {
    throw fail('AI_BASE_URL', w.aiBaseUrlMissing);
  }
  if (e.AI_SUMMARY && !e.AI_MODEL) {
    throw fail('AI_MODEL', w.aiModelMissing);
  }

  const teams =
    teamsCredentials || localChat || e.TEAMS_SKIP_AUTH
      ? {
          clientId: e.TEAMS_CLIENT_ID,
          clientSecret: e.TEAMS_CLIENT_SECRET,
          tenantId: e.TEAMS_TENANT_ID,
          // Without credentials there is nothing to validate a token against: local use only.
          skipAuth: e.TEAMS_SKIP_AUTH || !teamsCredentials,
          localChatOnly: !teamsCredentials && !e.TEAMS_SKIP_AUTH,
        }
      : undefined;

  return deepFreeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    // In the local chat, links to the calendar feed and the digest files open on this machine.
    publicUrl: e.PUBLIC_URL ?? (localChat && e.PORT !== 0 ? `http://127.0.0.1:${e.PORT}` : undefined),
    logLevel: e.LOG_LEVEL,
    timeZone: e.SCHAKEL_TIMEZONE,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX }
      : { kind: 'embedded', dataDir: e.SCHAKEL_DATA_DIR },
    // Fictional regions belong in the embedded database of a trial: in a server's database only
    // when asked for by name.
    seedDemo: e.SCHAKEL_SEED_DEMO ?? (localChat && !e.DATABASE_URL),
    localChat: { enabled: localChat, port: e.LOCAL_CHAT_PORT ?? (e.PORT === 0 ? 0 : e.PORT + 1) },
    slack,
    teams,
    privacy: {
      organisations: list(e.SCHAKEL_PRIVACY_ORGANISATIONS),
      careTerms: list(e.SCHAKEL_PRIVACY_CARE_TERMS),
    },
    privacyController: { name: e.SCHAKEL_PRIVACY_CONTROLLER, contact: e.SCHAKEL_PRIVACY_CONTACT },
    retentionMonths: e.SCHAKEL_RETENTION_MONTHS,
    ai: {
      enabled: e.AI_SUMMARY,
      baseUrl: e.AI_BASE_URL,
      model: e.AI_MODEL,
      apiKey: e.AI_API_KEY,
      timeoutMs: e.AI_TIMEOUT_MS,
    },
    scheduler: {
      enabled: e.SCHAKEL_SCHEDULER,
      cron: e.SCHAKEL_TICK_CRON,
      leaseMs: e.SCHAKEL_DELIVERY_LEASE_MS,
    },
  } satisfies Config);
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

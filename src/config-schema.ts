import { validate } from 'node-cron';
import { z } from 'zod';
import { parseKey } from './crypto/secret-box.ts';
import { type ConfigWords, nlConfig } from './messages/catalogue/nl-config.ts';
import { DEFAULT_TIME_ZONE } from './schedule/local-time.ts';

/**
 * The environment variables Schakel reads, each parsed on its own: a wrong value is named with
 * what it expects, in the words given (the catalogue's, nl-config.ts: zod's own are English and
 * technical). How they combine is checked in config.ts.
 */
export function envSchemaIn(w: ConfigWords) {
  const expects = w.expects;
  const bool = z
    .enum(['true', 'false', '1', '0', 'yes', 'no', 'ja', 'nee'], { error: expects.bool })
    .transform((v) => ['true', '1', 'yes', 'ja'].includes(v));

  const port = z.coerce
    .number({ error: expects.port })
    .int(expects.wholePort)
    .min(0, expects.portRange)
    .max(65535, expects.portRange);

  /** A whole number of at least `min` (and at most `max`), one refusal for all: zod's own words are technical. */
  const wholeNumber = (min: number, max: number | null, unit?: 'months' | 'ms') => {
    const refusal = expects.wholeNumber(min, max, unit);
    const n = z.coerce.number({ error: refusal }).int(refusal).min(min, refusal);
    return max === null ? n : n.max(max, refusal);
  };

  const postgresUrl = z.string().refine(
    // Parsed as pg will parse it: a port above 65535 or a stray space fails here, not in doctor.
    (v) => /^postgres(ql)?:\/\/.+/.test(v) && URL.canParse(v),
    expects.postgresUrl,
  );

  /** One line of text a person reads (a name, an address), trimmed. */
  const shortText = (max: number) =>
    z
      .string()
      .trim()
      .min(1, expects.text)
      .max(max, expects.atMostCharacters(max))
      .refine((v) => !/[\r\n]/.test(v), expects.oneLine);

  // Only http and https: an ftp: or mailto: address passes z.url but no request can reach it.
  const httpUrl = z.url({ protocol: /^https?$/, error: expects.httpUrl });

  return z.object({
    NODE_ENV: z
      .enum(['development', 'production', 'test'], { error: expects.nodeEnv })
      .default('development'),
    PORT: port.default(3978),
    HOST: z.string().min(1).optional(),
    PUBLIC_URL: httpUrl.optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: expects.logLevel })
      .default('info'),
    SCHAKEL_TIMEZONE: z.string().refine(isTimeZone, expects.timeZone).default(DEFAULT_TIME_ZONE),
    DATABASE_URL: postgresUrl.optional(),
    DATABASE_POOL_MAX: wholeNumber(1, 100).default(10),
    SCHAKEL_DATA_DIR: z.string().min(1).default('./.schakel/data'),
    SCHAKEL_SEED_DEMO: bool.optional(),
    LOCAL_CHAT: z.enum(['auto', 'on', 'off'], { error: expects.localChat }).default('auto'),
    LOCAL_CHAT_PORT: port.optional(),
    SLACK_SIGNING_SECRET: z.string().min(1).optional(),
    SLACK_BOT_TOKEN: z
      .string()
      .refine((v) => v.startsWith('xoxb-'), expects.botToken)
      .optional(),
    SLACK_APP_TOKEN: z
      .string()
      .refine((v) => v.startsWith('xapp-'), expects.appToken)
      .optional(),
    SLACK_SOCKET_MODE: bool.default(false),
    SLACK_API_URL: httpUrl.default('https://slack.com/api/'),
    SLACK_CLIENT_ID: z.string().min(1).optional(),
    SLACK_CLIENT_SECRET: z.string().min(1).optional(),
    SLACK_STATE_SECRET: z.string().min(16, expects.stateSecret).optional(),
    SCHAKEL_ENCRYPTION_KEY: z
      .string()
      .refine((v) => parseKey(v) !== undefined, expects.encryptionKey)
      .optional(),
    TEAMS_APP_ID: z.uuid({ error: expects.teamsAppId }).optional(),
    TEAMS_CLIENT_ID: z.string().min(1).optional(),
    TEAMS_CLIENT_SECRET: z.string().min(1).optional(),
    // A GUID: the tenant of each request is compared with it, and requests name their tenant by GUID.
    TEAMS_TENANT_ID: z.guid({ error: expects.tenantId }).optional(),
    TEAMS_SKIP_AUTH: bool.default(false),
    SCHAKEL_PRIVACY_ORGANISATIONS: z.string().default(''),
    SCHAKEL_PRIVACY_CARE_TERMS: z.string().default(''),
    SCHAKEL_PRIVACY_CONTROLLER: shortText(200).optional(),
    SCHAKEL_PRIVACY_CONTACT: shortText(200).optional(),
    SCHAKEL_RETENTION_MONTHS: wholeNumber(1, 120, 'months').default(24),
    SCHAKEL_SCHEDULER: bool.default(true),
    SCHAKEL_TICK_CRON: z
      .string()
      .refine((v) => validate(v), expects.cron)
      .default('* * * * *'),
    SCHAKEL_DELIVERY_LEASE_MS: wholeNumber(1000, null, 'ms').default(60_000),
    AI_SUMMARY: bool.default(false),
    AI_BASE_URL: httpUrl.optional(),
    AI_MODEL: z.string().min(1).optional(),
    AI_API_KEY: z.string().min(1).optional(),
    AI_TIMEOUT_MS: wholeNumber(1000, 300_000, 'ms').default(20_000),
  });
}

/** The schema in the default words: for the variables' names and defaults. */
export const envSchema = envSchemaIn(nlConfig);

export type EnvValues = z.infer<typeof envSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('nl-NL', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

import { validate } from 'node-cron';
import { z } from 'zod';
import { parseKey } from './crypto/secret-box.ts';
import { DEFAULT_TIME_ZONE } from './schedule/local-time.ts';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'ja', 'nee'], {
    error: 'verwacht true of false',
  })
  .transform((v) => ['true', '1', 'yes', 'ja'].includes(v));

const port = z.coerce
  .number({ error: 'verwacht een poortnummer' })
  .int('verwacht een geheel poortnummer')
  .min(0, 'verwacht een poortnummer van 0 tot 65535')
  .max(65535, 'verwacht een poortnummer van 0 tot 65535');

/** A whole number of at least `min` (and at most `max`), every refusal in Dutch: zod's own words are English. */
const wholeNumber = (min: number, max: number | null, unit = '') => {
  const expects = `verwacht een geheel getal ${max === null ? `van minstens ${min}` : `van ${min} tot en met ${max}`}${unit}`;
  const n = z.coerce.number({ error: expects }).int(expects).min(min, expects);
  return max === null ? n : n.max(max, expects);
};

const postgresUrl = z.string().refine(
  // Parsed as pg will parse it: a port above 65535 or a stray space fails here, not in doctor.
  (v) => /^postgres(ql)?:\/\/.+/.test(v) && URL.canParse(v),
  'verwacht een URL als postgres://gebruiker@host:5432/database',
);

/** One line of text a person reads (a name, an address), trimmed, in Dutch when refused. */
const shortText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'verwacht een tekst')
    .max(max, `verwacht hooguit ${max} tekens`)
    .refine((v) => !/[\r\n]/.test(v), 'verwacht één regel');

// Only http and https: an ftp: or mailto: address passes z.url but no request can reach it.
const httpUrl = z.url({ protocol: /^https?$/, error: 'verwacht een volledige URL (https://…)' });

/**
 * The environment variables Schakel reads, each parsed on its own: a wrong value is named with
 * what it expects (in Dutch). How they combine is checked in config.ts.
 */
export const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'verwacht development, production of test' })
    .default('development'),
  PORT: port.default(3978),
  HOST: z.string().min(1).optional(),
  PUBLIC_URL: httpUrl.optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'verwacht fatal, error, warn, info, debug, trace of silent',
    })
    .default('info'),
  SCHAKEL_TIMEZONE: z
    .string()
    .refine(isTimeZone, 'verwacht een IANA-tijdzone zoals Europe/Amsterdam')
    .default(DEFAULT_TIME_ZONE),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_MAX: wholeNumber(1, 100).default(10),
  SCHAKEL_DATA_DIR: z.string().min(1).default('./.schakel/data'),
  SCHAKEL_SEED_DEMO: bool.optional(),
  LOCAL_CHAT: z.enum(['auto', 'on', 'off'], { error: 'verwacht auto, on of off' }).default('auto'),
  LOCAL_CHAT_PORT: port.optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_BOT_TOKEN: z
    .string()
    .refine((v) => v.startsWith('xoxb-'), 'verwacht een bot-token dat begint met xoxb-')
    .optional(),
  SLACK_APP_TOKEN: z
    .string()
    .refine((v) => v.startsWith('xapp-'), 'verwacht een app-token dat begint met xapp-')
    .optional(),
  SLACK_SOCKET_MODE: bool.default(false),
  SLACK_API_URL: httpUrl.default('https://slack.com/api/'),
  SLACK_CLIENT_ID: z.string().min(1).optional(),
  SLACK_CLIENT_SECRET: z.string().min(1).optional(),
  SLACK_STATE_SECRET: z
    .string()
    .min(16, 'verwacht minstens 16 tekens; maak er een met openssl rand -base64 32')
    .optional(),
  SCHAKEL_ENCRYPTION_KEY: z
    .string()
    .refine(
      (v) => parseKey(v) !== undefined,
      'verwacht een sleutel van 32 bytes als base64 (openssl rand -base64 32) of als 64 hexadecimale tekens',
    )
    .optional(),
  TEAMS_APP_ID: z.uuid({ error: 'verwacht de app-id (GUID) uit manifest/teams/manifest.json' }).optional(),
  TEAMS_CLIENT_ID: z.string().min(1).optional(),
  TEAMS_CLIENT_SECRET: z.string().min(1).optional(),
  // A GUID: the tenant of each request is compared with it, and requests name their tenant by GUID.
  TEAMS_TENANT_ID: z
    .guid({
      error:
        'verwacht de tenant-id (een GUID als 72f988bf-86f1-41af-91ab-2d7cd011db47) van uw Microsoft 365-organisatie',
    })
    .optional(),
  TEAMS_SKIP_AUTH: bool.default(false),
  SCHAKEL_PRIVACY_ORGANISATIONS: z.string().default(''),
  SCHAKEL_PRIVACY_CARE_TERMS: z.string().default(''),
  SCHAKEL_PRIVACY_CONTROLLER: shortText(200).optional(),
  SCHAKEL_PRIVACY_CONTACT: shortText(200).optional(),
  SCHAKEL_RETENTION_MONTHS: wholeNumber(1, 120, ' (maanden)').default(24),
  SCHAKEL_SCHEDULER: bool.default(true),
  SCHAKEL_TICK_CRON: z
    .string()
    .refine((v) => validate(v), 'verwacht een cron-uitdrukking zoals "* * * * *" (elke minuut)')
    .default('* * * * *'),
  SCHAKEL_DELIVERY_LEASE_MS: wholeNumber(1000, null, ' (ms)').default(60_000),
  AI_SUMMARY: bool.default(false),
  AI_BASE_URL: httpUrl.optional(),
  AI_MODEL: z.string().min(1).optional(),
  AI_API_KEY: z.string().min(1).optional(),
  AI_TIMEOUT_MS: wholeNumber(1000, 300_000, ' (ms)').default(20_000),
});

export type EnvValues = z.infer<typeof envSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('nl-NL', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

import { Writable } from 'node:stream';
import pino, { type DestinationStream, type Logger } from 'pino';
import { SchakelError } from './domain/errors.ts';

export type { Logger };

const HIDDEN = '[verborgen]';

/**
 * The one list of what is secret, by name: used for the logger's structured fields and, in text
 * (the SDKs log strings: request bodies, URLs, headers), for `key=value`, `"key":"value"` and
 * `key: value` forms. Values known from the configuration are hidden wherever they appear.
 */
export const SECRET_KEYS = [
  'client_secret',
  'clientSecret',
  'signing_secret',
  'signingSecret',
  'state_secret',
  'stateSecret',
  'encryption_key',
  'encryptionKey',
  'token',
  'access_token',
  'bot_token',
  'botToken',
  'app_token',
  'appToken',
  'refresh_token',
  'id_token',
  'code',
  'password',
  'authorization',
  'apiKey',
  'api_key',
] as const;

// Tokens whose form gives them away, wherever they appear.
const SECRET_SHAPES = [
  /xox[abeoprs]-[A-Za-z0-9-]+/g, // Slack tokens
  /xapp-[A-Za-z0-9-]+/g,
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi,
  /\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g, // JWTs
];
// `key=value`, `"key":"value"`, `key: value` (also inside escaped JSON); the key must stand alone.
const KEYED = new RegExp(
  `(^|[^A-Za-z0-9_])(${SECRET_KEYS.join('|')})(\\\\?["']?\\s*[:=]\\s*\\\\?["']?)([^"'\\\\&\\s,;}]+)`,
  'gi',
);

/** Hides every secret the list and the known values name in a piece of text. */
export function redactSecrets(text: string, known: readonly string[] = []): string {
  let out = text;
  for (const value of known) if (value.length >= 6) out = out.split(value).join(HIDDEN);
  for (const shape of SECRET_SHAPES)
    out = out.replace(shape, (_m, scheme) =>
      typeof scheme === 'string' && /^(bearer|basic)$/i.test(scheme) ? `${scheme} ${HIDDEN}` : HIDDEN,
    );
  return out.replace(KEYED, (_m, before, key, sep) => `${before}${key}${sep}${HIDDEN}`);
}

/** Every line passes through redactSecrets before it is written: nothing reaches the output unscrubbed. */
class RedactingStream extends Writable {
  private readonly target: DestinationStream;
  private readonly known: readonly string[];
  constructor(target: DestinationStream, known: readonly string[]) {
    super();
    this.target = target;
    this.known = known;
  }
  override _write(chunk: Buffer | string, _enc: string, done: (err?: Error | null) => void): void {
    this.target.write(redactSecrets(chunk.toString(), this.known));
    done();
  }
}

/**
 * How an error is logged (`logger.error({ err }, '…')`): its type, code, message and stack, and the
 * same of its cause. Nothing else of it: a refusal's problems can quote what a member typed, and
 * an SDK's HTTP error carries the request it sent. A Schakel error (expected, worded for the
 * member) keeps only its type, code and stack frames, never its wording.
 */
export function errorFields(err: unknown, depth = 0): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: err === null ? 'null' : typeof err };
  const code = (err as { code?: unknown }).code;
  const frames = (err.stack ?? '').split('\n').slice(1).join('\n');
  const out: Record<string, unknown> =
    err instanceof SchakelError
      ? { type: err.name, code, stack: `${err.name} [${err.code}]\n${frames}` }
      : {
          type: err.name,
          ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
          message: err.message,
          stack: err.stack ?? err.message,
        };
  if (err.cause !== undefined && depth < 3) out.cause = errorFields(err.cause, depth + 1);
  return out;
}

/**
 * One structured logger, passed in. Member-typed text must never be logged:
 * callers log ids and counts, and the redaction below is a last line of defence.
 * Secrets never appear, at any level: fields named in SECRET_KEYS are hidden, and every line is
 * scrubbed of secret shapes and of the configured secret values (`secrets`).
 */
export function createLogger(
  level: string,
  destination?: DestinationStream,
  secrets: readonly string[] = [],
): Logger {
  const keys = [...SECRET_KEYS, 'headers.authorization'];
  return pino(
    {
      level,
      base: { app: 'schakel' },
      serializers: { err: errorFields },
      redact: {
        paths: [
          'text',
          '*.text',
          'body',
          '*.body',
          'answer',
          '*.answer',
          ...keys,
          ...SECRET_KEYS.map((k) => `*.${k}`),
        ],
        censor: HIDDEN,
      },
    },
    new RedactingStream(destination ?? pino.destination(1), secrets.filter(Boolean)),
  );
}

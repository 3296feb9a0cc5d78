import { Writable } from 'node:stream';
import pino, { type DestinationStream, type Logger } from 'pino';

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

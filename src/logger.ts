import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * One structured logger, passed in. Member-typed text must never be logged:
 * callers log ids and counts, and the redaction below is a last line of defence.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
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
          'token',
          '*.token',
          'headers.authorization',
        ],
        censor: '[verborgen]',
      },
    },
    destination ?? pino.destination(1),
  );
}

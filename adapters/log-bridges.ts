import type { ILogger } from '@microsoft/teams.common';
import type { Logger as SlackLogger, LogLevel as SlackLogLevel } from '@slack/bolt';
import type { Logger } from '../src/logger.ts';

// The SDKs log through our pino logger so that every line is structured and
// filtered by one level. SDK debug output can contain payloads: it stays at debug.

/** An Error among what an SDK logs goes out as `err` too, so its stack is kept (src/logger.ts). */
const errorOf = (msg: unknown[]) => {
  const err = msg.find((m) => m instanceof Error);
  return err ? { err } : {};
};

export function slackLogger(logger: Logger): SlackLogger {
  // A type-only import: the Teams bridge in this file must not load Bolt (SlackLogLevel.INFO is 'info').
  let level = 'info' as SlackLogLevel;
  const join = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ');
  return {
    // Bolt and its WebClient log several debug lines per request: joined only when kept.
    debug: (...msg) => {
      if (logger.isLevelEnabled('debug')) logger.debug(join(msg));
    },
    info: (...msg) => logger.info(join(msg)),
    warn: (...msg) => {
      // The WebClient's words when Slack does not answer at all (it retries by itself).
      if (msg[0] === 'http request failed') {
        const why = join(msg.slice(1)) || 'geen antwoord';
        logger.warn(
          errorOf(msg),
          `Slack is niet bereikbaar (${why}); Slack wordt opnieuw geprobeerd. Controleer de internetverbinding en, als die via een proxy loopt, de proxy-instelling; "schakel doctor" zegt meer.`,
        );
      } else logger.warn(errorOf(msg), join(msg));
    },
    error: (...msg) => logger.error(errorOf(msg), join(msg)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

/**
 * `expected`: SDK warnings and errors that say what the configuration intends (local mode accepts
 * requests without credentials) or a refusal we log ourselves (a token that is not valid, once, at
 * warn: anyone can send one): kept at debug; the operator is told in our own words.
 */
export function teamsLogger(logger: Logger, expected: readonly RegExp[] = []): ILogger {
  const join = (msg: unknown[]) =>
    msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : '[object]')).join(' ');
  const log = (l: Logger, level: 'warn' | 'error', msg: unknown[]) => {
    const text = join(msg);
    if (expected.some((e) => e.test(text))) l.debug(text);
    else l[level](errorOf(msg), text);
  };
  const make = (l: Logger): ILogger => ({
    debug: (...msg) => {
      if (l.isLevelEnabled('debug')) l.debug(join(msg));
    },
    trace: (...msg) => {
      if (l.isLevelEnabled('trace')) l.trace(join(msg));
    },
    info: (...msg) => l.info(join(msg)),
    warn: (...msg) => log(l, 'warn', msg),
    error: (...msg) => log(l, 'error', msg),
    log: (level, ...msg) =>
      level === 'warn' || level === 'error' ? log(l, level, msg) : l[level](join(msg)),
    child: (name) => make(l.child({ component: name })),
  });
  return make(logger);
}

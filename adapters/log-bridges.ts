import type { ILogger } from '@microsoft/teams.common';
import type { Logger as SlackLogger, LogLevel as SlackLogLevel } from '@slack/bolt';
import { networkReason } from '../src/cli/network-problems.ts';
import type { Logger } from '../src/logger.ts';
import { words } from '../src/messages/catalogue/words.ts';

// The SDKs log through our pino logger so that every line is structured and
// filtered by one level. Their debug and trace lines can carry whole payloads (Bolt logs the
// incoming body and its ack bodies, Slack's WebClient every request body and result): members'
// text and their inzage data. Those lines keep their first words only (withoutPayload).

/** Words that say an SDK line goes on to quote a payload. */
const PAYLOAD_WORDS = /\b(?:body|result|details|storedresponse|headers|payload|data)\b/i;

/**
 * An SDK's debug or trace line without what it quotes: a line that quotes JSON, or says it logs a
 * body, result or details, keeps its words before the first colon or bracket ("http request body
 * [inhoud weggelaten]"), so the log still shows what the SDK did, never what was sent.
 */
export function withoutPayload(line: string): string {
  if (!/[{["]/.test(line) && !PAYLOAD_WORDS.test(line)) return line;
  const head = line
    .split(/:\s|\s\(|[{["]/, 1)[0]!
    .trim()
    .slice(0, 80);
  return `${head} [inhoud weggelaten]`.trim();
}

/** An Error among what an SDK logs goes out as `err` too, so its stack is kept (src/logger.ts). */
const errorOf = (msg: unknown[]) => {
  const err = msg.find((m) => m instanceof Error);
  return err ? { err } : {};
};

/**
 * Why `apiUrl` cannot be reached, as doctor words it ("slack.com: die naam is onbekend"): the
 * WebClient passes on only "fetch failed", so one request of our own finds the cause. Null when
 * that request gets an answer (then the SDK's words stay).
 */
async function slackReason(apiUrl: string): Promise<string | null> {
  try {
    await fetch(apiUrl, { method: 'HEAD', signal: AbortSignal.timeout(10_000) });
    return null;
  } catch (err) {
    return networkReason(err, false);
  }
}

/** `apiUrl`: Slack's API (SLACK_API_URL), to say why it cannot be reached. */
export function slackLogger(logger: Logger, apiUrl?: string): SlackLogger {
  // A type-only import: the Teams bridge in this file must not load Bolt (SlackLogLevel.INFO is 'info').
  let level = 'info' as SlackLogLevel;
  const join = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ');
  // The WebClient retries by itself and reports each retry: one question to Slack at a time answers them all.
  let asking: Promise<string | null> | undefined;
  const whySlack = (url: string) => {
    asking ??= slackReason(url).finally(() => {
      asking = undefined;
    });
    return asking;
  };
  return {
    // Bolt and its WebClient log several debug lines per request: joined only when kept.
    debug: (...msg) => {
      if (logger.isLevelEnabled('debug')) logger.debug(withoutPayload(join(msg)));
    },
    info: (...msg) => logger.info(join(msg)),
    warn: (...msg) => {
      // The WebClient's words when Slack does not answer at all (it retries by itself).
      if (msg[0] === 'http request failed') {
        const sdk = join(msg.slice(1)) || 'geen antwoord';
        const say = (why: string) => logger.warn(errorOf(msg), words('nl').cli.doctor.slackRetrying(why));
        if (apiUrl === undefined) say(sdk);
        else void whySlack(apiUrl).then((why) => say(why ?? sdk));
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
      if (l.isLevelEnabled('debug')) l.debug(withoutPayload(join(msg)));
    },
    trace: (...msg) => {
      if (l.isLevelEnabled('trace')) l.trace(withoutPayload(join(msg)));
    },
    info: (...msg) => l.info(join(msg)),
    warn: (...msg) => log(l, 'warn', msg),
    error: (...msg) => log(l, 'error', msg),
    log: (level, ...msg) => {
      if (level === 'warn' || level === 'error') log(l, level, msg);
      else if (level === 'debug' || level === 'trace') l[level](withoutPayload(join(msg)));
      else l[level](join(msg));
    },
    child: (name) => make(l.child({ component: name })),
  });
  return make(logger);
}

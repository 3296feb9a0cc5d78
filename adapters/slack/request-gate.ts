import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ParsedUrlQuery, parse as parseQuery } from 'node:querystring';
import type { Clock } from '../../src/clock.ts';
import type { Logger } from '../../src/logger.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import type { Metrics } from '../../src/metrics.ts';
import type { Languages } from '../../src/ports/languages.ts';
import type { RequestClaims } from '../../src/ports/request-claims.ts';
import type { HandledRequests } from '../../src/store/handled-requests-repo.ts';
import { ReplayAnswers } from '../http/replay-answers.ts';
import { type RouteHandler, readBody, sendJson } from '../http/server.ts';
import type { GatedRequestHandler } from './gated-receiver.ts';
import type { AfterAcks } from './listeners/views/after-acks.ts';
import { wasNotCarriedOut } from './not-carried-out.ts';
import { slackBody } from './request-shape.ts';
import { slackActor } from './slack-locale.ts';

/** Slack signs every request with its time; more than five minutes off, either way, is refused. */
export const SLACK_TIMESTAMP_WINDOW_MS = 5 * 60_000;
/**
 * The largest body read. Slack's requests are small: a submitted check-in, the largest Schakel
 * gets, is about ten kilobytes (form and view); a modal at Slack's own limits stays well below this.
 */
export const SLACK_BODY_LIMIT = 512 * 1024;

/**
 * In front of Bolt's receiver: checks the signature and the time (against the clock, both ways),
 * refuses a body that is not a Slack request (400), and answers a replay or a retry without handing
 * it on (its event id, or else its signature, was already claimed). What passes goes to Bolt with
 * the body this gate parsed (gated-receiver.ts): Bolt neither reads the form again nor checks the
 * signature again, so nothing reaches it that this gate did not check.
 */
export function slackRequestGate(opts: {
  signingSecret: string;
  clock: Clock;
  handled: HandledRequests;
  bolt: GatedRequestHandler;
  logger: Logger;
  metrics: Metrics;
  /** The request's member is read while its key is claimed (one wait instead of two before the ack). */
  languages: Pick<Languages, 'request' | 'readAhead'>;
  /**
   * Counts each request from its arrival until its answer went out, so work held back for the
   * acks (the check-in's confirmation DMs) does not run while requests of the same burst are still
   * being read or claimed.
   */
  answering?: Pick<AfterAcks, 'begin'>;
  /**
   * Where a submitted check-in's replay key is handed on, to be claimed by the statement that
   * stores its answer (one round trip before the ack); without it every key is claimed here.
   */
  claims?: RequestClaims;
}): RouteHandler {
  const { logger, metrics, languages } = opts;
  const refuse = (reason: string) => metrics.refusedRequests.inc({ platform: 'slack', reason });
  const answers = new ReplayAnswers<SlackAnswer>();
  return (req, res) => {
    if (opts.answering) res.once('close', opts.answering.begin());
    return languages.request(() => gate(req, res));
  };
  async function gate(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req, SLACK_BODY_LIMIT).catch((err: { reason?: string }) => {
      // Too large (413), compressed (415) or cut off by its sender: counted by its reason, answered
      // by the server.
      if (err.reason) refuse(err.reason);
      throw err;
    });
    // Exactly as Bolt decides it: only this content type is read as a form.
    // Read once, here: a submitted check-in is about ten kilobytes of form.
    const params =
      req.headers['content-type'] === 'application/x-www-form-urlencoded' ? parseForm(raw) : null;
    // Slack's SSL check carries no signature: Bolt answers it, and gets nothing else that came
    // with it (Bolt checks no signature behind this gate, so a smuggled payload must not pass).
    if (params?.ssl_check === '1') return opts.bolt(req, res, { ssl_check: '1' });

    const now = opts.clock.now().getTime();
    const stamp = header(req, 'x-slack-request-timestamp');
    const signature = header(req, 'x-slack-signature');
    if (
      !stamp ||
      !/^\d{1,12}$/.test(stamp) ||
      Math.abs(now - Number(stamp) * 1000) > SLACK_TIMESTAMP_WINDOW_MS
    ) {
      refuse('timestamp');
      return sendJson(res, 401, { error: words('nl').web.slackStale });
    }
    if (!signature || !signatureMatches(opts.signingSecret, stamp, raw, signature)) {
      refuse('signature');
      return sendJson(res, 401, { error: words('nl').web.slackSignature });
    }
    const parsed = parse(raw, params);
    const body = slackBody.safeParse(parsed);
    if (!body.success) {
      refuse('malformed');
      logger.warn('ongeldig Slack-verzoek geweigerd (400)');
      return sendJson(res, 400, { error: words('nl').web.slackNotUnderstood });
    }
    // A retried event keeps its event id (with a new signature); anything else is known by its signature.
    const eventId = 'event_id' in body.data ? body.data.event_id : undefined;
    const key = eventId ? `event:${eventId}` : `sig:${signature}`;
    // Only read: nothing is carried out for a request before its key is claimed.
    // The member (for the language, then the form) is read in the claim's own statement.
    const actor = slackActor(body.data);
    const replayed = () => {
      metrics.replayedRequests.inc({ platform: 'slack' });
      // The retry header is not signed: only a small number is logged, never its text.
      logger.info(
        { retry: retryNumber(req) },
        'herhaald verzoek beantwoord zonder het opnieuw uit te voeren',
      );
    };
    if (opts.claims && opts.handled.defer && actor && claimedWithAnswer(body.data)) {
      // Claimed along with the stored answer (src/ports/request-claims.ts); a replay of a stored
      // answer gets the same empty acknowledgement, a refused one is refused again.
      opts.claims.defer(opts.handled.defer('slack', key, new Date(now), replayed));
      return opts.bolt(req, res, parsed as Record<string, unknown>);
    }
    const claim = opts.handled.claim('slack', key, new Date(now), actor);
    if (actor) languages.readAhead(actor, claim.member);
    if (!(await claim.claimed)) {
      replayed();
      // The answer the first got (a modal's update, a command's reply), or an empty acknowledgement.
      const first = answers.find(key, now);
      res.writeHead(first?.status ?? 200, first?.contentType ? { 'content-type': first.contentType } : {});
      res.end(first?.body ?? '');
      return;
    }
    rememberAnswer(res, (answer) => {
      if (!wasNotCarriedOut(res)) return answers.keep(key, answer, now);
      // Refused unheard (the token not authorized): its key is given up before the refusal goes
      // out, so Slack's retry is carried out instead of answered as a replay.
      return opts.handled
        .release('slack', key)
        .catch((err: unknown) => logger.warn({ err }, 'herhaalsleutel niet vrijgegeven'));
    });
    // The body as parsed (not zod's copy of it), as Bolt's own receiver would have read it.
    opts.bolt(req, res, parsed as Record<string, unknown>);
  }
}

/**
 * The forms whose key is claimed with the answer they store: the check-in (callback_id is the
 * form id), fifty members sending it at once, whose successful ack says nothing.
 */
function claimedWithAnswer(data: object): boolean {
  const body = data as { type?: unknown; view?: { callback_id?: unknown } };
  return body.type === 'view_submission' && body.view?.callback_id === 'checkin';
}

interface SlackAnswer {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly body: string;
}

/**
 * Notes what Bolt answers (status, type, body) as it goes out; when `keep` returns a promise, the
 * answer goes out once it settles.
 */
function rememberAnswer(res: ServerResponse, keep: (answer: SlackAnswer) => Promise<void> | void): void {
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    const body = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
    // Bolt names the type in writeHead, out of reach of getHeader: JSON is told by its first brace.
    const type = res.getHeader('content-type') ?? (body.startsWith('{') ? 'application/json' : undefined);
    const kept = keep({
      status: res.statusCode,
      contentType: typeof type === 'string' ? type : undefined,
      body,
    });
    if (!kept) return end(chunk, ...rest);
    void kept.then(() => end(chunk, ...rest));
    return res;
  }) as ServerResponse['end'];
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** Slack's `x-slack-retry-num` (1, 2, 3) as a number, or undefined for anything else. */
function retryNumber(req: IncomingMessage): number | undefined {
  const value = header(req, 'x-slack-retry-num');
  return value !== undefined && /^\d{1,2}$/.test(value) ? Number(value) : undefined;
}

function signatureMatches(secret: string, stamp: string, raw: string, signature: string): boolean {
  const expected = Buffer.from(
    `v0=${createHmac('sha256', secret).update(`v0:${stamp}:${raw}`).digest('hex')}`,
  );
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The form as querystring reads it. Slack's interactions are one field, `payload=<JSON>`: that is
 * decoded in one call (querystring walks the ten kilobytes character by character, and again to
 * unescape them); the same value, as querystring falls back to its own decoding only for a
 * malformed escape, and so does this.
 */
function parseForm(raw: string): ParsedUrlQuery {
  if (raw.startsWith('payload=') && !raw.includes('&')) {
    try {
      return { payload: decodeURIComponent(raw.slice(8).replaceAll('+', ' ')) };
    } catch {
      // A malformed escape: querystring decodes what it can.
    }
  }
  return parseQuery(raw);
}

/** The body as Bolt would read it: a form with a JSON `payload`, a plain form, or JSON. */
function parse(raw: string, params: ParsedUrlQuery | null): unknown {
  try {
    if (!params) return JSON.parse(raw);
    return typeof params.payload === 'string' ? JSON.parse(params.payload) : { ...params };
  } catch {
    return undefined;
  }
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ParsedUrlQuery, parse as parseQuery } from 'node:querystring';
import { z } from 'zod';
import type { Clock } from '../../src/clock.ts';
import type { Logger } from '../../src/logger.ts';
import type { Metrics } from '../../src/metrics.ts';
import type { Languages } from '../../src/ports/languages.ts';
import type { RequestClaims } from '../../src/ports/request-claims.ts';
import type { HandledRequests } from '../../src/store/handled-requests-repo.ts';
import { platformText } from '../http/platform-text.ts';
import { ReplayAnswers } from '../http/replay-answers.ts';
import { type RouteHandler, readBody, sendJson } from '../http/server.ts';
import type { GatedRequestHandler } from './gated-receiver.ts';
import type { AfterAcks } from './listeners/views/after-acks.ts';
import { slackActor } from './slack-locale.ts';

/** Slack signs every request with its time; more than five minutes off, either way, is refused. */
export const SLACK_TIMESTAMP_WINDOW_MS = 5 * 60_000;
/**
 * The largest body read. Slack's requests are small: a submitted check-in, the largest Schakel
 * gets, is about ten kilobytes (form and view); a modal at Slack's own limits stays well below this.
 */
export const SLACK_BODY_LIMIT = 512 * 1024;

// What Slack posts to the events endpoint. Anything else is refused before Bolt sees it, so no
// request Bolt cannot handle (`null`, a list, an unknown type, a field of another type than the
// one Bolt reads it as) reaches its receiver.
// Slack's own ids (T0…, U0…, E0…): a letter, then letters, digits or _, nothing a person typed.
const slackId = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{1,39}$/);
// The names Slack hands back as Schakel (or Slack) gave them: a callback id, an action or block
// id, a trigger, a type. Bolt matches listeners on them as text; a number or object there fails
// inside Bolt as a fault instead of being refused.
const name = platformText(3_000);
// Where Bolt answers a command or a button: an address, never text a person typed (which Bolt
// would otherwise fail to parse and log whole).
const responseUrl = z
  .url({ protocol: /^https?$/ })
  .max(2_000)
  .optional();
/** The interactions Slack posts (buttons, forms, shortcuts). */
export const SLACK_INTERACTIONS = [
  'block_actions',
  'block_suggestion',
  'view_submission',
  'view_closed',
  'shortcut',
  'message_action',
] as const;
// A modal as Bolt and the form listener read it: its ids, what Schakel gave it to carry, and what
// was filled in (block id → element id → its state). A submitted form always has its state;
// without it (or with a block that is no object) the listener would fail on it as a fault.
const view = z.looseObject({
  id: slackId.optional(),
  callback_id: name.optional(),
  private_metadata: name.optional(),
  hash: name.optional(),
  type: name.optional(),
  team_id: slackId.nullable().optional(),
  app_installed_team_id: slackId.nullable().optional(),
  state: z.looseObject({ values: z.record(z.string(), z.record(z.string(), z.looseObject({}))) }).optional(),
});
// The button (or menu) a member used: Slack sends exactly one, as an object naming it. Without
// a list of them Bolt's listeners fail on it (or none acks it and the request hangs to its 404).
const actions = z
  .array(z.looseObject({ action_id: name, block_id: name.optional(), type: name.optional() }))
  .min(1)
  .max(25);
// Interactions first: a submitted form, the request that waits for its ack, matches the first
// option instead of being tried against three that fail (and build their issues) first. The
// options are loose objects without transforms, so what passes is the same whichever matches.
const slackBody = z.union([
  z
    .looseObject({
      type: z.enum(SLACK_INTERACTIONS),
      team: z.looseObject({ id: slackId, enterprise_id: slackId.optional() }).nullable().optional(),
      user: z.looseObject({ id: slackId, team_id: slackId.optional() }),
      enterprise: z.looseObject({ id: slackId }).nullable().optional(),
      channel: z.looseObject({ id: slackId }).nullable().optional(),
      api_app_id: slackId.optional(),
      trigger_id: name.optional(),
      callback_id: name.optional(),
      is_enterprise_install: z.boolean().optional(),
      response_url: responseUrl,
      view: view.optional(),
      actions: actions.optional(),
    })
    // Bolt matches a form's listener by its callback_id, so a form always names one.
    .refine(
      (b) => !b.type.startsWith('view_') || (b.view?.callback_id !== undefined && b.view.state !== undefined),
    )
    .refine((b) => b.type !== 'block_actions' || b.actions !== undefined),
  // A command's form: every field once, as text (a field sent twice is a list, which the command
  // listener cannot read); the typed text is always there, empty when nothing was typed.
  z
    .object({
      command: z.string(),
      text: z.string(),
      team_id: slackId,
      user_id: slackId,
      channel_id: slackId.optional(),
      // Empty outside an Enterprise Grid.
      enterprise_id: slackId.or(z.literal('')).optional(),
      api_app_id: slackId.optional(),
      trigger_id: name.optional(),
      response_url: responseUrl,
    })
    .catchall(z.string()),
  z.looseObject({ type: z.literal('url_verification'), challenge: z.string() }),
  z.looseObject({
    type: z.literal('event_callback'),
    team_id: slackId.optional(),
    enterprise_id: slackId.nullable().optional(),
    api_app_id: slackId.optional(),
    // Kept as the replay key (handled_requests): Slack's id shape only, so no typed text is stored.
    event_id: slackId.optional(),
    authorizations: z
      .array(
        z.looseObject({
          team_id: slackId.nullable().optional(),
          enterprise_id: slackId.nullable().optional(),
        }),
      )
      .optional(),
    event: z.looseObject({
      type: name,
      // The member and the chat, as the events Schakel subscribes to (manifest/slack) name them.
      user: slackId.optional(),
      channel: slackId.optional(),
      channel_id: slackId.optional(),
      bot_id: slackId.optional(),
    }),
  }),
]);

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
    const raw = await readBody(req, SLACK_BODY_LIMIT);
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
      return sendJson(res, 401, { error: 'Verzoek is te oud of komt uit de toekomst' });
    }
    if (!signature || !signatureMatches(opts.signingSecret, stamp, raw, signature)) {
      refuse('signature');
      return sendJson(res, 401, { error: 'Ondertekening klopt niet' });
    }
    const parsed = parse(raw, params);
    const body = slackBody.safeParse(parsed);
    if (!body.success) {
      refuse('malformed');
      logger.warn('ongeldig Slack-verzoek geweigerd (400)');
      return sendJson(res, 400, { error: 'Dit is geen verzoek dat Schakel begrijpt' });
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
    rememberAnswer(res, (answer) => answers.keep(key, answer, now));
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

/** Notes what Bolt answers (status, type, body) as it goes out. */
function rememberAnswer(res: ServerResponse, keep: (answer: SlackAnswer) => void): void {
  const end = res.end.bind(res);
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    const body = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
    // Bolt names the type in writeHead, out of reach of getHeader: JSON is told by its first brace.
    const type = res.getHeader('content-type') ?? (body.startsWith('{') ? 'application/json' : undefined);
    keep({ status: res.statusCode, contentType: typeof type === 'string' ? type : undefined, body });
    return (end as (...args: unknown[]) => ServerResponse)(chunk, ...rest);
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

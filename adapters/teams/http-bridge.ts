import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import type { Logger } from '../../src/logger.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import type { Metrics } from '../../src/metrics.ts';
import type { RouteHandler } from '../http/server.ts';
import { answerFailure, readJson, sendJson } from '../http/server.ts';
import { type TeamsActivityEnvelope, teamsActivity } from './activity-schema.ts';
import type { LocalChatGate, LocalRefusal } from './local-chat-gate.ts';
import { replayableUntil } from './replays.ts';
import { tokenAcceptedUntil } from './token-check.ts';

/**
 * The largest activity body read. Teams' activities are a few kilobytes; the largest Schakel gets
 * (a submitted check-in card, its data and the card it came from) stays well below 100 kB.
 */
export const TEAMS_BODY_LIMIT = 256 * 1024;

export interface TeamsBridgeDeps {
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Local mode: only the local chat may post (local-chat-gate.ts). */
  readonly localChat?: LocalChatGate;
  /**
   * The one tenant Schakel serves (TEAMS_TENANT_ID; not `common` and the like): an activity naming
   * no tenant or another one is refused (403) before anything of it is handled or stored.
   */
  readonly tenantId?: string;
  /** A serviceUrl may be plain http (tests, development: a stand-in); otherwise https only. */
  readonly plainHttpServiceUrls?: boolean;
}

export type TokenCheck = (authorization: string | string[] | undefined) => Promise<boolean>;

/**
 * Lets the Teams SDK run inside our one HTTP server: it registers its routes
 * here, and our server calls them. The SDK keeps JWT validation and dispatch;
 * before it, a body that is not an activity is refused (400).
 */
export class TeamsHttpBridge implements IHttpServerAdapter {
  readonly handlers = new Map<string, HttpRouteHandler>();

  private readonly deps: TeamsBridgeDeps;
  private tokenValid: TokenCheck | undefined;

  constructor(deps: TeamsBridgeDeps) {
    this.deps = deps;
  }

  /**
   * Whether the Authorization header carries a valid token, checked before the body is read
   * (token-check.ts); without one (no credentials, TEAMS_SKIP_AUTH) the SDK decides alone.
   */
  checkTokensWith(check: TokenCheck | undefined): void {
    this.tokenValid = check;
  }

  registerRoute(_method: 'POST', path: string, handler: HttpRouteHandler): void {
    this.handlers.set(path, handler);
  }

  // Our server is already listening; the SDK's start and stop have nothing to do.
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  /** Whether Schakel may answer on this serviceUrl: https, or http where a stand-in is allowed. */
  private answersOn(serviceUrl: string | undefined): boolean {
    return (
      serviceUrl === undefined || this.deps.plainHttpServiceUrls === true || serviceUrl.startsWith('https:')
    );
  }

  routeHandler(path: string): RouteHandler {
    const { logger, metrics, localChat } = this.deps;
    const refuse = (reason: string) => metrics.refusedRequests.inc({ platform: 'teams', reason });
    /** Not from the local chat: one line by its reason (never the body), nothing carried out. */
    const refuseLocal = (req: IncomingMessage, res: ServerResponse, refusal: LocalRefusal) => {
      refuse('local');
      logger.warn(
        { reason: refusal.reason },
        `lokale modus: verzoek aan ${path} geweigerd (${refusal.status})`,
      );
      if (refusal.status === 401) res.setHeader('www-authenticate', 'Bearer');
      answerFailure(req, res, refusal.status, { error: words('nl').localChat.notFromThisPage });
    };
    const refuseToken = (reason: string | undefined) => {
      // No token, or one the Bot Framework did not sign: anyone can send these, so one line, no stack.
      refuse('auth');
      logger.warn({ reason }, 'Teams-verzoek geweigerd: geen geldig token (401)');
    };
    return async (req, res) => {
      const handler = this.handlers.get(path);
      if (!handler) return sendJson(res, 404, { error: words('nl').web.notFound });
      const refusal = localChat?.admit(req, path);
      if (refusal) return refuseLocal(req, res, refusal);
      // The token first: a body without a valid one is neither read nor parsed (and its
      // connection is closed after the answer, so the rest of it is not read as a request).
      if (this.tokenValid && !(await this.tokenValid(req.headers.authorization))) {
        refuseToken(undefined);
        return answerFailure(req, res, 401, { error: words('nl').web.teamsNoToken });
      }
      let body: unknown;
      try {
        body = await readJson(req, { limit: TEAMS_BODY_LIMIT });
      } catch (err) {
        // Not JSON (400), too large (413), compressed (415) or cut off by its sender: answered by
        // the server in Dutch.
        refuse((err as { reason?: string }).reason ?? 'json');
        throw err;
      }
      const activity = teamsActivity.safeParse(body);
      if (!activity.success || !this.answersOn(activity.data.serviceUrl)) {
        refuse('malformed');
        logger.warn('ongeldige Teams-activiteit geweigerd (400)');
        return sendJson(res, 400, { error: words('nl').web.teamsNotUnderstood });
      }
      if (localChat) {
        // Answered on the local connector only: never on a serviceUrl the request chose.
        const serviceUrl = localChat.serviceUrlFor(activity.data.serviceUrl);
        if (typeof serviceUrl !== 'string') return refuseLocal(req, res, serviceUrl);
        (body as { serviceUrl: string }).serviceUrl = serviceUrl;
      }
      normaliseTenants(activity.data, body as TeamsActivityEnvelope);
      if (this.deps.tenantId && !fromTenant(activity.data, this.deps.tenantId)) {
        // Anyone's bot can be made to post here with a valid token: refused quietly, stored nowhere.
        refuse('tenant');
        logger.info('Teams-activiteit uit een andere tenant geweigerd (403)');
        return sendJson(res, 403, { error: words('nl').web.teamsOtherTenant });
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter((e): e is [string, string | string[]] => e[1] !== undefined),
      );
      // Its key is kept for as long as its token would let the same activity in again.
      const until = this.tokenValid ? tokenAcceptedUntil(req.headers.authorization) : undefined;
      const out = await replayableUntil.run(until, () => handler({ body, headers }));
      if (out.status === 401) refuseToken((out.body as { error?: string } | undefined)?.error);
      // The handlers answer their own errors (teams-app.ts); this is the net below them.
      if (out.status >= 500) {
        metrics.handlerErrors.inc({ platform: 'teams' });
        return sendJson(res, 400, { error: words('nl').web.teamsFailed });
      }
      if (out.body === undefined) {
        res.writeHead(out.status);
        res.end();
      } else sendJson(res, out.status, out.body);
    };
  }
}

/** Whether every tenant the activity names is this one (and it names one). */
function fromTenant(activity: TeamsActivityEnvelope, tenantId: string): boolean {
  const named = [activity.conversation.tenantId, activity.channelData?.tenant?.id].filter(
    (t): t is string => t !== undefined,
  );
  const own = normalTenant(tenantId);
  return named.length > 0 && named.every((t) => t === own);
}

/** A tenant id as Schakel keeps it: a GUID, which Microsoft may write in either case, in lower case. */
export function normalTenant(tenant: string): string {
  return tenant.trim().toLowerCase();
}

/**
 * The tenant ids of the activity in lower case, trimmed, in what was checked and in the body the
 * SDK and every handler read: done here, once, so a member stored under one spelling is found
 * under any other (the member lookup compares exactly).
 */
function normaliseTenants(...activities: TeamsActivityEnvelope[]): void {
  for (const a of activities) {
    if (a.conversation.tenantId !== undefined)
      a.conversation.tenantId = normalTenant(a.conversation.tenantId);
    const tenant = a.channelData?.tenant;
    if (tenant?.id !== undefined) tenant.id = normalTenant(tenant.id);
  }
}

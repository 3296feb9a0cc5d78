import type { CloudEnvironment, TokenCredentials } from '@microsoft/teams.api';
import { App } from '@microsoft/teams.apps';
import type { Clock } from '../../src/clock.ts';
import type { Config } from '../../src/config.ts';
import type { Core } from '../../src/core.ts';
import type { Logger } from '../../src/logger.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import { errorMessage, isExpected } from '../../src/messages/errors.ts';
import { DEFAULT_LOCALE, withLocale } from '../../src/messages/locale.ts';
import { plainText } from '../../src/messages/model.ts';
import { knownKind, type Metrics } from '../../src/metrics.ts';
import type { HandledRequests } from '../../src/store/handled-requests-repo.ts';
import type { Route } from '../http/server.ts';
import { teamsLogger } from '../log-bridges.ts';
import { registerFileConsent } from './file-consent.ts';
import { registerRoundFormButtons } from './handlers/card-actions.ts';
import { registerDigestActions } from './handlers/digest-actions.ts';
import { registerFormSubmissions } from './handlers/form-submissions.ts';
import { registerInlineForm } from './handlers/inline-form.ts';
import { registerInstall } from './handlers/install.ts';
import { registerKlaarButton } from './handlers/klaar-button.ts';
import { registerMessageHandler } from './handlers/message.ts';
import { registerNoSignIn } from './handlers/no-sign-in.ts';
import { registerQuickInput } from './handlers/quick-input.ts';
import { registerTeamChannels } from './handlers/team-channels.ts';
import { registerUnknownButton } from './handlers/unknown-button.ts';
import { registerWerkgroepChoice } from './handlers/werkgroep-choice.ts';
import { registerWerkgroepSetup } from './handlers/werkgroep-setup.ts';
import { TeamsHttpBridge, type TokenCheck } from './http-bridge.ts';
import type { LocalChatGate } from './local-chat-gate.ts';
import { typedText } from './mention-text.ts';
import { privateAnswers } from './private-answers.ts';
import { answerOnce } from './replays.ts';
import { SigningKeys } from './signing-keys.ts';
import { refusedAsTooLarge } from './teams-notifier.ts';
import { type ActivityFrom, teamsUser } from './teams-user.ts';
import { tokenLooksValid } from './token-check.ts';

/** The activity types Teams sends a bot, as they are counted on /metrics. */
const TEAMS_KINDS = [
  'message',
  'invoke',
  'conversationUpdate',
  'installationUpdate',
  'messageReaction',
  'messageUpdate',
  'messageDelete',
  'event',
  'typing',
];

export const TEAMS_MESSAGES_PATH = '/api/messages';

/**
 * Where Teams' tokens are checked and where the bot's own token comes from. Production passes
 * nothing: the SDK's public cloud (or its CLOUD variable) and the client secret. Tests name an
 * identity endpoint of their own, so inbound tokens are validated as in production.
 */
export interface TeamsIdentity {
  readonly cloud?: CloudEnvironment;
  /** Makes the bot's own token instead of asking the cloud's login endpoint with the client secret. */
  readonly botToken?: TokenCredentials['token'];
}

export interface TeamsAdapter {
  readonly routes: Route[];
  readonly app: App;
  start(port: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Schakel asks no one to sign in, so the user token the SDK looks up for every incoming activity
 * (a round trip to the Bot Framework token service, seconds offline) is never needed: there is
 * none. The reply itself still goes out with the bot's own token.
 */
/** What the Teams SDK warns when it runs without credentials, as local mode means it to. */
const NO_CREDENTIALS = [/^No credentials configured/];
/** The SDK's lines (errors, with stacks) for a request whose token is refused: the bridge logs it once. */
const TOKEN_REFUSED = [
  /^JWT validation failed/,
  /^JWT verification failed/,
  /^Decoded token is not a valid object/,
  /^Custom validation failed/,
  /^Token validation failed/,
  // A key id the Bot Framework does not publish (anyone can write one); a failed key fetch stays an error.
  /^Failed to get signing key: Unable to find a signing key that matches/,
  /^inbound activity rejected .*missing Authorization header/,
];

class SchakelTeamsApp extends App {
  protected override async getUserToken(): Promise<string> {
    return '';
  }
}

export function createTeamsAdapter(
  settings: NonNullable<Config['teams']>,
  deps: {
    core: Core;
    logger: Logger;
    metrics: Metrics;
    handled: HandledRequests;
    requestClock: Clock;
    identity?: TeamsIdentity;
    /** NODE_ENV=production: a serviceUrl must be https. */
    production?: boolean;
    /** Where the HTTP server listens (config.host). */
    host?: string;
    /** Local mode: only the local chat may post to /api/messages, answered on its connector. */
    localChat?: LocalChatGate;
    /** How long an upload to OneDrive may take (file-consent.ts); tests name a short one. */
    uploadTimeoutMs?: number;
  },
): TeamsAdapter {
  const logger = deps.logger.child({ platform: 'teams' });
  const bridge = new TeamsHttpBridge({
    logger,
    metrics: deps.metrics,
    localChat: deps.localChat,
    tenantId: singleTenant(settings),
    // Production answers only on https; tests and development may name a stand-in on http.
    plainHttpServiceUrls: deps.production !== true,
  });
  // Local mode and TEAMS_SKIP_AUTH (never in production): the SDK's English warning left out. Said
  // in our words only when Teams is served (TEAMS_SKIP_AUTH): in local mode the local chat's own
  // start line says what runs.
  const withoutCredentials = settings.skipAuth && !settings.clientId;
  if (withoutCredentials && !settings.localChatOnly) {
    logger.info(words().cli.start.teamsWithoutCredentials);
  }
  // Local mode listening beyond this machine (HOST=0.0.0.0): /api/messages still takes only the
  // local chat (local-chat-gate.ts), but anyone who reaches the chat's page can play any member.
  if (settings.localChatOnly && deps.host && !isLoopback(deps.host)) {
    logger.warn({ host: deps.host }, words().cli.start.localModeOpen(deps.host));
  }
  const app = new SchakelTeamsApp({
    clientId: settings.clientId,
    clientSecret: deps.identity?.botToken ? undefined : settings.clientSecret,
    token: deps.identity?.botToken,
    tenantId: settings.tenantId,
    skipAuth: settings.skipAuth,
    cloud: deps.identity?.cloud,
    httpServerAdapter: bridge,
    messagingEndpoint: TEAMS_MESSAGES_PATH,
    logger: teamsLogger(logger, withoutCredentials ? [...NO_CREDENTIALS, ...TOKEN_REFUSED] : TOKEN_REFUSED),
  });
  bridge.checkTokensWith(tokenCheck(settings, app.cloud, logger));
  /** A failure: logged with its stack, counted, and answered in plain words (an invoke with a 400). */
  const answerFailure = async (err: unknown, type: string, send: (text: string) => Promise<unknown>) => {
    deps.metrics.handlerErrors.inc({ platform: 'teams' });
    // An answer Teams refused as too large (413) is refused again: one line with its size (never
    // the request, which holds the answer), and a sentence that does not ask to try again.
    const tooLarge = refusedAsTooLarge(err);
    if (tooLarge !== null)
      logger.warn({ status: 413, bytes: tooLarge }, 'Teams weigerde een antwoord als te groot');
    else if (!isExpected(err)) logger.error({ err, stack: (err as Error).stack }, 'Teams-activiteit mislukt');
    const text = tooLarge !== null ? words().longLists.tooLarge : plainText(errorMessage(err));
    if (type === 'invoke') return { status: 400, body: { error: text } };
    await send(text).catch(() => undefined);
    return undefined;
  };
  // A typed message without Schakel's own mention, every other mention kept as its name.
  app.use(({ activity, next }) => {
    if (activity.type === 'message' || activity.type === 'messageUpdate') {
      const text = typedText(activity);
      if (text !== undefined) activity.text = text;
    }
    return next();
  });
  // What fails before the handler's own catch below (the replay check, the language read: the
  // database) is answered too, in Dutch, never with silence or a 500 that Teams would resend.
  app.use(async ({ activity, next, send }) => {
    try {
      return await next();
    } catch (err) {
      return answerFailure(err, activity.type, send);
    }
  });
  // The member behind the activity is read (once: for the language and for the handler) while
  // its key is claimed, so a replay costs nothing more and the handler waits for one round trip
  // less. Only a read: nothing is carried out before the claim.
  app.use(({ activity, next }) =>
    deps.core.languages.request(async () => {
      if (activity.from?.id) deps.core.languages.readAhead(teamsUser(activity));
      return next();
    }),
  );
  // Every activity is handled in its member's language: Teams sends it with each one ("en-US").
  const localeOf = async (activity: ActivityFrom & { readonly locale?: string }) => {
    const user = activity.from?.id ? teamsUser(activity) : null;
    return user
      ? await deps.core.languages.localeFor(user, activity.locale).catch((err: unknown) => {
          logger.warn({ err }, 'taal van Teams-gebruiker onbekend; Nederlands');
          return DEFAULT_LOCALE;
        })
      : DEFAULT_LOCALE;
  };
  // A replay gets the first one's answer, or a fixed line in the member's language (asked only
  // once the replay is known, so a first delivery still asks after its claim).
  app.use(
    answerOnce({
      handled: deps.handled,
      clock: deps.requestClock,
      logger,
      metrics: deps.metrics,
      localeOf,
    }),
  );
  app.use(async ({ activity, next }) => withLocale(await localeOf(activity), () => next()));
  // A handler that threw: logged with its stack, counted, and answered in plain Dutch (an invoke
  // with a 400); never a 500 that Teams would resend.
  app.use(async ({ activity, next, send }) => {
    try {
      return await next();
    } catch (err) {
      return answerFailure(err, activity.type, send);
    }
  });
  app.use(async ({ activity, next }) => {
    deps.metrics.chatRequests.inc({ platform: 'teams', kind: knownKind(activity.type, TEAMS_KINDS) });
    return next();
  });
  registerNoSignIn(app);
  registerTeamChannels(app, deps.core.conversations, logger);
  const privately = privateAnswers(app, logger);
  registerMessageHandler(app, deps.core.textCommands, privately, logger, settings.localChatOnly);
  registerInstall(app, deps.core);
  registerRoundFormButtons(app, deps.core.forms, privately, logger);
  registerFormSubmissions(app, deps.core.forms, logger);
  registerQuickInput(app, deps.core.forms, logger, settings.localChatOnly);
  registerInlineForm(app, deps.core.forms, logger);
  registerWerkgroepSetup(app, deps.core.forms, logger);
  registerWerkgroepChoice(app, deps.core.textCommands, privately, logger);
  registerKlaarButton(app, deps.core.textCommands, logger);
  registerDigestActions(app, deps.core.digestReview, logger);
  registerFileConsent(app, deps.core.textCommands, logger, deps.uploadTimeoutMs);
  // Last: what no handler above answered.
  registerUnknownButton(app);
  return {
    app,
    routes: [
      {
        method: 'POST',
        path: TEAMS_MESSAGES_PATH,
        name: 'teams_messages',
        handler: bridge.routeHandler(TEAMS_MESSAGES_PATH),
      },
    ],
    start: (port) => app.start(port),
    stop: () => app.stop(),
  };
}

/**
 * The token check before the body (token-check.ts), against the keys of the cloud the SDK checks
 * against (its CLOUD variable, or the public cloud); none when the SDK checks no token either.
 */
function tokenCheck(
  settings: NonNullable<Config['teams']>,
  env: CloudEnvironment,
  logger: Logger,
): TokenCheck | undefined {
  const clientId = settings.clientId;
  if (settings.skipAuth || !clientId) return undefined;
  const keys = new SigningKeys({
    uri: env.openIdMetadataUrl.replace(/\/openidconfiguration$/, '/keys'),
    logger,
  });
  return (authorization) => tokenLooksValid(authorization, { keys, clientId, issuer: env.tokenIssuer });
}

/**
 * The one tenant Schakel serves: TEAMS_TENANT_ID, unless a multi-tenant name. Kept with
 * TEAMS_SKIP_AUTH too (the README promises the 403 whenever it is set); only the local chat, whose
 * gate admits nothing but its own page and its own demo tenant, goes without it.
 */
function singleTenant(settings: NonNullable<Config['teams']>): string | undefined {
  const tenant = settings.tenantId;
  if (settings.localChatOnly || !tenant) return undefined;
  return ['common', 'organizations', 'consumers'].includes(tenant.toLowerCase()) ? undefined : tenant;
}

/** Only this machine can reach an address: 127.x.x.x (also IPv4-mapped, ::ffff:127.x.x.x), ::1, localhost. */
function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return /^(?:::ffff:)?127\./.test(bare) || ['localhost', '::1'].includes(bare);
}

import { App, type CodedError, ErrorCode, type ReceiverProcessEventErrorHandlerArgs } from '@slack/bolt';
import type { Clock } from '../../src/clock.ts';
import type { Config } from '../../src/config.ts';
import type { Core } from '../../src/core.ts';
import type { SlackInstallations } from '../../src/installations/slack-installations.ts';
import type { Logger } from '../../src/logger.ts';
import { words } from '../../src/messages/catalogue/words.ts';
import { knownKind, type Metrics } from '../../src/metrics.ts';
import type { HandledRequests } from '../../src/store/handled-requests-repo.ts';
import type { Route } from '../http/server.ts';
import { slackLogger } from '../log-bridges.ts';
import { GatedReceiver } from './gated-receiver.ts';
import { registerDigestButtons } from './listeners/actions/digest-buttons.ts';
import { registerFormReveal } from './listeners/actions/form-reveal.ts';
import { registerInlineForm } from './listeners/actions/inline-form.ts';
import { registerKlaarButton } from './listeners/actions/klaar-button.ts';
import { registerQuickInputButton } from './listeners/actions/quick-input.ts';
import { registerRoundFormButtons } from './listeners/actions/round-form-buttons.ts';
import { unknownButton } from './listeners/actions/unknown-button.ts';
import { registerWerkgroepButton } from './listeners/actions/werkgroep-button.ts';
import { registerWerkgroepChoice } from './listeners/actions/werkgroep-choice.ts';
import { registerSchakelCommand } from './listeners/commands/schakel.ts';
import { registerAppHome } from './listeners/events/app-home.ts';
import { registerUninstall } from './listeners/events/uninstall.ts';
import { registerDirectMessages } from './listeners/messages/direct-message.ts';
import { type AfterAcks, afterAcks } from './listeners/views/after-acks.ts';
import { registerFormSubmissions } from './listeners/views/form-submissions.ts';
import { typedWithNames } from './mention-names.ts';
import { markNotCarriedOut } from './not-carried-out.ts';
import { slackOAuthOptions, slackOAuthRoutes } from './oauth-receiver.ts';
import { slackRequestGate } from './request-gate.ts';
import { SLACK_INTERACTIONS } from './request-shape.ts';
import { slackLocale } from './slack-locale.ts';
import { slackUserInfo } from './slack-user-info.ts';
import { AckTrackingSocketModeReceiver } from './socket-receiver.ts';
import { homeWorkspace } from './workspace-tokens.ts';

export interface SlackAdapter {
  readonly routes: Route[];
  readonly app: InstanceType<typeof App>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export const SLACK_EVENTS_PATH = '/slack/events';

export function createSlackAdapter(
  settings: NonNullable<Config['slack']>,
  deps: {
    core: Core;
    logger: Logger;
    metrics: Metrics;
    installations?: SlackInstallations | undefined;
    handled: HandledRequests;
    /** Slack stamps requests with real time: they are checked against this clock, not the business one. */
    requestClock: Clock;
    /** When what Slack told about a user (users.info) is asked again. */
    clock: Clock;
  },
): SlackAdapter {
  const logger = slackLogger(deps.logger.child({ platform: 'slack' }), settings.apiUrl);
  const clientOptions = { slackApiUrl: settings.apiUrl };

  if (settings.socketMode) {
    const receiver = new AckTrackingSocketModeReceiver({
      appToken: settings.appToken ?? '',
      logger,
      // Where the socket's address is asked (apps.connections.open), as Bolt passes it itself.
      installerOptions: { clientOptions },
    });
    const single = singleWorkspace(settings, logger);
    const app = new App({ authorize: single.authorize, receiver, logger, clientOptions });
    register(app, { ...deps, apiUrl: settings.apiUrl }, (ack) => receiver.acknowledged(ack));
    return {
      routes: [],
      app,
      start: async () => {
        single.check(checkFailed(deps));
        await app.start();
      },
      stop: async () => void (await app.stop()),
    };
  }

  // Many workspaces: Bolt's install flow, and each request answered with its workspace's token.
  const oauth =
    settings.oauth && deps.installations
      ? slackOAuthOptions(settings, settings.oauth, deps.installations)
      : undefined;
  const receiver = new GatedReceiver({
    logger,
    // Slack resends after 3 s; an unanswered request must not hang the socket.
    unhandledRequestTimeoutMillis: 2_900,
    processEventErrorHandler: (args) => answerFailure(args, deps.metrics),
    ...oauth,
  });
  const single = oauth ? undefined : singleWorkspace(settings, logger);
  const app = new App({ authorize: single?.authorize, receiver, logger, clientOptions });
  // Confirmations wait for every request the gate has taken in, not only those a listener has reached.
  const confirmations = afterAcks();
  register(app, { ...deps, apiUrl: settings.apiUrl }, (ack) => receiver.acknowledged(ack), confirmations);
  return {
    app,
    routes: [
      {
        method: 'POST',
        path: SLACK_EVENTS_PATH,
        name: 'slack_events',
        handler: slackRequestGate({
          signingSecret: settings.signingSecret ?? '',
          clock: deps.requestClock,
          handled: deps.handled,
          bolt: receiver.handle,
          logger: deps.logger.child({ platform: 'slack' }),
          metrics: deps.metrics,
          languages: deps.core.languages,
          answering: confirmations,
          claims: deps.core.requestClaims,
        }),
      },
      ...(oauth ? slackOAuthRoutes(receiver.pages) : []),
    ],
    start: async () => single?.check(checkFailed(deps)),
    stop: async () => undefined,
  };
}

/** The start-up check of SLACK_BOT_TOKEN failed (Slack unreachable, the token refused). */
function checkFailed(deps: { logger: Logger; metrics: Metrics }) {
  return (err: unknown) => {
    deps.metrics.slackChecksFailed.inc();
    deps.logger
      .child({ platform: 'slack' })
      .warn(
        { err },
        'Slack-token niet gecontroleerd bij de start (auth.test); het volgende verzoek vraagt opnieuw',
      );
  };
}

/**
 * One workspace, SLACK_BOT_TOKEN: each request is authorized with that token and the bot's own ids
 * (to ignore its own messages), asked of Slack once (auth.test, no retries) and asked again after a
 * failure. Not Bolt's `token`: Bolt asks auth.test while the app is built, with the SDK's retries
 * (half an hour), keeps a failure for good and lets it escape unhandled, so Slack unreachable at
 * start left every request unauthorized until a restart. `check` asks at start, to warn early:
 * a failure is logged and counted, and the next request asks again.
 */
function singleWorkspace(settings: NonNullable<Config['slack']>, logger: ReturnType<typeof slackLogger>) {
  const home = homeWorkspace(settings, logger);
  const authorize = async () => {
    const h = await home();
    if (!h) throw new Error('SLACK_BOT_TOKEN ontbreekt');
    return { botToken: h.botToken, botId: h.botId, botUserId: h.botUserId, teamId: h.teamId };
  };
  return { authorize, check: (failed: (err: unknown) => void) => void home().catch(failed) };
}

/**
 * A listener that threw: logged with its stack and counted, and answered with a 400 unless an
 * answer already went out. Never a 500 (Slack would retry it) and never an escaped error.
 */
async function answerFailure(args: ReceiverProcessEventErrorHandlerArgs, metrics: Metrics): Promise<boolean> {
  const { error, logger, response } = args;
  metrics.handlerErrors.inc({ platform: 'slack' });
  logger.error(`Slack-verzoek mislukt: ${error.stack ?? error.message}`);
  if (response.headersSent) return false;
  const unauthorized = (error as CodedError).code === ErrorCode.AuthorizationError;
  // Refused before any listener ran: Slack's retry of it is carried out (request-gate.ts).
  if (unauthorized) markNotCarriedOut(response);
  response.writeHead(unauthorized ? 401 : 400, {
    'content-type': 'application/json',
  });
  response.end(JSON.stringify({ error: words('nl').web.requestFailed }));
  return true;
}

/** The request types Slack posts (besides commands), as they are counted on /metrics. */
const SLACK_KINDS = ['event_callback', 'url_verification', ...SLACK_INTERACTIONS];

function register(
  app: InstanceType<typeof App>,
  deps: { core: Core; metrics: Metrics; logger: Logger; apiUrl: string; clock: Clock },
  /** Whether a request was answered already (noted by the receiver); null where it is unknown. */
  acknowledged: ((ack: unknown) => boolean) | null = null,
  confirmations?: AfterAcks,
): void {
  app.use(async (args) => {
    deps.metrics.chatRequests.inc({
      platform: 'slack',
      kind:
        'command' in args.body ? 'command' : knownKind((args.body as { type?: unknown }).type, SLACK_KINDS),
    });
    await args.next();
    // next() returns once every matching listener is done. A request no listener answered (a
    // view Schakel does not know; a button of an old message is answered in unknown-button.ts)
    // is acknowledged now, with an empty 200, instead of the receiver's 404 after its timeout,
    // which Slack shows as an error.
    // (Asked first: a second ack throws, and building that error and its stack cost every
    // check-in's ack a little.)
    const ack = (args as { ack?: (body?: undefined) => Promise<void> }).ack;
    if (typeof ack === 'function' && !acknowledged?.(ack)) await ack().catch(() => undefined);
  });
  const logger = deps.logger.child({ platform: 'slack' });
  // One users.info per Slack user for both: the language of whoever writes, the names they mention.
  const userInfo = slackUserInfo({ apiUrl: deps.apiUrl, clock: deps.clock, logger });
  app.use(slackLocale(deps.core.languages, userInfo, logger, deps.core.requestClaims));
  app.use(unknownButton(acknowledged, logger));
  const typed = typedWithNames(userInfo);
  registerSchakelCommand(app, deps.core.textCommands, typed, logger);
  registerDirectMessages(app, deps.core.textCommands, typed, logger);
  registerAppHome(app, deps.core.home, logger);
  registerUninstall(app, deps.core.conversations, logger);
  registerRoundFormButtons(app, deps.core.forms, logger);
  registerFormReveal(app, deps.core.forms, logger);
  registerFormSubmissions(app, deps.core.forms, logger, confirmations);
  registerQuickInputButton(app);
  registerWerkgroepButton(app, deps.core.forms, logger);
  registerWerkgroepChoice(app, deps.core.textCommands, logger);
  registerKlaarButton(app, deps.core.textCommands, logger);
  registerInlineForm(app, deps.core.forms, logger);
  registerDigestButtons(app, deps.core.digestReview, logger);
}

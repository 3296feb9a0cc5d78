import type { RequestListener } from 'node:http';
import { App, HTTPReceiver } from '@slack/bolt';
import type { Config } from '../../src/config.ts';
import type { Core } from '../../src/core.ts';
import type { SlackInstallations } from '../../src/installations/slack-installations.ts';
import type { Logger } from '../../src/logger.ts';
import type { Metrics } from '../../src/metrics.ts';
import type { Route } from '../http/server.ts';
import { slackLogger } from '../log-bridges.ts';
import { registerDigestButtons } from './listeners/actions/digest-buttons.ts';
import { registerFormReveal } from './listeners/actions/form-reveal.ts';
import { registerKlaarButton } from './listeners/actions/klaar-button.ts';
import { registerQuickInputButton } from './listeners/actions/quick-input.ts';
import { registerRoundFormButtons } from './listeners/actions/round-form-buttons.ts';
import { registerWerkgroepButton } from './listeners/actions/werkgroep-button.ts';
import { registerWerkgroepChoice } from './listeners/actions/werkgroep-choice.ts';
import { registerSchakelCommand } from './listeners/commands/schakel.ts';
import { registerAppHome } from './listeners/events/app-home.ts';
import { registerUninstall } from './listeners/events/uninstall.ts';
import { registerDirectMessages } from './listeners/messages/direct-message.ts';
import { registerDigestForms } from './listeners/views/digest-form.ts';
import { registerQuickInputView } from './listeners/views/quick-input.ts';
import { registerRoundFormSubmissions } from './listeners/views/round-form-submissions.ts';
import { registerSeriesForms } from './listeners/views/series-forms.ts';
import { registerWerkgroepForm } from './listeners/views/werkgroep-form.ts';
import { slackOAuthOptions, slackOAuthRoutes } from './oauth-receiver.ts';

export interface SlackAdapter {
  readonly routes: Route[];
  readonly app: InstanceType<typeof App>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export const SLACK_EVENTS_PATH = '/slack/events';

export function createSlackAdapter(
  settings: NonNullable<Config['slack']>,
  deps: { core: Core; logger: Logger; metrics: Metrics; installations?: SlackInstallations | undefined },
): SlackAdapter {
  const logger = slackLogger(deps.logger.child({ platform: 'slack' }));
  const clientOptions = { slackApiUrl: settings.apiUrl };

  if (settings.socketMode) {
    const app = new App({
      token: settings.botToken,
      appToken: settings.appToken,
      socketMode: true,
      logger,
      clientOptions,
    });
    register(app, deps);
    return {
      routes: [],
      app,
      start: async () => void (await app.start()),
      stop: async () => void (await app.stop()),
    };
  }

  // Many workspaces: Bolt's install flow, and each request answered with its workspace's token.
  const oauth =
    settings.oauth && deps.installations
      ? slackOAuthOptions(settings, settings.oauth, deps.installations)
      : undefined;
  const receiver = new HTTPReceiver({
    signingSecret: settings.signingSecret ?? '',
    endpoints: [SLACK_EVENTS_PATH],
    logger,
    // Slack resends after 3 s; an unanswered request must not hang the socket.
    unhandledRequestTimeoutMillis: 2_900,
    ...oauth,
  });
  const app = new App({ token: oauth ? undefined : settings.botToken, receiver, logger, clientOptions });
  register(app, deps);
  const listener: RequestListener = receiver.requestListener;
  return {
    app,
    routes: [
      { method: 'POST', path: SLACK_EVENTS_PATH, name: 'slack_events', handler: listener },
      ...(oauth ? slackOAuthRoutes(listener) : []),
    ],
    start: async () => undefined,
    stop: async () => undefined,
  };
}

function register(
  app: InstanceType<typeof App>,
  deps: { core: Core; metrics: Metrics; logger: Logger },
): void {
  app.use(async (args) => {
    deps.metrics.chatRequests.inc({
      platform: 'slack',
      kind: String((args.body as { type?: string }).type ?? 'command'),
    });
    await args.next();
    // next() returns once every matching listener is done. A request no listener answered (a
    // button of an old message, a view Schakel does not know) is acknowledged now, with an empty
    // 200, instead of the receiver's 404 after its timeout, which Slack shows as an error.
    const ack = (args as { ack?: (body?: undefined) => Promise<void> }).ack;
    if (typeof ack === 'function') await ack().catch(() => undefined);
  });
  const logger = deps.logger.child({ platform: 'slack' });
  registerSchakelCommand(app, deps.core, logger);
  registerDirectMessages(app, deps.core, logger);
  registerAppHome(app, deps.core, logger);
  registerUninstall(app, deps.core, logger);
  registerRoundFormButtons(app, deps.core, logger);
  registerFormReveal(app, deps.core, logger);
  registerRoundFormSubmissions(app, deps.core, logger);
  registerQuickInputButton(app);
  registerQuickInputView(app, deps.core, logger);
  registerSeriesForms(app, deps.core, logger);
  registerWerkgroepButton(app, deps.core, logger);
  registerWerkgroepChoice(app, deps.core, logger);
  registerKlaarButton(app, deps.core, logger);
  registerWerkgroepForm(app, deps.core, logger);
  registerDigestButtons(app, deps.core, logger);
  registerDigestForms(app, deps.core, logger);
}

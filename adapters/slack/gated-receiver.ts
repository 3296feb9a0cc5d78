import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import {
  type AckFn,
  type App,
  HTTPModuleFunctions,
  HTTPReceiver,
  type HTTPReceiverOptions,
  HTTPResponseAck,
  type Receiver,
  type ReceiverProcessEventErrorHandlerArgs,
  type Logger as SlackLogger,
  type StringIndexed,
} from '@slack/bolt';

/**
 * The Bolt release (major.minor) whose HTTPReceiver.handleIncomingEvent this receiver mirrors:
 * test/adapters/gated-receiver.test.ts fails when the installed Bolt is another one.
 */
export const MIRRORS_BOLT = '5.1';

/** A request that passed the gate (request-gate.ts), with the body the gate read. */
export type GatedRequestHandler = (req: IncomingMessage, res: ServerResponse, body: StringIndexed) => void;

/**
 * Bolt's receiver for the events endpoint behind the request gate. The gate has read the body,
 * checked the signature and the time and claimed the replay key; this receiver hands the body it
 * parsed to Bolt's App, instead of HTTPReceiver reading the same (ten kilobyte) form once more.
 * From there on it does what HTTPReceiver's handleIncomingEvent does (in Bolt `MIRRORS_BOLT`),
 * with Bolt's own HTTPResponseAck and response builders: the ack's answer (a modal's errors,
 * `response_action`), the answer to a request no listener acked within the timeout, and the
 * error handler.
 *
 * The OAuth pages (install, redirect) stay on Bolt's HTTPReceiver, whose installer also gives the
 * App its `authorize` (App reads `receiver.installer`).
 */
export class GatedReceiver implements Receiver {
  readonly installer: HTTPReceiver['installer'];
  /** Bolt's HTTPReceiver, for the OAuth pages only (GET). */
  readonly pages: RequestListener;
  private app: App | undefined;
  private readonly logger: SlackLogger;
  private readonly unhandledRequestTimeoutMillis: number;
  private readonly processEventErrorHandler: (args: ReceiverProcessEventErrorHandlerArgs) => Promise<boolean>;
  /** Each request's ack, by the ack function Bolt hands its middleware (see `acknowledged`). */
  private readonly acks = new WeakMap<AckFn<unknown>, { done: boolean }>();

  constructor(
    options: Pick<HTTPReceiverOptions, 'clientId' | 'clientSecret' | 'stateSecret' | 'installationStore'> &
      Pick<HTTPReceiverOptions, 'scopes' | 'installerOptions'> & {
        logger: SlackLogger;
        unhandledRequestTimeoutMillis: number;
        processEventErrorHandler: (args: ReceiverProcessEventErrorHandlerArgs) => Promise<boolean>;
      },
  ) {
    const { logger, unhandledRequestTimeoutMillis, processEventErrorHandler, ...oauth } = options;
    this.logger = logger;
    this.unhandledRequestTimeoutMillis = unhandledRequestTimeoutMillis;
    this.processEventErrorHandler = processEventErrorHandler;
    // No events endpoint of its own (so nothing to verify): requests reach Bolt through `handle` only.
    const http = new HTTPReceiver({
      signingSecret: '',
      signatureVerification: false,
      endpoints: [],
      logger: quietAnonymousInstallFailures(logger),
      ...oauth,
    });
    this.installer = http.installer;
    this.pages = http.requestListener;
  }

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  /** Whether the request of this ack function has been answered (so a second ack would throw). */
  acknowledged(ack: unknown): boolean {
    return this.acks.get(ack as AckFn<unknown>)?.done === true;
  }

  /** Bolt's handling of a request the gate passed, from the parsed body on. */
  readonly handle: GatedRequestHandler = (req, res, body) => {
    void this.process(req, res, body);
  };

  private async process(req: IncomingMessage, res: ServerResponse, body: StringIndexed): Promise<void> {
    // Slack's SSL check and the URL verification are answered by the receiver, as HTTPReceiver does.
    if (body.ssl_check === '1') return HTTPModuleFunctions.buildSSLCheckResponse(res);
    if (body.type === 'url_verification') return HTTPModuleFunctions.buildUrlVerificationResponse(res, body);
    const ack = new HTTPResponseAck({
      logger: this.logger,
      processBeforeResponse: false,
      unhandledRequestTimeoutMillis: this.unhandledRequestTimeoutMillis,
      httpRequest: req,
      httpRequestBody: body,
      httpResponse: res,
    });
    const state = { done: false };
    const bound = ack.bind();
    // Bolt's ack, noted as it is called (a second call throws, as it does in Bolt).
    const answer: AckFn<unknown> = (response) => {
      state.done = true;
      return bound(response);
    };
    this.acks.set(answer, state);
    try {
      await this.app?.processEvent({
        body,
        ack: answer,
        retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req),
        retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req),
        customProperties: {},
      });
      if (ack.storedResponse !== undefined) HTTPModuleFunctions.buildContentResponse(res, ack.storedResponse);
    } catch (error) {
      const answered = await this.processEventErrorHandler({
        error: error as Error,
        logger: this.logger,
        request: req,
        response: res,
        storedResponse: ack.storedResponse,
      });
      if (answered) {
        ack.ack();
        state.done = true;
      }
    }
  }
}

/**
 * What anyone can cause at the OAuth redirect (no or a forged state, no code, a cancelled install,
 * a code Slack refuses): the installer logs each as an error with its stack. They are one warning
 * here, naming only the kind, never the code or state of the address; the page says what to do.
 */
const ANONYMOUS_INSTALL_FAILURES = new Set([
  'slack_oauth_missing_state',
  'slack_oauth_invalid_state',
  'slack_oauth_missing_code',
  'slack_oauth_installer_authorization_error',
  // Slack answered ok: false to the code (made up, expired, already traded).
  'slack_webapi_platform_error',
]);

function quietAnonymousInstallFailures(logger: SlackLogger): SlackLogger {
  const error = logger.error.bind(logger);
  return Object.assign(Object.create(logger) as SlackLogger, {
    error: (...msg: unknown[]) => {
      const code = (msg[0] as { code?: unknown } | null | undefined)?.code;
      if (msg.length === 1 && typeof code === 'string' && ANONYMOUS_INSTALL_FAILURES.has(code)) {
        logger.warn(`Slack-installatie niet afgerond (${code}); niets opgeslagen`);
        return;
      }
      error(...msg);
    },
  });
}

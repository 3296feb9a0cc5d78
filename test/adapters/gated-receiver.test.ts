import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type CodedError, ErrorCode, type Logger, LogLevel } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { GatedReceiver, MIRRORS_BOLT } from '../../adapters/slack/gated-receiver.ts';

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** Bolt's App on the gated receiver, fed bodies the way the gate hands them on (already parsed). */
async function gatedApp(setUp: (app: App, receiver: GatedReceiver) => void) {
  const failures: string[] = [];
  const receiver = new GatedReceiver({
    logger: quiet,
    unhandledRequestTimeoutMillis: 300,
    processEventErrorHandler: async ({ error, response }) => {
      failures.push(error.message);
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: 'mislukt' }));
      return true;
    },
  });
  // A given authorization: no auth.test asked of Slack.
  const app = new App({ receiver, logger: quiet, authorize: async () => ({ botToken: 'xoxb-test' }) });
  setUp(app, receiver);
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => receiver.handle(req, res, JSON.parse(raw)));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const post = async (body: unknown) => {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(body) });
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };
  return { post, failures };
}

const submission = (callbackId: string) => ({
  type: 'view_submission',
  team: { id: 'T0TEST' },
  user: { id: 'U0TEST', team_id: 'T0TEST' },
  api_app_id: 'A0TEST',
  view: { id: 'V0TEST', callback_id: callbackId, state: { values: {} } },
});

describe('Bolt behind the request gate (the gated receiver)', () => {
  it('was written against the Bolt that is installed (its major and minor version)', () => {
    const bolt = new URL('../../node_modules/@slack/bolt/package.json', import.meta.url);
    const installed = (JSON.parse(readFileSync(bolt, 'utf8')) as { version: string }).version;
    expect(
      installed.split('.').slice(0, 2).join('.'),
      `@slack/bolt is now ${installed}, the gated receiver mirrors Bolt ${MIRRORS_BOLT}: re-check ` +
        "adapters/slack/gated-receiver.ts against this Bolt's HTTPReceiver (handleIncomingEvent), " +
        'then set MIRRORS_BOLT',
    ).toBe(MIRRORS_BOLT);
  });

  it("answers with what the listener acks: a modal's field errors as JSON", async () => {
    const { post } = await gatedApp((app) => {
      app.view('checkin', async ({ ack }) => {
        await ack({ response_action: 'errors', errors: { toelichting: 'Vul dit in' } });
      });
    });
    expect(await post(submission('checkin'))).toEqual({
      status: 200,
      type: 'application/json',
      text: JSON.stringify({ response_action: 'errors', errors: { toelichting: 'Vul dit in' } }),
    });
  });

  it('answers a listener that throws through the error handler, and a request nobody acks with a 404 after the timeout', async () => {
    const { post, failures } = await gatedApp((app) => {
      app.view('kapot', async () => {
        throw new Error('listener kapot');
      });
      app.view('stil', async () => undefined);
    });
    expect(await post(submission('kapot'))).toMatchObject({ status: 400, text: '{"error":"mislukt"}' });
    expect(failures).toEqual(['listener kapot']);
    const t0 = Date.now();
    expect((await post(submission('stil'))).status).toBe(404);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
  });

  it("answers Slack's SSL check and the URL verification itself", async () => {
    const { post } = await gatedApp(() => undefined);
    expect(await post({ ssl_check: '1' })).toMatchObject({ status: 200, text: '' });
    expect(await post({ type: 'url_verification', challenge: 'abc123' })).toMatchObject({
      status: 200,
      text: '{"challenge":"abc123"}',
    });
  });

  it('tells middleware whether the request was answered already, and a second ack still throws', async () => {
    const seen: Array<{ before: boolean; after: boolean; second: unknown }> = [];
    const { post } = await gatedApp((app, receiver) => {
      app.use(async (args) => {
        const ack = (args as { ack: () => Promise<void> }).ack;
        const before = receiver.acknowledged(ack);
        await args.next();
        const after = receiver.acknowledged(ack);
        const second = await ack().then(
          () => 'geen fout',
          (err: CodedError) => err.code,
        );
        seen.push({ before, after, second });
      });
      app.view('checkin', async ({ ack }) => ack());
    });
    expect((await post(submission('checkin'))).status).toBe(200);
    expect(seen).toEqual([{ before: false, after: true, second: ErrorCode.ReceiverMultipleAckError }]);
  });
});

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { slackLogger, teamsLogger } from '../adapters/log-bridges.ts';
import { PrivacyRefusal } from '../src/domain/errors.ts';
import { createLogger, redactSecrets } from '../src/logger.ts';
import { LogCapture } from './support/test-app.ts';
import { waitFor } from './support/wait-for.ts';

describe('secrets never in the log', () => {
  it.each([
    ['a form body', 'client_id=1.2&client_secret=geheim123&code=abc987', 'client_id=1.2'],
    ['JSON', '{"client_secret":"geheim123","code":"abc987"}', '"client_secret":"[verborgen]"'],
    ['escaped JSON', '{\\"clientSecret\\":\\"geheim123\\"}', 'clientSecret'],
    ['a header', 'Authorization: Bearer abc.def.ghi', 'Authorization: [verborgen]'],
    ['a Slack token', 'token xoxb-1234-5678-geheim123 used', 'used'],
  ])('hides the secret in %s', (_what, text, kept) => {
    const out = redactSecrets(text);
    expect(out).not.toContain('geheim123');
    expect(out).not.toContain('abc987');
    expect(out).not.toContain('abc.def.ghi');
    expect(out).toContain(kept);
  });

  it('hides what the SDK bridges log at trace, by name and by the configured values', () => {
    const logs = new LogCapture();
    const logger = createLogger('trace', logs, ['mijn-ondertekengeheim']);
    slackLogger(logger).debug('http request body: {"client_secret":"klant-geheim-1","code":"oauth-code-2"}');
    teamsLogger(logger).trace('signing with mijn-ondertekengeheim');
    logger.info({ clientSecret: 'klant-geheim-3', nested: { token: 'xoxb-9-9' } }, 'velden');
    expect(logs.lines).toHaveLength(3);
    for (const secret of [
      'klant-geheim-1',
      'oauth-code-2',
      'mijn-ondertekengeheim',
      'klant-geheim-3',
      'xoxb-9-9',
    ]) {
      expect(logs.text).not.toContain(secret);
    }
  });
});

describe('errors in the log', () => {
  it('keep their stack and cause, so a fault can be traced to its line', () => {
    const logs = new LogCapture();
    const logger = createLogger('info', logs);
    const err = new Error('verbinding geweigerd', { cause: new Error('ECONNREFUSED 127.0.0.1:5432') });
    logger.error({ err }, 'planning mislukt');
    const line = JSON.parse(logs.lines[0]!) as {
      err: { message: string; stack: string; cause: { message: string } };
    };
    expect(line.err.message).toBe('verbinding geweigerd');
    expect(line.err.stack).toContain('logger.test.ts');
    expect(line.err.cause.message).toBe('ECONNREFUSED 127.0.0.1:5432');
  });

  it('that an SDK logs keep their stack, through both bridges', () => {
    const logs = new LogCapture();
    const logger = createLogger('info', logs);
    slackLogger(logger).error('An API error occurred:', new Error('channel_not_found'));
    teamsLogger(logger).warn(new Error('ECONNRESET'));
    const errs = logs.lines.map((l) => (JSON.parse(l) as { err: { stack: string } }).err.stack);
    expect(errs).toHaveLength(2);
    expect(errs[0]).toContain('channel_not_found');
    expect(errs[1]).toContain('logger.test.ts');
  });

  it("never carry what a member typed: not a refusal's problems, not the request an SDK sent", () => {
    const logs = new LogCapture();
    const logger = createLogger('info', logs);
    const typed = 'Meneer Pieter de Vries, BSN 111222333, woont op Kerkstraat 12';
    const refusal = new PrivacyRefusal([
      { field: 'toelichting', message: `"${typed}" lijkt op gegevens van een cliënt` },
    ]);
    const sdk = Object.assign(new Error('Request failed with status code 502'), {
      config: { data: JSON.stringify({ text: typed }) },
      response: { data: typed },
    });
    logger.warn({ err: refusal }, 'weigering');
    logger.error({ err: sdk }, 'versturen mislukt');
    expect(logs.lines).toHaveLength(2);
    expect(logs.text).not.toContain('Pieter');
    expect(logs.text).not.toContain('111222333');
    expect(logs.text).toContain('privacy_refusal');
    expect(logs.text).toContain('Request failed with status code 502');
  });
});

describe('Slack out of reach, in the log', () => {
  it('says in Dutch that Slack cannot be reached and what to check, instead of the SDK’s "http request failed fetch failed"', () => {
    const logs = new LogCapture();
    slackLogger(createLogger('info', logs)).warn('http request failed', 'fetch failed');
    const line = JSON.parse(logs.lines[0]!) as { level: number; msg: string };
    expect(line.level).toBe(40);
    expect(line.msg).toContain('Slack is niet bereikbaar (fetch failed)');
    expect(line.msg).toContain('internetverbinding');
    expect(line.msg).toContain('schakel doctor');
    expect(line.msg).not.toMatch(/^http request failed/);
  });

  it('asks Slack once why, however many retries the SDK reports meanwhile', async () => {
    let heads = 0;
    let answer: () => void = () => undefined;
    const server = createServer((req, res) => {
      if (req.method === 'HEAD') heads++;
      answer = () => res.writeHead(200).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const logs = new LogCapture();
      const bridge = slackLogger(createLogger('info', logs), `http://127.0.0.1:${port}/api/`);
      for (let i = 0; i < 5; i++) bridge.warn('http request failed', 'fetch failed');
      await waitFor('the probe', () => heads > 0);
      answer();
      await waitFor('five warnings', () => logs.lines.length === 5);
      expect(heads).toBe(1);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('SDK debug lines without payloads', () => {
  it('keeps what the SDK did and drops what it quotes, on both bridges', () => {
    const logs = new LogCapture();
    const slack = slackLogger(createLogger('trace', logs));
    slack.debug(`apiCall('chat.postMessage') start`);
    slack.debug('http request body: {"text":"Marloes belt de werkgever"}');
    slack.debug('{"type":"block_actions","user":{"name":"Sem Wolters"}}');
    slack.debug('ack() response sent (body: {"text":"Genoteerd"})');
    const teams = teamsLogger(createLogger('trace', logs));
    teams.trace('POST /v3/conversations/a:1/activities', { text: 'Marloes belt de werkgever' });
    teams.log('debug', 'response data: "Marloes belt de werkgever"');
    const msgs = logs.lines.map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(msgs).toEqual([
      `apiCall('chat.postMessage') start`,
      'http request body [inhoud weggelaten]',
      '[inhoud weggelaten]',
      'ack() response sent [inhoud weggelaten]',
      'POST /v3/conversations/a:1/activities [inhoud weggelaten]',
      'response data [inhoud weggelaten]',
    ]);
  });
});

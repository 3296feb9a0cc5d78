import { describe, expect, it } from 'vitest';
import { slackLogger, teamsLogger } from '../adapters/log-bridges.ts';
import { createLogger, redactSecrets } from '../src/logger.ts';
import { LogCapture } from './support/test-app.ts';

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

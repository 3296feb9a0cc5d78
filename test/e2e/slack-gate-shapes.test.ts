import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackMemberApp, startSlackMemberApp } from '../support/slack-member-app.ts';
import { eventCallbackBody, interactionBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';

// Fictional, as a person might paste it into a header Slack's signature does not cover.
const TYPED = 'BSN 999999990 Sanne Vermeulen heeft een diagnose';

/** Signed Slack requests whose headers or body are not what Slack sends: refused at the gate, not faults. */
describe('Slack gate: odd headers and bodies over real HTTP', () => {
  let h: SlackMemberApp;
  let slack: SlackMemberApp['slack'];
  let app: SlackMemberApp['app'];

  beforeAll(async () => {
    h = await startSlackMemberApp({
      secret: 'gate-shapes-signing-secret',
      name: 'Lotte Brink',
      userId: 'U0LOTTE',
    });
    ({ slack, app } = h);
  });
  afterAll(() => h?.stop());

  const handlerErrors = async () => {
    const text = await (await fetch(`${app.baseUrl}/metrics`)).text();
    return text
      .split('\n')
      .filter((l) => l.startsWith('schakel_handler_errors_total{'))
      .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
  };
  const errorLines = () => app.logs.lines.filter((l) => /"level":(50|60)/.test(l));

  it('logs a retry as its number only, never the text of the retry header, with one platform key', async () => {
    const body = eventCallbackBody(STAND_IN_TEAM, { type: 'app_home_opened', user: 'U0LOTTE', tab: 'home' });
    expect((await h.post(body, { contentType: 'application/json' })).status).toBe(200);
    const again = await h.post(body, {
      contentType: 'application/json',
      headers: { 'x-slack-retry-num': TYPED, 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(again.status).toBe(200);
    const third = await h.post(body, {
      contentType: 'application/json',
      headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(third.status).toBe(200);
    expect(app.logs.text).not.toContain('999999990');
    const replays = app.logs.lines.filter((l) => l.includes('herhaald verzoek beantwoord'));
    expect(replays.length).toBe(2);
    for (const line of replays) expect(line.match(/"platform"/g)?.length).toBe(1);
    expect(JSON.parse(replays[1] ?? '{}').retry).toBe(2);
    expect(JSON.parse(replays[0] ?? '{}').retry).toBeUndefined();
  });

  const form = (pairs: [string, string][]) => new URLSearchParams(pairs).toString();
  const user = { id: 'U0LOTTE', team_id: STAND_IN_TEAM };
  const buttons = (actions: unknown) =>
    interactionBody({
      type: 'block_actions',
      user,
      team: { id: STAND_IN_TEAM },
      response_url: slack.responseUrl,
      ...(actions === undefined ? {} : { actions }),
    });
  const command = (texts: string[]) =>
    form([
      ['command', '/schakel'],
      ['team_id', STAND_IN_TEAM],
      ['user_id', 'U0LOTTE'],
      ...texts.map((t): [string, string] => ['text', t]),
      ['response_url', slack.responseUrl],
      ['trigger_id', `1.${Math.random()}`],
    ]);

  it.each([
    ['a command with its text twice', () => command(['help', 'vergeet-mij bevestig'])],
    ['a command without text', () => command([])],
    ['buttons with actions null', () => buttons(null)],
    ['buttons with actions {}', () => buttons({})],
    ['buttons with actions [null]', () => buttons([null])],
    ['buttons without actions', () => buttons(undefined)],
  ])('refuses %s at once (400), as bad input, not as a fault', async (_name, body) => {
    const errorsBefore = await handlerErrors();
    const linesBefore = errorLines().length;
    const calls = slack.calls.length;
    const started = Date.now();
    const res = await h.post(body());
    expect(res.status).toBe(400);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await handlerErrors()).toBe(errorsBefore);
    expect(errorLines().length).toBe(linesBefore);
    expect(slack.calls.length).toBe(calls);
    expect(app.logs.lines.at(-1)).toContain('ongeldig Slack-verzoek geweigerd (400)');
  });

  it('refuses a signed body far larger than any Slack request (413), logged as no fault', async () => {
    const errorsBefore = await handlerErrors();
    const body = `${command(['help'])}&opvulling=${'a'.repeat(600_000)}`;
    const res = await h.post(body);
    expect(res.status).toBe(413);
    expect(await handlerErrors()).toBe(errorsBefore);
    expect(errorLines()).toEqual([]);
  });
});

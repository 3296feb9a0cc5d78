import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember } from '../support/fixtures.ts';
import { eventCallbackBody, interactionBody, postToSlack } from '../support/slack-requests.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const SECRET = 'gate-shapes-signing-secret';
// Fictional, as a person might paste it into a header Slack's signature does not cover.
const TYPED = 'BSN 999999990 Sanne Vermeulen heeft een diagnose';

/** Signed Slack requests whose headers or body are not what Slack sends: refused at the gate, not faults. */
describe('Slack gate: odd headers and bodies over real HTTP', () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let app: TestApp;
  let events: string;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    slack = await startSlackStandIn();
    await addMember(tdb.db, {
      name: 'Lotte Brink',
      identities: [{ platform: 'slack', workspace: STAND_IN_TEAM, userId: 'U0LOTTE' }],
      overleg: 'Werkgroep Testregio',
    });
    app = await startTestApp(
      { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl },
      tdb.db,
    );
    events = `${app.baseUrl}/slack/events`;
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
    await tdb?.drop();
  });

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
    expect((await postToSlack(events, SECRET, body, { contentType: 'application/json' })).status).toBe(200);
    const again = await postToSlack(events, SECRET, body, {
      contentType: 'application/json',
      headers: { 'x-slack-retry-num': TYPED, 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(again.status).toBe(200);
    const third = await postToSlack(events, SECRET, body, {
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
    const res = await postToSlack(events, SECRET, body());
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
    const res = await postToSlack(events, SECRET, body);
    expect(res.status).toBe(413);
    expect(await handlerErrors()).toBe(errorsBefore);
    expect(errorLines()).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSY_TEXT } from '../../adapters/slack/listeners/commands/schakel.ts';
import { manualClock } from '../../src/clock.ts';
import { insertDigestFixture, REGION } from '../digest/fixture.ts';
import { addMember } from '../support/fixtures.ts';
import { startRecordingServer } from '../support/recording-server.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const SECRET = 'ai-geheim';
const MODEL_TAKES_MS = 10_000;
const clock = manualClock('2026-09-10T08:00:00Z');
const MODEL_TEXT =
  'De samenwerking groeit: het niveau steeg naar 3,5 en tijd en capaciteit blijft het grootste knelpunt.';

describe('the digest draft with the optional AI summary switched on', () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let model: Awaited<ReturnType<typeof startRecordingServer>>;
  let app: TestApp;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    slack = await startSlackStandIn();
    // A local stand-in that speaks the chat-completions protocol, and takes its time (10 s).
    model = await startRecordingServer(async () => {
      await new Promise((resolve) => setTimeout(resolve, MODEL_TAKES_MS));
      return {
        body: {
          id: 'x',
          object: 'chat.completion',
          choices: [{ index: 0, message: { role: 'assistant', content: MODEL_TEXT } }],
        },
      };
    });
    await insertDigestFixture(tdb.db);
    await addMember(tdb.db, {
      regionId: REGION,
      name: 'Hanneke Ooms',
      roles: ['projectleider'],
      identities: [{ platform: 'slack', workspace: STAND_IN_TEAM, userId: 'U0HANNEKE' }],
    });
    app = await startTestApp(
      {
        SLACK_BOT_TOKEN: 'xoxb-ai',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        AI_SUMMARY: 'true',
        AI_BASE_URL: `${model.url}/v1`,
        AI_MODEL: 'schakel-test',
        AI_API_KEY: 'sleutel-die-niet-gelogd-wordt',
      },
      tdb.db,
      clock,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
    await model?.close();
    await tdb?.drop();
  });

  it("the projectleider's preview carries the model's text, marked as a draft, built from aggregates only", {
    timeout: 45_000,
  }, async () => {
    const body = slashCommandBody({
      text: 'samenvatting',
      userId: 'U0HANNEKE',
      teamId: STAND_IN_TEAM,
      responseUrl: slack.responseUrl,
      channelId: 'D0HANNEKE',
    });
    // Slack gets its ack while the model is still writing: "bezig…", not Bolt's late 404.
    const ack = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, body);
    expect(ack.status).toBe(200);
    expect(await ack.text()).toContain(BUSY_TEXT);
    expect(slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'U0HANNEKE')).toHaveLength(0);
    const dm = await slack.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.channel === 'U0HANNEKE',
      { timeoutMs: MODEL_TAKES_MS + 10_000 },
    );
    // Then the "bezig…" message is replaced through the response_url.
    const replaced = await slack.waitFor((c) => c.path === '/response/1');
    expect(replaced.body).toMatchObject({
      replace_original: true,
      text: 'Ik heb je een privébericht gestuurd.',
    });
    const preview = JSON.stringify(dm.body);
    expect(preview).toContain('Concept, door een taalmodel opgesteld');
    expect(preview).toContain('het niveau steeg naar 3,5');

    const [request] = model.calls;
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer sleutel-die-niet-gelogd-wordt');
    expect(request?.body.model).toBe('schakel-test');
    expect(JSON.stringify(request?.body)).not.toContain('Hanneke');
    const { rows } = await tdb.db.pool.query('SELECT summary FROM digest_versions');
    expect(rows[0].summary).toContain(MODEL_TEXT);
    expect(app.logs.text).not.toContain('sleutel-die-niet-gelogd-wordt');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { insertDigestFixture, REGION } from '../digest/fixture.ts';
import { addMember } from '../support/fixtures.ts';
import { startRecordingServer } from '../support/recording-server.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const SECRET = 'ai-geheim';
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
    // A local stand-in that speaks the chat-completions protocol.
    model = await startRecordingServer(() => ({
      body: {
        id: 'x',
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content: MODEL_TEXT } }],
      },
    }));
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

  it("the projectleider's preview carries the model's text, marked as a draft, built from aggregates only", async () => {
    const body = slashCommandBody({
      text: 'samenvatting',
      userId: 'U0HANNEKE',
      teamId: STAND_IN_TEAM,
      responseUrl: slack.responseUrl,
      channelId: 'D0HANNEKE',
    });
    expect((await postToSlack(`${app.baseUrl}/slack/events`, SECRET, body)).status).toBe(200);
    const dm = await slack.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.channel === 'U0HANNEKE',
    );
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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSY_TEXT } from '../../adapters/slack/listeners/commands/schakel.ts';
import { SENT_PRIVATELY } from '../../adapters/slack/slack-command-replier.ts';
import { manualClock } from '../../src/clock.ts';
import { startDigestAiStandIns } from '../support/digest-ai-stand-ins.ts';
import type { startModelStandIn } from '../support/model-stand-in.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM, type startSlackStandIn } from '../support/slack-stand-in.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

const SECRET = 'ai-geheim';
const TENANT = 'tenant-ai';
/** Bolt's HTTP receiver answers a request no listener acknowledged after this (slack-app.ts); Slack gives up at 3 s. */
const BOLT_DEADLINE_MS = 2_900;
const clock = manualClock('2026-09-10T08:00:00Z');
const MODEL_TEXT =
  'De samenwerking groeit: het niveau steeg naar 3,5 en tijd en capaciteit blijft het grootste knelpunt.';

describe('the digest draft with the optional AI summary switched on', () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let teams: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  // The model takes its time (up to 20 s in real life): it answers when the test lets it.
  let model: Awaited<ReturnType<typeof startModelStandIn>>;
  let app: TestApp;

  beforeAll(async () => {
    let aiEnv: Record<string, string>;
    ({ tdb, slack, model, aiEnv } = await startDigestAiStandIns({
      modelText: MODEL_TEXT,
      teamsTenant: TENANT,
      apiKey: 'sleutel-die-niet-gelogd-wordt',
    }));
    teams = await startTeamsConnectorStandIn();
    app = await startTestApp(
      {
        SLACK_BOT_TOKEN: 'xoxb-ai',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        TEAMS_SKIP_AUTH: 'true',
        ...aiEnv,
      },
      tdb.db,
      clock,
    );
  });
  /** Hanneke types `samenvatting 2026-T1` to Schakel in a Teams conversation. */
  const hannekeInTeams = (conversationId: string, conversationType: 'personal' | 'channel') =>
    postActivity(
      app.baseUrl,
      messageActivity({
        serviceUrl: teams.serviceUrl,
        userId: '29:hanneke',
        tenantId: TENANT,
        conversationId,
        conversationType,
        text: 'samenvatting 2026-T1',
      }),
    );
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
    await teams?.close();
    await model?.close();
    await tdb?.drop();
  });

  it("Slack: the ack ('Bezig…') comes within Bolt's deadline while the model is still writing; the preview then takes its place", {
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
    const sentAt = Date.now();
    const ack = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, body);
    const ackMs = Date.now() - sentAt;
    expect(ack.status).toBe(200);
    expect(await ack.text()).toContain(BUSY_TEXT);
    expect(ackMs).toBeLessThan(BOLT_DEADLINE_MS);
    // The scheduler took the command at once and waits for the model, which has not answered.
    const request = await model.waitFor((c) => c.path === '/v1/chat/completions');
    expect(model.waiting()).toBe(1);
    expect(slack.directTo('U0HANNEKE')).toHaveLength(0);
    expect(slack.calls.filter((c) => c.path === '/response/1')).toHaveLength(0);

    model.release();
    const dm = await slack.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.channel === 'D0HANNEKE',
    );
    // Then the "bezig…" message is replaced through the response_url.
    const replaced = await slack.waitFor((c) => c.path === '/response/1');
    expect(replaced.body).toMatchObject({ replace_original: true, text: SENT_PRIVATELY });
    expect(replaced.at).toBeGreaterThanOrEqual(dm.at);
    const preview = JSON.stringify(dm.body);
    expect(preview).toContain('Concept, door een taalmodel opgesteld');
    expect(preview).toContain('het niveau steeg naar 3,5');

    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer sleutel-die-niet-gelogd-wordt');
    expect(request?.body.model).toBe('schakel-test');
    expect(JSON.stringify(request?.body)).not.toContain('Hanneke');
    const { rows } = await tdb.db.pool.query('SELECT summary FROM digest_versions');
    expect(rows[0].summary).toContain(MODEL_TEXT);
    expect(app.logs.text).not.toContain('sleutel-die-niet-gelogd-wordt');
    // What was queued is the command in Schakel's words, recorded as sent once the answer is out.
    const queued = await waitFor('het antwoord als verstuurd genoteerd', async () => {
      const { rows: sent } = await tdb.db.pool.query(
        `SELECT c.command, d.status FROM command_answers c JOIN deliveries d ON d.key = c.delivery_key
          WHERE d.status = 'sent'`,
      );
      return sent.length > 0 && sent;
    });
    expect(queued).toEqual([{ command: 'samenvatting', status: 'sent' }]);
  });

  it('Teams: "Bezig…" at once in the chat, then that message is updated with the preview', {
    timeout: 45_000,
  }, async () => {
    const before = model.calls.length;
    const conversationId = 'a:personal-hanneke-ai';
    // Another period than the Slack test's draft: a new draft, so the model writes again.
    const res = await hannekeInTeams(conversationId, 'personal');
    expect(res.status).toBeLessThan(300);
    const busy = teams.sentTo(conversationId);
    expect(busy).toHaveLength(1);
    expect(busy[0]?.body.text).toBe(BUSY_TEXT);
    await model.waitFor((c) => c.path === '/v1/chat/completions', { after: before });
    expect(model.waiting()).toBe(1);

    model.release();
    const updated = await teams.waitFor((c) => c.method === 'PUT');
    // The very activity that said "Bezig…" (the connector gave it its id), now the preview card.
    expect(decodeURIComponent(updated.path)).toMatch(
      new RegExp(`^/v3/conversations/${conversationId}/activities/activity-\\d+$`),
    );
    const card = JSON.stringify(updated.body);
    expect(card).toContain('Concept, door een taalmodel opgesteld');
    expect(card).toContain('het niveau steeg naar 3,5');
    expect(teams.sentTo(conversationId)).toHaveLength(1);
  });

  it('Teams: in a channel the "Bezig…" message becomes the pointer to the private chat, never the preview', {
    timeout: 45_000,
  }, async () => {
    const after = teams.calls.length;
    const conversationId = '19:werkgroep-ai@thread.tacv2';
    const res = await hannekeInTeams(conversationId, 'channel');
    expect(res.status).toBeLessThan(300);
    model.release();
    const updated = await teams.waitFor((c) => c.method === 'PUT', { after });
    expect(decodeURIComponent(updated.path)).toContain(`/v3/conversations/${conversationId}/activities/`);
    expect(updated.body.text).toBe(SENT_PRIVATELY);
    expect(JSON.stringify(updated.body)).not.toContain('Concept');
    // The preview itself is in Hanneke's personal chat with Schakel.
    expect(JSON.stringify(teams.directTo('29:hanneke').map((c) => c.body))).toContain('Concept');
  });
});

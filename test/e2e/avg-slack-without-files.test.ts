import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { SLACK_BOT_SCOPES } from '../../src/doctor/checks.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'avg-geheim';
const clock = manualClock('2026-09-01T08:00:00Z');

// The inzage of avg-inzage-delivery.test.ts, in a Slack workspace whose installation cannot send files.
describe('inzage in a Slack workspace that installed Schakel before it could send files', () => {
  let h: WerkgroepHarness;

  beforeAll(async () => {
    // The scopes of an older installation: everything but files:write.
    h = await startWerkgroepHarness({
      secret: SECRET,
      clock,
      slackScopes: SLACK_BOT_SCOPES.filter((s) => s !== 'files:write'),
    });
  });
  afterAll(async () => h?.stop());

  it('sends the whole inzage as text in the direct chat instead, so nothing is missing', async () => {
    const body = slashCommandBody({
      text: 'mijn-gegevens',
      userId: 'U0RUBEN',
      teamId: STAND_IN_TEAM,
      responseUrl: h.slack.responseUrl,
      channelId: 'C0OOST',
    });
    const ack = (await (await postToSlack(`${h.app.baseUrl}/slack/events`, SECRET, body)).json()) as {
      text: string;
    };
    expect(ack.text).toBe('Ik heb je een privébericht gestuurd.');
    const asText = await h.slack.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.channel === 'D0RUBEN',
    );
    const blocks = JSON.stringify(asText.body.blocks);
    expect(blocks).toContain('schakel-mijn-gegevens.json');
    expect(blocks).toContain('Ruben Hofstede');
    expect(blocks).toContain('uitleg');
    expect(h.slack.callsTo('files.completeUploadExternal')).toHaveLength(0);
  });
});

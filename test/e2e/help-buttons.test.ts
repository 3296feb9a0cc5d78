import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { pressInOost, slashInOost } from '../support/slash-command.ts';
import { invokeActivity, messageActivity, postActivity } from '../support/teams-activities.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-help';
const clock = manualClock('2026-03-16T09:00:00Z');

/** `help` is a short card with the member's most used commands as buttons, on both platforms. */
describe('help: buttons that do what they say', () => {
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
  });
  afterAll(async () => h?.stop());

  // The help card answers `/schakel help`: ephemeral, Ruben's alone.
  const slackPress = (element: { action_id: string; value: string }) =>
    pressInOost(h, SECRET, 'U0RUBEN', element, undefined, true);

  it('Slack: a member presses "Open actiepunten" and then "Alle commando’s" on the help card', async () => {
    const help = JSON.parse(await slashInOost(h, SECRET, 'U0RUBEN', 'help'));
    type Button = { action_id: string; value: string; text: { text: string } };
    const buttons: Button[] = help.blocks
      .filter((b: { type: string }) => b.type === 'actions')
      .flatMap((b: { elements: Button[] }) => b.elements);
    expect(buttons.map((b) => b.text.text)).toContain('Check-in invullen');
    // Slack refuses a block whose action ids repeat: each button of a block has its own.
    for (const block of help.blocks.filter((b: { type: string }) => b.type === 'actions')) {
      const ids = block.elements.map((b: Button) => b.action_id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const actiepunten = buttons.find((b) => b.text.text === 'Open actiepunten')!;
    const answer = await slackPress(actiepunten);
    expect(answer.replace_original).toBe(true);
    expect(JSON.stringify(answer)).toContain('Er staan geen open actiepunten.');
    const all = await slackPress(buttons.find((b) => b.text.text === 'Alle commando’s')!);
    expect(JSON.stringify(all)).toContain('/schakel klaar');
    expect(JSON.stringify(all)).toContain('/schakel mijn-gegevens');
  });

  it('Teams: in the chat with Schakel the shortcuts run without a prefix; in a channel the help says @Schakel', async () => {
    const press = async (value: string, conversationType: 'personal' | 'channel') => {
      const res = await postActivity(
        h.app.baseUrl,
        invokeActivity({
          verb: 'schakel_commando',
          data: { action: 'schakel_commando', value },
          serviceUrl: h.teams.serviceUrl,
          userId: '29:ruben',
          tenantId: TEAMS_TENANT,
          conversationType,
          ...(conversationType === 'channel' ? { conversationId: TEAMS_CHANNEL } : {}),
        }),
      );
      expect(res.status).toBe(200);
      return JSON.stringify(await res.json());
    };
    const all = await press('help alles', 'personal');
    // The card's Markdown keeps "<" as a sign with a backslash (Teams shows "klaar <nummer>").
    expect(all).toContain('"klaar \\\\<nummer\\\\>"');
    expect(all).not.toContain('/schakel');

    const activity = messageActivity({
      text: 'help',
      serviceUrl: h.teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId: TEAMS_CHANNEL,
      conversationType: 'channel',
    });
    const r = await postActivity(h.app.baseUrl, activity);
    expect(r.status).toBe(200);
    const sent = JSON.stringify(
      (await h.teams.waitFor((c) => c.path.startsWith(`/v3/conversations/${TEAMS_CHANNEL}/activities`))).body,
    );
    expect(sent).toContain('bijvoorbeeld @Schakel volgende');
    expect(sent).not.toContain('/schakel');
    expect(sent).toContain('"verb":"schakel_commando"');
    // What is only for the member's eyes is not opened in a channel by a button either: it goes to his chat.
    expect(await press('mijn-gegevens', 'channel')).toContain(nl.adapters.sentPrivately);
  });
});

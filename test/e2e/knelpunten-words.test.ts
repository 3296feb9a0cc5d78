import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { slashWithDm } from '../support/slack-commands.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-knelpunten';

/**
 * "knelpunten" and "knelpunt …" are no commands, but people type them: the answer says that
 * knelpunten are brought in with the check-in and where they are seen, on Slack and Teams alike.
 */
describe('knelpunten typed as a command', () => {
  let h: WerkgroepHarness;
  const viaSlack = async (text: string) =>
    (
      await slashWithDm(
        { baseUrl: h.app.baseUrl, secret: SECRET, slack: h.slack },
        { userId: 'U0RUBEN', text, channelId: 'C0OOST' },
      )
    ).ack;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock: manualClock('2026-12-06T10:00:00Z') });
  });
  afterAll(async () => h?.stop());

  it('Slack and Teams: points to the check-in and the samenvatting, not "Dat commando ken ik niet"', async () => {
    for (const text of ['knelpunten', 'knelpunt Wachtlijst bij de GGZ is te lang']) {
      const slack = await viaSlack(text);
      expect(slack, text).not.toContain('Dat commando ken ik niet');
      expect(slack, text).toContain('Knelpunten breng je in met de check-in na een bijeenkomst');
      expect(slack, text).toContain('/schakel checkin');
      expect(slack, text).toContain('/schakel samenvatting laatste');
      const teams = await sayInPersonalChat(h, '29:ruben', text, 'nl-NL');
      expect(teams, text).toContain('Knelpunten breng je in met de check-in na een bijeenkomst');
    }
  });

  it('a knelpunt with a client’s details is refused as any text is', async () => {
    const answer = await viaSlack('knelpunt cliënt met BSN 123456782 wacht te lang');
    expect(answer).not.toContain('Knelpunten breng je in');
    expect(answer).not.toContain('123456782');
  });
});

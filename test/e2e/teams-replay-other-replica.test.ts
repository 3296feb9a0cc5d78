import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { invokeActivity, postActivity } from '../support/teams-activities.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

/**
 * Two Schakel replicas on one database. A button press Teams sends again reaches the replica that
 * did not handle it: that one has no first answer to give back, and answers with a short line
 * that it was already done, in the member's language (from the catalogue, not Dutch for everyone).
 */
describe('Teams: a press sent again to another replica is answered "already done" in the member’s language', () => {
  const clock = manualClock('2026-10-05T06:00:00Z');
  let h: WerkgroepHarness;
  let second: TestApp;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ clock, platforms: ['teams'] });
    second = await startTestApp({ TEAMS_SKIP_AUTH: 'true' }, h.tdb.db, clock);
  });
  afterAll(async () => {
    await second?.stop();
    await h?.stop();
  });

  /** Pressed once on the first replica, then sent again to the second; the second's answer. */
  async function pressTwice(locale: string): Promise<unknown> {
    const press = invokeActivity({
      serviceUrl: h.teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId: TEAMS_CHANNEL,
      conversationType: 'channel',
      locale,
      verb: 'een_knop_die_niet_bestaat',
      data: {},
    });
    const first = await postActivity(h.app.baseUrl, press);
    expect(first.status).toBe(200);
    const firstAnswer = await first.json();
    const again = await postActivity(second.baseUrl, press);
    expect(again.status).toBe(200);
    const answer = await again.json();
    expect(answer).not.toEqual(firstAnswer);
    return answer;
  }

  it('in English for a member whose Teams is in English', async () => {
    expect(await pressTwice('en-US')).toMatchObject({ value: 'This request has already been handled.' });
  });

  it('in Dutch for a member whose Teams is in Dutch', async () => {
    expect(await pressTwice('nl-NL')).toMatchObject({ value: 'Dit verzoek is al verwerkt.' });
  });
});

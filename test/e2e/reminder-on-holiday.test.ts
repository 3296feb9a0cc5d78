import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { TEAMS_CHANNEL } from '../support/rhythm-fixture.ts';
import { slashInOost } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-feestdag';
// Monday 7 December 2026, 10:00 in Amsterdam.
const clock = manualClock('2026-12-07T09:00:00Z');
const WARNING =
  'Let op: de bijeenkomst valt op Eerste Kerstdag (feestdag). Gaat ze niet door, dan kan de projectleider haar verplaatsen of laten vervallen.';

/**
 * The werkgroep kept a meeting on Eerste Kerstdag (Friday 25 December 2026): the reminder the day
 * before says it falls on a public holiday, as the warning did when the series was made, on Slack
 * and in the Teams card. The next meeting's reminder (Friday 22 January) says nothing of the kind.
 */
describe('a reminder of a meeting on a public holiday says so', () => {
  let h: WerkgroepHarness;
  const slackReminders = () =>
    h.slack
      .callsTo('chat.postMessage')
      .map((c) => JSON.stringify(c.body.blocks))
      .filter((b) => b.includes('Wanneer'));
  const teamsReminders = () =>
    h.teams
      .sentTo(TEAMS_CHANNEL)
      .map((c) => JSON.stringify(c.body))
      .filter((b) => b.includes('Wanneer'));

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    const made = await slashInOost(h, SECRET, 'U0HANNEKE', 'nieuwe-reeks 2026-12-25 14:00');
    expect(made).toContain('De reeks staat');
    expect(made).toContain('Eerste Kerstdag');
  });
  afterAll(async () => h?.stop());

  it('the day before Eerste Kerstdag: the reminder warns, on Slack and on Teams', async () => {
    clock.set('2026-12-24T08:00:30Z'); // Thursday 24 December, 09:00:30 in Amsterdam
    await h.app.running.tick();
    const [slack] = slackReminders();
    expect(slack).toContain('Morgen: Werkgroep Oost');
    expect(slack).toContain(WARNING);
    const [teams] = teamsReminders();
    expect(teams).toContain(WARNING);
  });

  it('an ordinary day: no such warning', async () => {
    clock.set('2027-01-21T08:00:30Z'); // Thursday 21 January 2027, the day before the next meeting
    await h.app.running.tick();
    expect(slackReminders()).toHaveLength(2);
    expect(slackReminders().at(-1)).toContain('vrijdag 22 januari 2027');
    expect(slackReminders().at(-1)).not.toContain('feestdag');
    expect(teamsReminders().at(-1)).not.toContain('feestdag');
  });
});

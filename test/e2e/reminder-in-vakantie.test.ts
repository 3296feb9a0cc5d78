import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { TEAMS_CHANNEL } from '../support/rhythm-fixture.ts';
import { slashInOost } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-vakantie';
// Monday 7 December 2026, 10:00 in Amsterdam.
const clock = manualClock('2026-12-07T09:00:00Z');
const IN_VAKANTIE = 'valt in de vakantie Kerstvakantie (zaterdag 19 december 2026 t/m zondag 3 januari 2027)';
const WARNING = `Let op: de bijeenkomst ${IN_VAKANTIE}. Gaat ze niet door, dan kan de projectleider haar verplaatsen of laten vervallen.`;

/**
 * The projectleider notes the region's Kerstvakantie; the werkgroep's meeting of Tuesday 29
 * December 2026 falls in it. The `vakantie` answer names that meeting; the call for agendapunten
 * (a week before) and the reminder the day before say it falls in the vakantie, in the words
 * `volgende` uses, on Slack and in the Teams card. The next meeting, after the vakantie, does not.
 */
describe('a meeting in a region vakantie: its reminder and agenda call say so', () => {
  let h: WerkgroepHarness;
  const slackSent = (marker: string) =>
    h.slack
      .callsTo('chat.postMessage')
      .map((c) => JSON.stringify(c.body.blocks))
      .filter((b) => b.includes(marker));
  const teamsSent = (marker: string) =>
    h.teams
      .sentTo(TEAMS_CHANNEL)
      .map((c) => JSON.stringify(c.body))
      .filter((b) => b.includes(marker));

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    const made = await slashInOost(h, SECRET, 'U0HANNEKE', 'nieuwe-reeks 2026-12-29 14:00');
    expect(made).toContain('De reeks staat');
  });
  afterAll(async () => h?.stop());

  it('the vakantie answer names the meeting that falls in it; volgende warns of it', async () => {
    const added = await slashInOost(
      h,
      SECRET,
      'U0HANNEKE',
      'vakantie Kerstvakantie 2026-12-19 t/m 2027-01-03',
    );
    expect(added).toContain(
      'Deze bijeenkomst valt erin en krijgt een waarschuwing in de herinnering en de oproep voor agendapunten: Werkgroep Oost op dinsdag 29 december 2026.',
    );
    expect(await slashInOost(h, SECRET, 'U0RUBEN', 'volgende')).toContain(IN_VAKANTIE);
  });

  it('the call for agendapunten a week before warns, on Slack and on Teams', async () => {
    clock.set('2026-12-22T08:00:30Z'); // Tuesday 22 December, 09:00:30 in Amsterdam
    await h.app.running.tick();
    const [slack] = slackSent('Agendapunten voor');
    expect(slack).toContain(WARNING);
    const [teams] = teamsSent('Agendapunten voor');
    expect(teams).toContain(WARNING);
  });

  it('the reminder the day before warns, on Slack and on Teams', async () => {
    clock.set('2026-12-28T08:00:30Z'); // Monday 28 December, 09:00:30 in Amsterdam
    await h.app.running.tick();
    const [slack] = slackSent('Wanneer');
    expect(slack).toContain('Morgen: Werkgroep Oost');
    expect(slack).toContain(WARNING);
    const [teams] = teamsSent('Wanneer');
    expect(teams).toContain(WARNING);
  });

  it('the next meeting, after the vakantie: no such warning', async () => {
    clock.set('2027-01-25T08:00:30Z'); // Monday 25 January 2027, the day before the next meeting
    await h.app.running.tick();
    const reminders = slackSent('Wanneer');
    expect(reminders).toHaveLength(2);
    expect(reminders.at(-1)).toContain('dinsdag 26 januari 2027');
    expect(reminders.at(-1)).not.toContain('vakantie Kerstvakantie');
    expect(teamsSent('Wanneer').at(-1)).not.toContain('vakantie Kerstvakantie');
  });
});

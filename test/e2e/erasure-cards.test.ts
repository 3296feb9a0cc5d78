import { describe, expect, it, onTestFinished } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { meetingEnds, onSlack, onTeams, startCheckinHarness } from '../support/checkin-harness.ts';
import { databaseText } from '../support/database-text.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { slashInOost } from '../support/slash-command.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';

const SECRET = 'vergeten-kaart-geheim';
const LAPSED = 'Deze check-in is vervallen: je gegevens zijn gewist.';

/** Werkgroep Oost on one platform, its meeting just ended: every member got their check-in card. */
async function roundSent(platform: 'slack' | 'teams') {
  const clock = manualClock('2026-10-05T06:00:00Z');
  const h = await startCheckinHarness({
    secret: SECRET,
    clock,
    platforms: [platform],
    members: [
      { name: 'Sanne Kuipers', identity: platform === 'slack' ? onSlack('U0SANNE') : onTeams('29:sanne') },
    ],
  });
  onTestFinished(() => h.stop());
  await meetingEnds(h, clock, '2026-10-06T13:31:00Z');
  await h.app.running.tick();
  return h;
}

describe('vergeet-mij changes the check-in cards still in the member’s chat', () => {
  it('Slack: the check-in message in the DM becomes one line without its button; others keep theirs', async () => {
    const { slack, app, tdb } = await roundSent('slack');
    const card = slack.callsTo('chat.postMessage').find((c) => c.body.channel === 'D0SANNE');
    expect(JSON.stringify(card?.body.blocks)).toContain('checkin_open');
    expect(await databaseText(tdb.db)).toContain('D0SANNE');
    await slashInOost({ app, slack }, SECRET, 'U0SANNE', 'vergeet-mij bevestig');

    const update = await slack.waitFor((c) => c.path === '/api/chat.update');
    expect(update.body).toMatchObject({ channel: 'D0SANNE', text: LAPSED });
    expect(JSON.stringify(update.body.blocks)).not.toContain('checkin_open');
    // Ruben's card, in his own DM, stays as it was.
    expect(slack.callsTo('chat.update')).toHaveLength(1);
    // Where the card stood went with the rest: nothing in the database names the DM any more.
    expect(await databaseText(tdb.db)).not.toContain('D0SANNE');
  });

  it('Teams: the check-in card in the personal chat becomes one line without Opslaan', async () => {
    const { teams, app, tdb } = await roundSent('teams');
    const [card] = teams.directTo('29:sanne');
    expect(JSON.stringify(card?.body)).toContain('Action.Execute');
    expect(await databaseText(tdb.db)).toContain('a:dm-29:sanne');
    const personal = messageActivity({
      text: 'vergeet-mij bevestig',
      serviceUrl: teams.serviceUrl,
      userId: '29:sanne',
      tenantId: TEAMS_TENANT,
    });
    await postActivity(app.baseUrl, personal);

    const update = await teams.waitFor((c) => c.method === 'PUT');
    expect(update.path).toMatch(/^\/v3\/conversations\/a:dm-29:sanne\/activities\/activity-\d+$/);
    expect(JSON.stringify(update.body)).toContain(LAPSED);
    expect(JSON.stringify(update.body)).not.toContain('Action.Execute');
    expect(teams.calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    expect(await databaseText(tdb.db)).not.toContain('a:dm-29:sanne');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { addMemberOnBothPlatforms } from '../support/fixtures.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { slashWithDm } from '../support/slack-commands.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-stuurgroeplid';

/**
 * A stuurgroeplid sits in no werkgroep: `volgende` tells them their stuurgroep's next meeting and
 * when its summary is drafted, not "ask to be added to a werkgroep"; on Slack and Teams alike.
 */
describe('volgende for a stuurgroeplid', () => {
  let h: WerkgroepHarness;

  /** `/schakel <text>` in the member's DM: Schakel's answer, as text. */
  const viaSlack = async (userId: string, text: string) =>
    (
      await slashWithDm(
        { baseUrl: h.app.baseUrl, secret: SECRET, slack: h.slack },
        { userId, text, channelId: `D${userId}` },
      )
    ).ack;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock: manualClock('2026-03-16T09:00:00Z') });
    const { rows } = await h.tdb.db.pool.query<{ region_id: string }>(
      `SELECT region_id FROM overleggen WHERE name = 'Werkgroep Oost'`,
    );
    const regionId = rows[0]!.region_id;
    for (const [name, roles, slackUserId] of [
      ['Fictief Stuurgroeplid', ['stuurgroeplid'], 'U0STUUR'],
      ['Fictief Nieuw Lid', ['lid'], 'U0NIEUW'],
    ] as const) {
      const teamsUserId = `29:${slackUserId}`;
      await addMemberOnBothPlatforms(h.tdb.db, {
        ...{ regionId, name, roles: [...roles], slackUserId, teamsTenant: TEAMS_TENANT, teamsUserId },
      });
    }
  });
  afterAll(async () => h?.stop());

  it('Slack: no stuurgroep planned yet: says so, and where the published summary is', async () => {
    const answer = await viaSlack('U0STUUR', 'volgende');
    expect(answer).not.toContain('nog niet aan een werkgroep gekoppeld');
    expect(answer).toContain('Er staat nog geen vergadering van de stuurgroep van je regio in Schakel');
    expect(answer).toContain(
      'De laatst gepubliceerde samenvatting lees je met /schakel samenvatting laatste.',
    );
    expect(answer).toContain('Laatste samenvatting');
  });

  it('Teams: the next stuurgroep the projectleider planned, and the day its summary is drafted', async () => {
    expect(await viaSlack('U0HANNEKE', 'stuurgroep 2026-04-21')).toContain('Genoteerd: stuurgroep op');
    const answer = await sayInPersonalChat(h, '29:U0STUUR', 'volgende', 'nl-NL');
    expect(answer).toContain('De volgende stuurgroep van je regio is op dinsdag 21 april 2026.');
    // Ten days before is a Saturday: the draft comes the Friday before.
    expect(answer).toContain('Het concept van de samenvatting komt op vrijdag 10 april 2026;');
    expect(answer).not.toContain('nog niet aan een werkgroep gekoppeld');
  });

  it('a meeting planned late: the draft is said to come (no draft was made), then made once it was', async () => {
    // Monday 16 March: Friday 20 March's draft day (ten days before) has passed, no draft made.
    expect(await viaSlack('U0HANNEKE', 'stuurgroep 2026-03-20')).toContain('Genoteerd: stuurgroep op');
    const before = await sayInPersonalChat(h, '29:U0STUUR', 'volgende', 'nl-NL');
    expect(before).toContain('De volgende stuurgroep van je regio is op vrijdag 20 maart 2026.');
    expect(before).toContain('Het concept van de samenvatting komt op maandag 16 maart 2026;');
    expect(before).not.toContain('gemaakt');
    await h.app.running.tick();
    const after = await sayInPersonalChat(h, '29:U0STUUR', 'volgende', 'nl-NL');
    expect(after).toContain('Het concept van de samenvatting is op maandag 16 maart 2026 gemaakt;');
    expect(await viaSlack('U0HANNEKE', 'stuurgroep weg 2026-03-20')).toContain('weggehaald');
  });

  it('a lid in no werkgroep still hears to ask the projectleider', async () => {
    expect(await viaSlack('U0NIEUW', 'volgende')).toContain(
      'Je bent nog niet aan een werkgroep gekoppeld. Vraag je projectleider.',
    );
  });

  it('a werkgroep command from a stuurgroeplid says it is for werkgroepleden and what they can type', async () => {
    for (const command of ['agenda', 'actiepunten', 'checkin']) {
      const slack = await viaSlack('U0STUUR', command);
      expect(slack, command).not.toContain('nog niet aan een werkgroep gekoppeld');
      expect(slack, command).toContain('voor werkgroepleden');
      expect(slack, command).toContain('/schakel volgende');
      expect(slack, command).toContain('/schakel samenvatting laatste');
      const teams = await sayInPersonalChat(h, '29:U0STUUR', command, 'nl-NL');
      expect(teams, command).toContain('voor werkgroepleden');
      expect(teams, command).not.toContain('/schakel');
    }
  });
});

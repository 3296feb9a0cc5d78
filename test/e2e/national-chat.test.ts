import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { seedReport2018 } from '../national/report-2018.ts';
import { readCardMarkdown } from '../support/card-markdown.ts';
import { addMemberOnBothPlatforms } from '../support/fixtures.ts';
import { slashWithDm } from '../support/slack-commands.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { startHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'landelijk-geheim';
const TENANT = 'tenant-landelijk';
// 10 September 2018: the last complete tertiaal is 2018-T2, the period of the report's interviews.
const clock = manualClock('2018-09-10T08:00:00Z');

/** The report's regions, and a landelijk member and a projectleider of regio-01 on both platforms. */
function startNationalHarness() {
  return startHarness({ secret: SECRET, clock }, async (db) => {
    await seedReport2018(db.pool);
    for (const [name, role] of [
      ['landelijk', 'landelijk'],
      ['projectleider', 'projectleider'],
    ] as const) {
      await addMemberOnBothPlatforms(db, {
        regionId: 'regio-01',
        name: `Fictief ${name}`,
        roles: [role],
        slackUserId: `U_${name.toUpperCase()}`,
        teamsTenant: TENANT,
        teamsUserId: `29:${name}`,
      });
    }
  });
}

/**
 * The programme office asks for the national overview in the chat, on Slack and on Teams, over
 * 28 fictional regions whose answers reproduce the 2018 report's tables (test/national).
 */
describe('the national overview in the chat, for the landelijk role', () => {
  let h: Awaited<ReturnType<typeof startNationalHarness>>;

  beforeAll(async () => {
    h = await startNationalHarness();
  }, 120_000);
  afterAll(async () => h?.stop());

  /** `/schakel <text>` in a channel: the ephemeral answer, and what went to the member's DM. */
  const viaSlack = (name: string, text: string) =>
    slashWithDm(
      { baseUrl: h.app.baseUrl, secret: SECRET, slack: h.slack },
      { userId: `U_${name.toUpperCase()}`, text, channelId: 'C_ERGENS' },
    );

  /** A message in the member's personal chat with Schakel: the answer there. */
  async function viaTeams(name: string, text: string): Promise<string> {
    const conversationId = `a:dm-29:${name}`;
    const { teams } = h;
    const before = teams.calls.length;
    await postActivity(
      h.app.baseUrl,
      messageActivity({
        text,
        serviceUrl: teams.serviceUrl,
        userId: `29:${name}`,
        tenantId: TENANT,
        conversationId,
      }),
    );
    const sent = await teams.waitFor(
      (c) => teams.calls.indexOf(c) >= before && c.path.startsWith(`/v3/conversations/${conversationId}/`),
    );
    return JSON.stringify(sent.body);
  }

  it('Slack: the landelijk member gets both tables of a period in a direct message', async () => {
    const { ack, dm } = await viaSlack('landelijk', 'landelijk 2018-01-01..2018-08-31');
    expect(ack).toContain('privébericht');
    expect(dm).toContain('Landelijk overzicht 1 januari 2018 t/m 31 augustus 2018');
    expect(dm).toContain("28 regio's");
    // The report's first and last checklist rows: ja / in ontwikkeling / nee.
    expect(dm).toContain('*1. Toegeruste projectleider* — 18 / 8 / 0');
    expect(dm).toContain('*15. Transparantie over privacy* — 2 / 12 / 12');
    expect(dm).toContain('*Tussen 1 en 2 niveaus omhooggegaan* — 7 regio');
    expect(dm).toContain('*Niet beschikbaar (minder dan 3 antwoorden in de periode)* — 2 regio');
    // Counts only: no region and no member is named.
    expect(dm).not.toContain('Fictieve regio');
    expect(dm).not.toContain('Deelnemer');
    // Who can make the full tables, not a command line only the beheerder can run.
    expect(dm).toContain('kan de beheerder van Schakel voor je als bestand maken');
    expect(dm).not.toMatch(/schakel national|--period|--format/);
  });

  it('Teams: the same numbers, by default for the last complete tertiaal', async () => {
    const card = await viaTeams('landelijk', 'landelijk');
    expect(card).toContain('Landelijk overzicht 2018-T2 (1 mei 2018 t/m 31 augustus 2018)');
    // Every level answer of the fixture falls in T2, so the level table is the report's.
    expect(card).toMatch(/"title":"1 niveau omhooggegaan","value":"8 regio's"/);
    expect(card).toMatch(/"title":"Geen verschil vergeleken met het startniveau","value":"4 regio's"/);
    const range = await viaTeams('landelijk', 'landelijk 2018-T1..2018-T2');
    expect(range).toMatch(/"title":"1\\\\\. Toegeruste projectleider","value":"18 \/ 8 \/ 0"/);
  });

  it('a projectleider is refused in Dutch on both platforms, and a wrong period gets the usage', async () => {
    const { ack } = await viaSlack('projectleider', 'landelijk');
    expect(ack).toContain('Alleen het programmabureau (rol landelijk) en een beheerder');
    expect(await viaTeams('projectleider', 'landelijk 2018-T2')).toContain('Alleen het programmabureau');
    expect((await viaSlack('landelijk', 'landelijk vorig jaar')).ack).toContain(
      'landelijk [JJJJ-Tn | JJJJ-MM-DD..JJJJ-MM-DD]',
    );
    expect(await viaTeams('landelijk', 'landelijk 2018-02-30..2018-08-31')).toContain('Geen geldige periode');
  });

  it('help shows the command to the landelijk member and not to the projectleider', async () => {
    // In the card's Markdown the bracket has a backslash (Teams shows "landelijk [JJJJ-Tn").
    expect(await viaTeams('landelijk', 'help alles')).toContain('landelijk \\\\[JJJJ-Tn');
    expect(await viaTeams('projectleider', 'help alles')).not.toContain('landelijk \\\\[JJJJ-Tn');
    // As the member reads it: with the bracket, for the landelijk member only.
    const read = async (name: string) =>
      readCardMarkdown(JSON.parse(await viaTeams(name, 'help alles')).attachments[0].content).text;
    expect(await read('landelijk')).toContain('landelijk [JJJJ-Tn');
    expect(await read('projectleider')).not.toContain('landelijk [JJJJ-Tn');
    expect(await read('projectleider')).toContain('agendapunt');
  });

  it('a werkgroep command from the landelijk member says it is for werkgroepleden and names the overview', async () => {
    for (const command of ['agenda', 'actiepunten', 'checkin']) {
      const { ack } = await viaSlack('landelijk', command);
      expect(ack, command).not.toContain('nog niet aan een werkgroep gekoppeld');
      expect(ack, command).toContain('voor werkgroepleden');
      expect(ack, command).toContain('/schakel landelijk');
      const teams = await viaTeams('landelijk', command);
      expect(teams, command).toContain('voor werkgroepleden');
      expect(teams, command).toContain('typ je landelijk');
      expect(teams, command).not.toContain('/schakel');
    }
  });

  it('in English once the landelijk member chose it: the frame and the names, the same numbers', async () => {
    expect(await viaTeams('landelijk', 'taal en')).toContain('in English');
    const card = await viaTeams('landelijk', 'landelijk');
    expect(card).toContain('National overview 2018-T2 (1 May 2018 to 31 August 2018)');
    expect(card).toContain('Preconditions (checklist): yes / in development / no');
    expect(card).toMatch(/"title":"1 level up","value":"8 regions"/);
    const range = await viaTeams('landelijk', 'landelijk 2018-T1..2018-T2');
    expect(range).toMatch(/"title":"1\\\\\. Equipped projectleider","value":"18 \/ 8 \/ 0"/);
    expect(await viaTeams('landelijk', 'taal nl')).toContain('Nederlands');
  });
});

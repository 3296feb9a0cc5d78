import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { pressInOost, slashInOost } from '../support/slash-command.ts';
import { invokeActivity, postActivity } from '../support/teams-activities.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-actiepunten';
const clock = manualClock('2026-03-16T09:00:00Z');

/**
 * An actiepunt keeps its number ("klaar 2" after "klaar 1" still means the second one), and
 * "Klaar #n" under the list finishes it with one tap, on Slack and on Teams.
 */
describe('actiepunten: stable numbers and Klaar buttons', () => {
  let h: WerkgroepHarness;
  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
  });
  afterAll(async () => h?.stop());

  const slash = (userId: string, text: string) => slashInOost(h, SECRET, userId, text);

  /** Taps a button in Slack and waits for the answer Schakel sends to the button's response_url. */
  const slackTap = (userId: string, actionId: string, value: string) =>
    pressInOost(h, SECRET, userId, { action_id: actionId, value });

  const open = async () =>
    (
      await h.tdb.db.pool.query(
        'SELECT number, description FROM actiepunten WHERE done_at IS NULL ORDER BY number',
      )
    ).rows;

  it('numbers stay with their actiepunt: "klaar 2" after "klaar 1" finishes the second', async () => {
    await slash('U0RUBEN', 'actiepunt Werkgeversontbijt plannen');
    await slash('U0RUBEN', 'actiepunt Folder IPS rondsturen');
    await slash('U0RUBEN', 'actiepunt Convenant delen met de FG');
    const list = await slash('U0RUBEN', 'actiepunten');
    expect(list).toContain('#1 Werkgeversontbijt plannen — Ruben Hofstede');
    expect(list).toContain('#3 Convenant delen met de FG');
    expect(await slash('U0RUBEN', 'klaar 1')).toContain('Afgerond: #1 Werkgeversontbijt plannen');
    expect(await slash('U0RUBEN', 'klaar 2')).toContain('Afgerond: #2 Folder IPS rondsturen');
    expect(await slash('U0RUBEN', 'klaar 1')).toContain('Actiepunt #1 was al afgerond');
    expect(await slash('U0RUBEN', 'klaar 9')).toContain('Er is geen actiepunt met nummer 9');
    expect(await open()).toEqual([{ number: 3, description: 'Convenant delen met de FG' }]);
    // A new one gets the next number, not a freed one.
    await slash('U0RUBEN', 'actiepunt Terugkoppeling werkgeversdag');
    expect(await slash('U0RUBEN', 'actiepunten')).toContain('#4 Terugkoppeling werkgeversdag');
  });

  it('the list carries a "Klaar #n" button per open actiepunt, on both platforms', async () => {
    const slackList = JSON.parse(await slash('U0RUBEN', 'actiepunten'));
    const buttons = slackList.blocks
      .filter((b: { type: string }) => b.type === 'actions')
      .flatMap(
        (b: { elements: Array<{ action_id: string; text: { text: string }; value: string }> }) => b.elements,
      );
    // After them, in a row of their own, the Schrap buttons of schrappen (actiepunten-schrap.test.ts).
    expect(buttons.map((b: { text: { text: string } }) => b.text.text)).toEqual([
      'Klaar #3',
      'Klaar #4',
      'Schrap #3',
      'Schrap #4',
    ]);
    expect(buttons[0].action_id).toBe('actiepunt_klaar');
    expect(buttons[0].value).toBe(`${h.w.overlegId}|3|lijst`);
  });

  it('Slack: a stranger’s tap on Klaar is refused to them only; the owner’s tap finishes it', async () => {
    const refused = await slackTap('U0ONBEKEND', 'actiepunt_klaar', `${h.w.overlegId}|3`);
    expect(JSON.stringify(refused)).toContain('Ik ken je nog niet');
    expect(refused.replace_original).toBe(false);
    expect((await open()).map((a) => a.number)).toEqual([3, 4]);
    const done = await slackTap('U0RUBEN', 'actiepunt_klaar', `${h.w.overlegId}|3`);
    expect(JSON.stringify(done)).toContain('Afgerond: #3 Convenant delen met de FG');
    expect(done.response_type).toBe('ephemeral');
    expect(done.replace_original).toBe(false);
    expect((await open()).map((a) => a.number)).toEqual([4]);
    // Tapped twice (a slow connection, a second tap): done once, and said so.
    expect(JSON.stringify(await slackTap('U0RUBEN', 'actiepunt_klaar', `${h.w.overlegId}|3`))).toContain(
      'was al afgerond',
    );
  });

  it('Teams: Klaar answers the one who tapped it and leaves the card for the others', async () => {
    const res = await postActivity(
      h.app.baseUrl,
      invokeActivity({
        verb: 'actiepunt_klaar',
        data: { action: 'actiepunt_klaar', value: `${h.w.overlegId}|4` },
        serviceUrl: h.teams.serviceUrl,
        userId: '29:ruben',
        tenantId: TEAMS_TENANT,
      }),
    );
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { type: string; value: string };
    expect(answer.type).toBe('application/vnd.microsoft.activity.message');
    expect(answer.value).toBe('Afgerond: #4 Terugkoppeling werkgeversdag.');
    expect(await open()).toEqual([]);
  });

  it('a button from an old message that names no actiepunt says what to do instead', async () => {
    const answer = await slackTap('U0RUBEN', 'actiepunt_klaar', 'onzin');
    expect(JSON.stringify(answer)).toContain('Typ /schakel klaar met het nummer van het actiepunt');
  });

  it('Slack: Klaar under the actiepunten list renews that message, the actiepunt done and its button gone', async () => {
    await slash('U0RUBEN', 'actiepunt Werkgeversdag evalueren');
    await slash('U0RUBEN', 'actiepunt Nieuwsbrief schrijven');
    const list = JSON.parse(await slash('U0RUBEN', 'actiepunten'));
    const button = list.blocks
      .filter((b: { type: string }) => b.type === 'actions')
      .flatMap((b: { elements: Array<{ action_id: string; value: string }> }) => b.elements)[0];
    expect(button.value).toBe(`${h.w.overlegId}|5|lijst`);
    const renewed = await slackTap('U0RUBEN', button.action_id, button.value);
    expect(renewed.replace_original).toBe(true);
    const text = JSON.stringify(renewed.blocks);
    expect(text).toContain('Afgerond: #5 Werkgeversdag evalueren.');
    expect(text).toContain('Klaar #6');
    expect(text).not.toContain('Klaar #5');
    expect((await open()).map((a) => a.number)).toEqual([6]);
  });

  it('a number typed as the list shows it ("#7"), or as a word ("zes"), is that actiepunt', async () => {
    await slash('U0RUBEN', 'actiepunt Zaal reserveren');
    await slash('U0RUBEN', 'actiepunt Koffie bestellen');
    expect(await slash('U0RUBEN', 'actiepunten')).toContain('#7 Zaal reserveren');
    expect(await slash('U0RUBEN', 'deadline #7 15 januari')).toContain('De deadline van actiepunt #7');
    expect(await slash('U0RUBEN', 'klaar #7')).toContain('Afgerond: #7 Zaal reserveren');
    const teams = await sayInPersonalChat(h, '29:ruben', 'klaar #8', 'nl-NL');
    expect(teams).toContain('Afgerond: #8 Koffie bestellen');
    expect(await slash('U0RUBEN', 'klaar zes')).toContain('Afgerond: #6 Nieuwsbrief schrijven');
  });

  it('a number typed with a leading zero ("09") or in full-width digits ("１０") is that actiepunt', async () => {
    await slash('U0RUBEN', 'actiepunt Flyers ophalen');
    await slash('U0RUBEN', 'actiepunt Agenda rondsturen');
    expect(await slash('U0RUBEN', 'klaar 09')).toContain('Afgerond: #9 Flyers ophalen');
    expect(await slash('U0RUBEN', 'klaar １０')).toContain('Afgerond: #10 Agenda rondsturen');
  });
});

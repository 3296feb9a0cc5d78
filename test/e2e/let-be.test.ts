import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { actionsTitled } from '../support/card-element.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { pressInOost, slashInOost } from '../support/slash-command.ts';
import { invokeActivity, postActivity } from '../support/teams-activities.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-laat-maar';
const clock = manualClock('2026-03-16T09:00:00Z');

type SlackButton = { action_id: string; value: string; text?: { text: string } };
type CardAction = { type: string; title?: string; verb?: string; data?: Record<string, unknown> };

/** The Action.Execute in a card (a step in an Action.ShowCard included), found by its title. */
const executeTitled = (card: string, title: string) =>
  actionsTitled(JSON.parse(card), 'Action.Execute', title)[0] as CardAction | undefined;

/**
 * A step that asks first ("Actiepunt #1 schrappen?", "vergeet-mij") has a way out on both platforms:
 * Teams shows "Nee, …" beside "Ja, …" in the card, Slack's dialog has its own and the vergeet-mij
 * question a button. Pressed, it says plainly that nothing changed, to the presser alone. (The
 * annuleer card's "Nee, laat maar": local-chat-herstel.test.ts.)
 */
describe('"Nee, laat maar": a question asked first can be declined', () => {
  let h: WerkgroepHarness;
  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
  });
  afterAll(async () => h?.stop());

  const slash = (userId: string, text: string) => slashInOost(h, SECRET, userId, text);
  const pressInTeams = async (action: CardAction | undefined, userId: string) => {
    expect(action?.verb).toBe('laat_maar');
    const res = await postActivity(
      h.app.baseUrl,
      invokeActivity({
        verb: action?.verb ?? '',
        data: action?.data ?? {},
        serviceUrl: h.teams.serviceUrl,
        userId,
        tenantId: TEAMS_TENANT,
      }),
    );
    return JSON.stringify(await res.json());
  };
  const removed = async () =>
    (await h.tdb.db.pool.query(`SELECT removed_at IS NOT NULL AS removed FROM actiepunten`)).rows;

  it('Teams: "Schrap #1" asks with "Ja, schrappen" and "Nee, laten staan"; no leaves the actiepunt', async () => {
    await slash('U0RUBEN', 'actiepunt Werkgeversontbijt plannen');
    const card = await sayInPersonalChat(h, '29:ruben', 'actiepunten', 'nl-NL');
    expect(executeTitled(card, 'Ja, schrappen')?.verb).toBe('actiepunt_schrap');
    const answer = await pressInTeams(executeTitled(card, 'Nee, laten staan'), '29:ruben');
    expect(answer).toContain('Goed, er verandert niets.');
    expect(await removed()).toEqual([{ removed: false }]);
  });

  it('vergeet-mij offers "Nee, laat maar" beside the button that erases, on Slack and on Teams', async () => {
    expect(await slash('U0RUBEN', 'vergeet-mij')).toContain('privébericht');
    const dm = JSON.stringify(h.slack.callsTo('chat.postMessage').at(-1)?.body);
    expect(dm).toContain('Ja, wis mijn gegevens');
    // The button as the message renders it, pressed with its own action_id and value.
    const blocks = JSON.parse(dm).blocks as { type: string; elements?: SlackButton[] }[];
    const no = blocks.flatMap((b) => b.elements ?? []).find((e) => e.text?.text === 'Nee, laat maar');
    expect(no?.action_id).toBe('laat_maar');
    const slackAnswer = await pressInOost(h, SECRET, 'U0RUBEN', {
      action_id: no!.action_id,
      value: no!.value,
    });
    expect(JSON.stringify(slackAnswer)).toContain('Goed, er verandert niets.');
    const card = await sayInPersonalChat(h, '29:ruben', 'vergeet-mij', 'nl-NL');
    expect(executeTitled(card, 'Ja, wis mijn gegevens')).toBeDefined();
    const teamsAnswer = await pressInTeams(executeTitled(card, 'Nee, laat maar'), '29:ruben');
    expect(teamsAnswer).toContain('Goed, er verandert niets.');
    expect(await findMember(h.tdb.db.pool, h.w.rubenId)).not.toBeNull();
  });

  it('in English for a member who chose it: "No, leave it", and the answer', async () => {
    await slash('U0RUBEN', 'taal en');
    const card = await sayInPersonalChat(h, '29:ruben', 'vergeet-mij', 'en-GB');
    const answer = await pressInTeams(executeTitled(card, 'No, leave it'), '29:ruben');
    expect(answer).toContain('All right, nothing changes.');
  });
});

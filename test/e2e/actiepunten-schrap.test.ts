import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { actionsTitled } from '../support/card-element.ts';
import { addMember } from '../support/fixtures.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { pressInOost, slashInOost } from '../support/slash-command.ts';
import { invokeActivity, postActivity } from '../support/teams-activities.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-schrappen';
const clock = manualClock('2026-03-16T09:00:00Z');

type SlackButton = {
  action_id: string;
  value: string;
  text: { text: string };
  confirm?: { title: { text: string }; text: { text: string }; confirm: { text: string } };
};

/**
 * An actiepunt noted by mistake is removed (`schrap actiepunt 2`), not closed: it leaves the
 * list, is never counted as done, keeps its number taken, and the logboek says who removed which
 * number. On Slack and on Teams, typed and with a button that asks first.
 */
describe('actiepunten: schrappen', () => {
  let h: WerkgroepHarness;
  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    await addMember(h.tdb.db, {
      name: 'Sem Wolters',
      identities: [{ platform: 'slack', workspace: STAND_IN_TEAM, userId: 'U0SEM' }],
      overleg: 'Werkgroep Oost',
    });
  });
  afterAll(async () => h?.stop());

  const slash = (userId: string, text: string) => slashInOost(h, SECRET, userId, text);
  const slackTap = (userId: string, button: { action_id: string; value: string }) =>
    pressInOost(h, SECRET, userId, button);
  const rows = async () =>
    (
      await h.tdb.db.pool.query(
        `SELECT number, description, done_at IS NOT NULL AS done, removed_at IS NOT NULL AS removed
           FROM actiepunten ORDER BY number`,
      )
    ).rows;
  const slackButtons = (answer: string): SlackButton[] =>
    JSON.parse(answer)
      .blocks.filter((b: { type: string }) => b.type === 'actions')
      .flatMap((b: { elements: SlackButton[] }) => b.elements);

  it('typed: the actiepunt leaves the list, is not done, and klaar on it is refused', async () => {
    await slash('U0RUBEN', 'actiepunt Werkgeversontbijt plannen');
    await slash('U0RUBEN', 'actiepunt Werkgeversontbijt plannen (dubbel)');
    await slash('U0RUBEN', 'actiepunt Folder IPS rondsturen');
    expect(await slash('U0RUBEN', 'schrap actiepunt 2')).toContain(
      'Geschrapt: #2 Werkgeversontbijt plannen (dubbel).',
    );
    const list = await slash('U0RUBEN', 'actiepunten');
    expect(list).toContain('#1 Werkgeversontbijt plannen');
    expect(list).not.toContain('#2');
    expect(list).toContain('#3 Folder IPS rondsturen');
    // Gone, not done: and its text, owner and creator are not kept.
    expect((await rows())[1]).toEqual({ number: 2, description: '', done: false, removed: true });
    expect(await slash('U0RUBEN', 'schrap actiepunt 2')).toContain('Actiepunt #2 was al geschrapt.');
    expect(await slash('U0RUBEN', 'klaar 2')).toContain('Actiepunt #2 is geschrapt');
    expect(await slash('U0RUBEN', 'deadline 2 15 april')).toContain('Actiepunt #2 is geschrapt');
    expect((await rows())[1]).toMatchObject({ done: false, removed: true });
    // Its number stays taken.
    await slash('U0RUBEN', 'actiepunt Terugkoppeling werkgeversdag');
    expect(await slash('U0RUBEN', 'actiepunten')).toContain('#4 Terugkoppeling werkgeversdag');
  });

  it('an unknown number, a done one and someone else’s are refused in Dutch, and nothing changes', async () => {
    expect(await slash('U0RUBEN', 'schrap actiepunt 99')).toContain('Er is geen actiepunt met nummer 99');
    expect(await slash('U0RUBEN', 'klaar 1')).toContain('Afgerond: #1');
    expect(await slash('U0RUBEN', 'schrap 1')).toContain(
      'Actiepunt #1 is al afgerond: Werkgeversontbijt plannen. Alleen een open actiepunt kun je schrappen.',
    );
    expect(await slash('U0SEM', 'schrap actiepunt 3')).toContain(
      'Alleen wie het actiepunt heeft aangemaakt, de eigenaar of de projectleider kan het schrappen.',
    );
    expect(await slash('U0ONBEKEND', 'schrap actiepunt 3')).toContain('Ik ken je nog niet');
    expect(await slash('U0RUBEN', 'schrap actiepunt')).toContain(
      'Gebruik: /schakel schrap actiepunt &lt;nummer',
    );
    expect((await rows()).map((r) => [r.number, r.done, r.removed])).toEqual([
      [1, true, false],
      [2, false, true],
      [3, false, false],
      [4, false, false],
    ]);
  });

  it('a Schrap button Schakel no longer knows says how to type it, with /schakel before it', async () => {
    const schrap = await slackTap('U0RUBEN', { action_id: 'actiepunt_schrap', value: 'kapot' });
    expect(JSON.stringify(schrap)).toContain(
      'Deze knop ken ik niet (meer). Typ /schakel schrap actiepunt met het nummer van het actiepunt.',
    );
    expect((await rows()).filter((r) => r.removed).map((r) => r.number)).toEqual([2]);
  });

  it('the projectleider may remove one of Ruben’s; the logboek names who and which number, never the text', async () => {
    expect(await slash('U0HANNEKE', 'verwijder actiepunt #3')).toContain(
      'Geschrapt: #3 Folder IPS rondsturen',
    );
    const log = await slash('U0HANNEKE', 'logboek');
    expect(log).toContain('actiepunt #3 van Werkgroep Oost geschrapt');
    expect(log).toContain('actiepunt #2 van Werkgroep Oost geschrapt');
    expect(log).not.toContain('Folder IPS');
  });

  it('Slack: the list offers "Schrap #n" that asks first; confirmed, the list is renewed without it', async () => {
    await slash('U0RUBEN', 'actiepunt Nieuwsbrief schrijven');
    // Sem sees no Schrap button on Ruben's actiepunten.
    expect(slackButtons(await slash('U0SEM', 'actiepunten')).map((b) => b.text.text)).not.toContain(
      'Schrap #5',
    );
    const buttons = slackButtons(await slash('U0RUBEN', 'actiepunten'));
    const schrap = buttons.find((b) => b.text.text === 'Schrap #5');
    expect(schrap?.value).toBe(`${h.w.overlegId}|5|lijst`);
    expect(schrap?.confirm?.title.text).toBe('Actiepunt #5 schrappen?');
    expect(schrap?.confirm?.text.text).toContain('#5 Nieuwsbrief schrijven verdwijnt uit de lijst');
    expect(schrap?.confirm?.confirm.text).toBe('Ja, schrappen');
    // Sem presses it on the shared message: refused to him alone, nothing removed.
    const refused = await slackTap('U0SEM', {
      action_id: schrap?.action_id ?? '',
      value: schrap?.value ?? '',
    });
    expect(refused.replace_original).toBe(false);
    expect(JSON.stringify(refused)).toContain('kan het schrappen');
    expect((await rows()).find((r) => r.number === 5)?.removed).toBe(false);
    const renewed = await slackTap('U0RUBEN', {
      action_id: schrap?.action_id ?? '',
      value: schrap?.value ?? '',
    });
    expect(renewed.replace_original).toBe(true);
    const text = JSON.stringify(renewed.blocks);
    expect(text).toContain('Geschrapt: #5 Nieuwsbrief schrijven.');
    expect(text).not.toContain('Schrap #5');
    expect(text).not.toContain('Klaar #5');
    expect(text).toContain('#4 Terugkoppeling werkgeversdag');
    expect((await rows()).find((r) => r.number === 5)?.removed).toBe(true);
  });

  it('Teams: "Schrap #n" opens a question in the card; "Ja, schrappen" removes it once', async () => {
    await slash('U0RUBEN', 'actiepunt Zaal reserveren');
    const card = await sayInPersonalChat(h, '29:ruben', 'actiepunten', 'nl-NL');
    const found = actionsTitled(JSON.parse(card), 'Action.ShowCard', 'Schrap #6');
    expect(found).toHaveLength(1);
    const inner = JSON.stringify(found[0]);
    expect(inner).toContain('Actiepunt #6 schrappen?');
    const execute =
      /\{"type":"Action\.Execute","title":"Ja, schrappen","verb":"actiepunt_schrap","data":(\{[^}]*\})/.exec(
        inner,
      );
    expect(execute).not.toBeNull();
    const press = () =>
      postActivity(
        h.app.baseUrl,
        invokeActivity({
          verb: 'actiepunt_schrap',
          data: JSON.parse(execute?.[1] ?? '{}'),
          serviceUrl: h.teams.serviceUrl,
          userId: '29:ruben',
          tenantId: TEAMS_TENANT,
        }),
      );
    const [first, second] = await Promise.all([press(), press()]);
    const answers = await Promise.all([first, second].map(async (r) => JSON.stringify(await r.json())));
    expect(answers.filter((a) => a.includes('Geschrapt: #6 Zaal reserveren'))).toHaveLength(1);
    expect(answers.filter((a) => a.includes('Actiepunt #6 was al geschrapt'))).toHaveLength(1);
    expect((await rows()).find((r) => r.number === 6)?.removed).toBe(true);
    const log = await slash('U0HANNEKE', 'logboek');
    expect(log.match(/actiepunt #6 van Werkgroep Oost geschrapt/g)).toHaveLength(1);
  });
  it('in English for a member who chose it: the answers, the button and its question', async () => {
    await slash('U0SEM', 'taal en');
    await slash('U0SEM', 'actiepunt Werkgeverslijst bijwerken');
    const schrap = slackButtons(await slash('U0SEM', 'actiepunten')).find((b) => b.text.text === 'Remove #7');
    expect(schrap?.confirm?.title.text).toBe('Remove action item #7?');
    expect(schrap?.confirm?.confirm.text).toBe('Yes, remove');
    expect(await slash('U0SEM', 'schrap actiepunt 7')).toContain('Removed: #7 Werkgeverslijst bijwerken.');
    expect(await slash('U0SEM', 'schrap 7')).toContain('Action item #7 was already removed.');
    expect(await slash('U0SEM', 'klaar 7')).toContain('Action item #7 was removed');
    expect(await slash('U0SEM', 'schrap actiepunt 4')).toContain(
      'Only whoever created the action item, its owner or the projectleider can remove it.',
    );
  });
});

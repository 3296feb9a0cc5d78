import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { slackSurfaceProblems } from '../checkin/slack-surface-limits.ts';
import { EIGHT_ACTIEPUNTEN } from '../support/eight-actiepunten.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { postToSlack } from '../support/slack-requests.ts';
import { pressBody, pressInOost, slashInOost } from '../support/slash-command.ts';
import { invokeActivity, postActivity } from '../support/teams-activities.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-klaar-keuze';
const clock = manualClock('2026-03-16T09:00:00Z');

const TITLES = EIGHT_ACTIEPUNTEN;

type SlackBlock = { type: string; block_id?: string; label?: { text: string }; element?: SlackElement };
type SlackElement = {
  type: string;
  action_id: string;
  value?: string;
  options?: Array<{ text: { text: string } }>;
};

/**
 * More open actiepunten than Klaar buttons fit in a row (eight): one choice "Welk actiepunt is
 * klaar?" with all of them and one button "Klaar melden", on Slack and on Teams, finishing the
 * chosen one as its Klaar button would (the same refusals, the same answers, done once).
 */
describe('actiepunten: more than fit as buttons are finished from one choice', () => {
  let h: WerkgroepHarness;
  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    for (const t of TITLES) await slashInOost(h, SECRET, 'U0RUBEN', `actiepunt ${t}`);
  });
  afterAll(async () => h?.stop());

  const open = async () =>
    (
      await h.tdb.db.pool.query('SELECT number FROM actiepunten WHERE done_at IS NULL ORDER BY number')
    ).rows.map((r: { number: number }) => r.number);
  const blocksOf = (message: { blocks: SlackBlock[] }) => message.blocks;
  const choiceIn = (blocks: SlackBlock[]) =>
    blocks.find((b) => b.type === 'input' && b.block_id?.startsWith('actiepunt.'));
  const sendButton = (blocks: SlackBlock[]) =>
    blocks
      .filter((b) => b.type === 'actions')
      .flatMap((b) => (b as unknown as { elements: SlackElement[] }).elements)
      .find((e) => e.action_id.startsWith('send_form:'));
  /** Slack's state of the message: `n` picked in the choice (its block id as rendered, its action id the field's). */
  const picked = (n: number | null) => ({
    [choiceBlockId]: {
      actiepunt: {
        type: 'static_select',
        selected_option:
          n === null ? null : { value: String(n), text: { type: 'plain_text', text: `#${n}` } },
      },
    },
  });
  let send: SlackElement;
  let choiceBlockId = '';
  /** "Klaar melden" pressed by `userId` with `n` picked (null: nothing picked); Schakel's answer. */
  const press = (userId: string, n: number | null) =>
    pressInOost(h, SECRET, userId, { action_id: send.action_id, value: send.value ?? '' }, picked(n));

  it('Slack: the list of eight holds a choice of all eight and "Klaar melden", no Klaar buttons', async () => {
    const blocks = blocksOf(JSON.parse(await slashInOost(h, SECRET, 'U0RUBEN', 'actiepunten')));
    expect(JSON.stringify(blocks)).not.toContain('Klaar #');
    expect(slackSurfaceProblems({ blocks })).toEqual([]);
    const choice = choiceIn(blocks);
    expect(choice?.label?.text).toBe('Welk actiepunt is klaar?');
    expect(choice?.element?.type).toBe('static_select');
    expect(choice?.element?.options?.map((o) => o.text.text)).toEqual(
      TITLES.map((t, i) => `#${i + 1} ${t} — Ruben Hofstede`),
    );
    choiceBlockId = choice?.block_id ?? '';
    send = sendButton(blocks) as SlackElement;
    expect(JSON.stringify(send)).toContain('Klaar melden');
  });

  it('Slack: pressing without a choice says what to do, to the presser only; nothing is done', async () => {
    const answer = await press('U0RUBEN', null);
    expect(JSON.stringify(answer)).toContain('Kies eerst het actiepunt dat klaar is.');
    expect(answer.replace_original).toBe(false);
    expect(await open()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('Slack: someone not in the werkgroep is refused, to them only; nothing is done', async () => {
    const answer = await press('U0ONBEKEND', 7);
    expect(JSON.stringify(answer)).toContain('Ik ken je nog niet');
    expect(answer.replace_original).toBe(false);
    expect(await open()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('Slack: picking #7 and pressing finishes #7; the list is renewed without it', async () => {
    const renewed = await press('U0RUBEN', 7);
    expect(renewed.replace_original).toBe(true);
    expect(slackSurfaceProblems({ blocks: renewed.blocks })).toEqual([]);
    expect(JSON.stringify(renewed.blocks)).toContain('Afgerond: #7 Wachtlijst IPS bespreken met het UWV.');
    const options = choiceIn(renewed.blocks as SlackBlock[])?.element?.options?.map((o) => o.text.text);
    expect(options).toHaveLength(7);
    // A new block id: Slack would otherwise keep "#7" picked in the renewed message.
    expect(choiceIn(renewed.blocks as SlackBlock[])?.block_id).not.toBe(choiceBlockId);
    expect(options).not.toContain('#7 Wachtlijst IPS bespreken met het UWV');
    expect(await open()).toEqual([1, 2, 3, 4, 5, 6, 8]);
  });

  it('Slack: #7 again from the old message is answered kindly, under the list as it is now', async () => {
    const answer = await press('U0RUBEN', 7);
    expect(JSON.stringify(answer)).toContain(
      'Actiepunt #7 was al afgerond: Wachtlijst IPS bespreken met het UWV.',
    );
    expect(await open()).toEqual([1, 2, 3, 4, 5, 6, 8]);
  });

  it('Slack: the same signed press sent twice is carried out once', async () => {
    const { body, path } = pressBody(
      h,
      'U0RUBEN',
      { action_id: send.action_id, value: send.value ?? '' },
      picked(6),
    );
    const stamp = Math.floor(Date.now() / 1000);
    for (let i = 0; i < 2; i++) {
      const res = await postToSlack(`${h.app.baseUrl}/slack/events`, SECRET, body, {
        timestampSeconds: stamp,
      });
      expect(res.status).toBe(200);
    }
    const first = await h.slack.waitFor((c) => c.path === path);
    expect(JSON.stringify(first.body)).toContain('Afgerond: #6 Scholing jobcoaches regelen.');
    expect(h.app.logs.lines.some((l) => l.includes('herhaald verzoek beantwoord'))).toBe(true);
    expect(h.slack.calls.filter((c) => c.path === path)).toHaveLength(1);
    expect(await open()).toEqual([1, 2, 3, 4, 5, 8]);
  });

  it('Teams: the card holds a choice of every open actiepunt; picking #8 finishes it and renews the card', async () => {
    const reply = JSON.parse(await sayInPersonalChat(h, '29:ruben', 'actiepunten', 'nl-NL'));
    const card = reply.attachments[0].content;
    const text = JSON.stringify(card);
    expect(text).not.toContain('Klaar #');
    const choice = card.body.find((e: { type: string }) => e.type === 'Input.ChoiceSet');
    expect(choice.label).toBe('Welk actiepunt is klaar?');
    expect(choice.choices.map((c: { title: string }) => c.title)).toEqual(
      [1, 2, 3, 4, 5, 8].map((n) => `#${n} ${TITLES[n - 1]} — Ruben Hofstede`),
    );
    const send = card.body
      .filter((e: { type: string }) => e.type === 'ActionSet')
      .flatMap((e: { actions: unknown[] }) => e.actions)
      .find((a: { title: string }) => a.title === 'Klaar melden');
    expect(send.verb).toBe('klaar');
    const invoke = (userId: string, id?: string) =>
      postActivity(
        h.app.baseUrl,
        invokeActivity({
          verb: send.verb,
          // Teams merges each input's value into the action's data under the input's id.
          data: { ...send.data, [choice.id]: '8' },
          serviceUrl: h.teams.serviceUrl,
          userId,
          tenantId: TEAMS_TENANT,
          ...(id ? { id } : {}),
        }),
      );
    const stranger = (await (await invoke('29:onbekend')).json()) as { type: string; value: string };
    expect(stranger.type).toBe('application/vnd.microsoft.activity.message');
    expect(stranger.value).toContain('Ik ken je nog niet');
    expect(await open()).toEqual([1, 2, 3, 4, 5, 8]);

    const answer = (await (await invoke('29:ruben', 'klaar-keuze-8')).json()) as {
      type: string;
      value: unknown;
    };
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    const renewed = JSON.stringify(answer.value);
    expect(renewed).toContain('Afgerond: #8 Evaluatie pilot plannen.');
    // Five left: they fit as buttons again.
    expect(renewed).toContain('Klaar #5');
    expect(renewed).not.toContain('Input.ChoiceSet');
    expect(await open()).toEqual([1, 2, 3, 4, 5]);
    // Teams resending the same invoke gets the same answer; nothing is done again.
    expect(await (await invoke('29:ruben', 'klaar-keuze-8')).json()).toEqual(answer);
    expect(h.app.logs.lines.some((l) => l.includes('herhaalde Teams-activiteit'))).toBe(true);
  });

  it('Slack: from a reminder (its button names no list) the answer goes to the presser, the reminder stays', async () => {
    // The reminder's button value: the overleg only (test/adapters/klaar-choice-render.test.ts).
    const fromReminder = { action_id: send.action_id, value: JSON.stringify({ overleg: h.w.overlegId }) };
    const answer = await pressInOost(h, SECRET, 'U0RUBEN', fromReminder, picked(5));
    expect(JSON.stringify(answer)).toContain('Afgerond: #5 Nieuwsbrief schrijven.');
    expect(answer.replace_original).toBe(false);
    expect(answer.response_type).toBe('ephemeral');
    expect(await open()).toEqual([1, 2, 3, 4]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersSince, postToChat, shownIn, typeInChat } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP_CHANNEL = '19:lokaal-werkgroep@thread.tacv2';

/**
 * "Klaar #n" under the open actiepunten in the local chat (Teams' Action.Execute): the list's
 * card is renewed, with the actiepunt shown done and its button gone, not left stale.
 */
describe('the local chat: Klaar under the actiepunten list renews the list', () => {
  let local: LocalChatApp;
  const post = async (path: string, body: unknown) =>
    (await (await postToChat(local.url, path, body)).json()) as Record<string, unknown>;
  const say = async (tekst: string) => (await typeInChat(local.url, 'ggz1', WERKGROEP_CHANNEL, tekst)).text();
  const history = () => shownIn(local.url, 'ggz1', WERKGROEP_CHANNEL);

  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('Ruben taps Klaar on his new actiepunt: the card lists it as done, without its button', async () => {
    await say('actiepunt Overzicht IPS-trajecten delen met de werkgroep');
    await say('actiepunten');
    const list = (await history()).filter((a) => a.fromBot).at(-1);
    const card = JSON.stringify(list?.attachments[0]?.content);
    const number = /#(\d+) Overzicht IPS-trajecten/.exec(card)?.[1];
    expect(number).toBeDefined();
    expect(card).toContain(`"title":"Klaar #${number}"`);
    const button = /"verb":"actiepunt_klaar","data":(\{[^}]*\})/.exec(
      card.slice(card.indexOf(`"title":"Klaar #${number}"`)),
    )?.[1];
    expect(button).toBeDefined();
    const answer = await post('/api/actie', {
      rol: 'ggz1',
      gesprek: WERKGROEP_CHANNEL,
      activiteit: list?.id,
      verb: 'actiepunt_klaar',
      data: JSON.parse(button ?? '{}'),
    });
    expect(answer.kind).toBe('card');
    const renewed = JSON.stringify(answer.card);
    expect(renewed).toContain(`Afgerond: #${number} Overzicht IPS-trajecten delen met de werkgroep.`);
    expect(renewed).not.toContain(`Klaar #${number}"`);
    expect(renewed).toContain('Open actiepunten');
    // Everyone in the channel sees the renewed card in place of the old one.
    const shown = (await history()).find((a) => a.id === list?.id);
    expect(JSON.stringify(shown?.attachments[0]?.content)).toBe(renewed);
  });

  it('Ruben sees Klaar only on what he may finish (his own); an erased member’s actiepunt says "zonder eigenaar" and gets his Klaar', async () => {
    await (
      await typeInChat(local.url, 'wi1', WERKGROEP_CHANNEL, 'actiepunt Werkgeverslijst Laborijn bijwerken')
    ).text();
    await say('actiepunt Folder IPS nalezen');
    await say('actiepunten');
    const card = JSON.stringify((await history()).filter((a) => a.fromBot).at(-1)?.attachments[0]?.content);
    const mine = /#(\d+) Folder IPS nalezen/.exec(card)?.[1];
    const sems = /#(\d+) Werkgeverslijst Laborijn bijwerken/.exec(card)?.[1];
    expect(card).toContain(`#${sems} Werkgeverslijst Laborijn bijwerken — Sem Wolters`);
    expect(card).toContain(`"title":"Klaar #${mine}"`);
    expect(card).not.toContain(`"title":"Klaar #${sems}"`);
    await (await typeInChat(local.url, 'wi1', 'a:lokaal-wi1', 'vergeet-mij bevestig')).text();
    await say('actiepunten');
    const after = JSON.stringify((await history()).filter((a) => a.fromBot).at(-1)?.attachments[0]?.content);
    expect(after).toContain(`#${sems} Werkgeverslijst Laborijn bijwerken — zonder eigenaar`);
    expect(after).not.toContain('Sem Wolters');
    // Without owner any member of the werkgroep may finish it, so it never gets stuck.
    expect(after).toContain(`"title":"Klaar #${sems}"`);
  });
  it('Ruben and Femke type "klaar" for the same actiepunt at once: it is done once, and one of them hears it was done already', async () => {
    await say('actiepunt Verslag casusoverleg rondsturen');
    const added = (await history()).filter((a) => a.fromBot).at(-1);
    const number = /#(\d+)/.exec(JSON.stringify(added?.attachments[0]?.content) ?? added?.text ?? '')?.[1];
    expect(number).toBeDefined();
    const before = (await history()).length;
    await Promise.all(
      ['ggz1', 'pl'].map(async (rol) =>
        (await typeInChat(local.url, rol, WERKGROEP_CHANNEL, `klaar ${number}`)).text(),
      ),
    );
    const answers = await answersSince(local.url, 'pl', WERKGROEP_CHANNEL, before);
    expect(answers).toEqual([
      `Actiepunt #${number} was al afgerond: Verslag casusoverleg rondsturen.`,
      `Afgerond: #${number} Verslag casusoverleg rondsturen.`,
    ]);
  });
});

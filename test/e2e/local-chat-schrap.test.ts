import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleByKey } from '../../adapters/local-chat/tenant.ts';
import { personalData } from '../../src/store/personal-data-repo.ts';
import { answerIn, answersSince, postToChat, shownIn, typeInChat } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP_CHANNEL = '19:lokaal-werkgroep@thread.tacv2';

/**
 * Removing an actiepunt noted by mistake in the local chat (Teams' cards over HTTP): the
 * "Schrap #n" step in the card, typed at once by two members, and what the member's inzage says.
 */
describe('the local chat: schrap actiepunt', () => {
  let local: LocalChatApp;
  const say = async (rol: string, tekst: string) =>
    (await typeInChat(local.url, rol, WERKGROEP_CHANNEL, tekst)).text();
  const history = () => shownIn(local.url, 'ggz1', WERKGROEP_CHANNEL);
  const lastCard = async () =>
    JSON.stringify((await history()).filter((a) => a.fromBot).at(-1)?.attachments[0]?.content);
  const memberId = async (rol: string) => {
    const { rows } = await local.tdb.db.pool.query<{ member_id: string }>(
      'SELECT member_id FROM platform_identities WHERE user_id = $1',
      [roleByKey(rol)!.userId],
    );
    return rows[0]?.member_id ?? '';
  };

  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('Ruben confirms "Schrap #n" in the card: the list is renewed without it, for everyone', async () => {
    await say('ggz1', 'actiepunt Overzicht IPS-trajecten delen mte de werkgroep');
    await say('ggz1', 'actiepunten');
    const list = (await history()).filter((a) => a.fromBot).at(-1);
    const card = await lastCard();
    const number = /#(\d+) Overzicht IPS-trajecten delen mte/.exec(card)?.[1];
    expect(number).toBeDefined();
    const step = card.slice(card.indexOf(`"title":"Schrap #${number}"`));
    expect(step).toContain(`Actiepunt #${number} schrappen?`);
    const button = /"title":"Ja, schrappen","verb":"actiepunt_schrap","data":(\{[^}]*\})/.exec(step)?.[1];
    expect(button).toBeDefined();
    const answer = (await (
      await postToChat(local.url, '/api/actie', {
        rol: 'ggz1',
        gesprek: WERKGROEP_CHANNEL,
        activiteit: list?.id,
        verb: 'actiepunt_schrap',
        data: JSON.parse(button ?? '{}'),
      })
    ).json()) as Record<string, unknown>;
    expect(answer.kind).toBe('card');
    const renewed = JSON.stringify(answer.card);
    expect(renewed).toContain(`Geschrapt: #${number} Overzicht IPS-trajecten delen mte de werkgroep.`);
    expect(renewed).not.toContain(`Schrap #${number}"`);
    expect(renewed).not.toContain(`Klaar #${number}"`);
    const shown = (await history()).find((a) => a.id === list?.id);
    expect(JSON.stringify(shown?.attachments[0]?.content)).toBe(renewed);
    expect(await answerIn(local.url, 'ggz1', WERKGROEP_CHANNEL, 'actiepunten')).not.toContain(
      'Overzicht IPS-trajecten delen mte',
    );
  });

  it('Ruben and Femke type "schrap" for the same actiepunt at once: removed once, the other hears so', async () => {
    await say('ggz1', 'actiepunt Verslag casusoverleg rondsturen');
    const added = (await history()).filter((a) => a.fromBot).at(-1);
    const number = /#(\d+)/.exec(JSON.stringify(added?.attachments[0]?.content) ?? added?.text ?? '')?.[1];
    expect(number).toBeDefined();
    const before = (await history()).length;
    await Promise.all(['ggz1', 'pl'].map((rol) => say(rol, `schrap actiepunt ${number}`)));
    const answers = await answersSince(local.url, 'pl', WERKGROEP_CHANNEL, before);
    expect(answers).toEqual([
      `Actiepunt #${number} was al geschrapt.`,
      `Geschrapt: #${number} Verslag casusoverleg rondsturen. Het staat niet meer bij de open actiepunten en telt nergens mee.`,
    ]);
    expect(await answerIn(local.url, 'ggz1', WERKGROEP_CHANNEL, `klaar ${number}`)).toContain(
      `Actiepunt #${number} is geschrapt`,
    );
  });

  it('the inzage no longer holds a removed actiepunt’s text, and names the removal in its logboek', async () => {
    const data = await personalData(local.tdb.db.pool, await memberId('ggz1'));
    const texts = JSON.stringify(data.actiepunten);
    expect(texts).not.toContain('Overzicht IPS-trajecten delen mte');
    expect(texts).not.toContain('Verslag casusoverleg rondsturen');
    expect((data.logboek as Array<{ actie: string }>).some((l) => l.actie === 'actiepunt_geschrapt')).toBe(
      true,
    );
  });
});

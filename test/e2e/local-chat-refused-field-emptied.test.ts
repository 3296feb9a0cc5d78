import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { elementWithId } from '../support/card-element.ts';
import { databaseText } from '../support/database-text.ts';
import { postToChat, type ShownMessage, shownIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';
import { waitFor } from '../support/wait-for.ts';

const WERKGROEP_CHANNEL = '19:lokaal-werkgroep@thread.tacv2';
const RUBENS_CHAT = 'a:lokaal-ggz1';
const REFUSED =
  'Goed gesprek over mevrouw Fatima el Amrani, zij heeft een bipolaire stoornis en BSN 111222333';
const OPLOSSING = 'Bel meneer Pieter Bakker over zijn depressie, BSN 111222333';
/** Every part of the refused texts that must never come back from Schakel. */
const CLIENT_PARTS = /Fatima|Amrani|bipolair|111222333|Pieter Bakker|depressie/;

interface CardAction {
  readonly title?: string;
  readonly verb?: string;
  readonly data?: Record<string, unknown>;
}
const submitOf = (card: unknown) =>
  ((card as { actions?: CardAction[] })?.actions ?? []).find((a) => a.verb === 'checkin');

/** The input of `id` in a card, with the value it shows. */
function inputIn(card: unknown, id: string): { value?: unknown } | undefined {
  if (typeof card !== 'object' || card === null) return undefined;
  const c = card as Record<string, unknown>;
  if (c.id === id && typeof c.type === 'string' && c.type.startsWith('Input.')) return c;
  for (const inside of Object.values(c)) {
    const found = Array.isArray(inside)
      ? inside.map((x) => inputIn(x, id)).find(Boolean)
      : inputIn(inside, id);
    if (found) return found;
  }
  return undefined;
}

/**
 * The tester's path: Femke finishes the meeting, Ruben opens his check-in card in the local chat
 * and saves a Toelichting that names a client. The refusal comes back as the card with that field
 * emptied (and saying so), every other answer kept; nothing refused is in the card, in the page's
 * conversation after a reload (GET /api/gesprek), in the database or in the log.
 */
describe('the local chat: a refused field of a form comes back empty, the other answers kept', () => {
  let local: LocalChatApp;
  let card: ShownMessage;
  const post = async (path: string, body: unknown) =>
    (await (await postToChat(local.url, path, body)).json()) as { card?: unknown };
  const save = (filled: Record<string, string>) =>
    post('/api/actie', {
      rol: 'ggz1',
      gesprek: RUBENS_CHAT,
      activiteit: card.id,
      verb: 'checkin',
      data: { ...submitOf(card.attachments[0]?.content)?.data, ...filled },
    });
  const everything = async () =>
    [
      JSON.stringify(await shownIn(local.url, 'ggz1', RUBENS_CHAT)),
      await databaseText(local.tdb.db),
      local.app.logs.text,
    ].join('\n');

  beforeAll(async () => {
    local = await startLocalChatApp();
    await post('/api/klok', { rol: 'pl', gesprek: WERKGROEP_CHANNEL, stap: 'bijeenkomst' });
    card = await waitFor('Ruben’s check-in card', async () =>
      (await shownIn(local.url, 'ggz1', RUBENS_CHAT))
        .filter((m) => m.fromBot)
        .find((m) => JSON.stringify(m.attachments).includes('"id":"samenwerkingsniveau"')),
    );
  });
  afterAll(() => local?.stop());

  it('Toelichting with a name, a diagnosis and a BSN: emptied and said so, the level kept', async () => {
    const again = (await save({ samenwerkingsniveau: '3.5', toelichting: REFUSED })).card;
    const json = JSON.stringify(again);
    expect(json).toContain('"id":"toelichting_problem"');
    expect(json).toContain(nl.forms.refusedEmptied);
    expect(json).toContain(nl.forms.otherAnswersKept);
    expect(json).not.toMatch(CLIENT_PARTS);
    expect(inputIn(again, 'toelichting')?.value ?? '').toBe('');
    expect(inputIn(again, 'samenwerkingsniveau')?.value).toBe('3.5');
    // After a reload, the page shows what the server kept: the card as it came back, nothing refused.
    const shown = JSON.stringify(await shownIn(local.url, 'ggz1', RUBENS_CHAT));
    expect(shown).toContain('"id":"toelichting_problem"');
    expect(await everything()).not.toMatch(CLIENT_PARTS);
  });

  it('a knelpunt with a refused oplossing: only the oplossing emptied, description, category and Toelichting kept', async () => {
    const filled = {
      samenwerkingsniveau: '4',
      toelichting: 'Het overleg liep vlot.',
      new1_description: 'Overlegtijd is voor de GGZ niet declarabel',
      new1_category: 'geld-financiering',
      new1_oplossing: OPLOSSING,
    };
    const again = (await save(filled)).card;
    const json = JSON.stringify(again);
    expect(json).toContain('"id":"new1_oplossing_problem"');
    expect(json).not.toContain('"id":"toelichting_problem"');
    expect(json).not.toContain('"id":"new1_description_problem"');
    expect(inputIn(again, 'new1_oplossing')?.value ?? '').toBe('');
    expect(inputIn(again, 'new1_description')?.value).toBe(filled.new1_description);
    expect(inputIn(again, 'new1_category')?.value).toBe(filled.new1_category);
    expect(inputIn(again, 'toelichting')?.value).toBe(filled.toelichting);
    expect(inputIn(again, 'samenwerkingsniveau')?.value).toBe('4');
    expect(await everything()).not.toMatch(CLIENT_PARTS);
    // Nothing was stored: Ruben has not answered yet.
    expect(await databaseText(local.tdb.db)).not.toContain(filled.new1_description);
  });

  it('a refused Toelichting and a refused knelpunt: each refusal beside its field says Schakel keeps no client data', async () => {
    const again = (
      await save({ samenwerkingsniveau: '3', toelichting: REFUSED, new1_description: OPLOSSING })
    ).card;
    const said = (id: string) => JSON.stringify(elementWithId(again, `${id}_problem`));
    for (const id of ['toelichting', 'new1_description']) expect(said(id)).toContain(nl.privacy.closing);
    expect(JSON.stringify(again)).not.toMatch(CLIENT_PARTS);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../adapters/local-chat/tenant.ts';
import { postToChat, shownIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';
import { waitFor } from '../support/wait-for.ts';

const WERKGROEP_CHANNEL = '19:lokaal-werkgroep@thread.tacv2';
const RUBENS_CHAT = 'a:lokaal-ggz1';

interface CardAction {
  readonly title?: string;
  readonly verb?: string;
  readonly data?: Record<string, unknown>;
}
/** The card's button titled `title`. */
const actionOf = (card: unknown, title: string) =>
  ((card as { actions?: CardAction[] })?.actions ?? []).find((a) => a.title === title);

/**
 * A check-in answered in the local chat, then its round closed ("Een week verder"): "Wijzigen"
 * on the confirmation says at once that the check-in is closed, instead of opening the form
 * that only Opslaan would refuse.
 */
describe('the local chat: Wijzigen on the confirmation of a closed check-in', () => {
  let local: LocalChatApp;
  /** Ruben's card of the round that closes, and the data its buttons carry (the round). */
  let pressOnOldCard: { activiteit: string; data: Record<string, unknown> } | undefined;
  const post = async (path: string, body: unknown) =>
    (await (await postToChat(local.url, path, body)).json()) as Record<string, unknown>;

  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('says "is gesloten" when Wijzigen is pressed, with no form', async () => {
    await post('/api/klok', { rol: 'pl', gesprek: WERKGROEP_CHANNEL, stap: 'bijeenkomst' });
    const card = await waitFor('the check-in card', async () =>
      (await shownIn(local.url, 'ggz1', RUBENS_CHAT))
        .filter((m) => m.fromBot)
        .find((m) => JSON.stringify(m.attachments).includes('"id":"samenwerkingsniveau"')),
    );
    const submit = actionOf(card.attachments[0]?.content, 'Opslaan');
    expect(submit?.verb).toBe('checkin');
    const saved = await post('/api/actie', {
      rol: 'ggz1',
      gesprek: RUBENS_CHAT,
      activiteit: card.id,
      verb: 'checkin',
      data: { ...submit?.data, samenwerkingsniveau: '3.5' },
    });
    expect(JSON.stringify(saved.card)).toContain('opgeslagen');
    const change = actionOf(saved.card, 'Wijzigen');
    expect(change).toBeDefined();
    pressOnOldCard = { activiteit: card.id, data: change?.data ?? {} };

    await post('/api/klok', { rol: 'ggz1', gesprek: RUBENS_CHAT, stap: 'week' });
    await post('/api/klok', { rol: 'ggz1', gesprek: RUBENS_CHAT, stap: 'week' });
    const pressed = JSON.stringify(
      await post('/api/actie', {
        rol: 'ggz1',
        gesprek: RUBENS_CHAT,
        activiteit: card.id,
        verb: change?.verb,
        data: change?.data,
      }),
    );
    expect(pressed).toContain('is gesloten');
    expect(pressed).not.toContain('"id":"samenwerkingsniveau"');
  });

  it('the card of a member who did not answer becomes one line when the round closes, with no form', async () => {
    // Another member's check-in of the same meeting, left unanswered; the round closed above ("Een week verder").
    const unanswered = await waitFor('a check-in card that is no longer a form', async () => {
      for (const role of ROLES.filter((r) => r.key !== 'pl' && r.key !== 'ggz1')) {
        const changed = (await shownIn(local.url, role.key, role.chatId)).find((m) =>
          /is gesloten op .+: invullen kan niet meer/.test(m.text),
        );
        if (changed) return changed;
      }
      return undefined;
    });
    expect(unanswered.text).toMatch(
      /^De check-in van .+ over de bijeenkomst van .+ is gesloten op \w+ \d+ \w+ \d{4} om \d\d:\d\d: invullen kan niet meer\. Heb je een knelpunt of update\? Noem die bij de volgende check-in, na de volgende bijeenkomst\.$/,
    );
    expect(JSON.stringify(unanswered.attachments)).not.toContain('Opslaan');
    // Ruben answered: his card is still his confirmation.
    const rubens = (await shownIn(local.url, 'ggz1', RUBENS_CHAT)).filter((m) => m.fromBot);
    expect(rubens.map((m) => m.text).join()).not.toContain('invullen kan niet meer');
  });

  it('"Checklist wijzigen" pressed on the old card names the checklist, and opens no form', async () => {
    expect(pressOnOldCard).toBeDefined();
    const pressed = JSON.stringify(
      await post('/api/actie', {
        rol: 'ggz1',
        gesprek: RUBENS_CHAT,
        activiteit: pressOnOldCard?.activiteit,
        verb: 'checklist_open',
        data: { ...pressOnOldCard?.data, action: 'checklist_open' },
      }),
    );
    expect(pressed).toContain('De checklist hoort bij de check-in van');
    expect(pressed).toContain('en die is gesloten: wat je nu stuurt, wordt niet meer opgeslagen');
    expect(pressed).not.toContain('Opslaan');
  });
});

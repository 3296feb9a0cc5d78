import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../adapters/local-chat/tenant.ts';
import { manualClock } from '../../src/clock.ts';
import { postToChat, shownIn, typeInChat } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';
import { waitFor } from '../support/wait-for.ts';

const WERKGROEP_CHANNEL = '19:lokaal-werkgroep@thread.tacv2';
const LAPSED = 'Deze check-in is vervallen: je gegevens zijn gewist.';

type Execute = { title: string; verb: string; data: unknown };

/** The first Action.Execute (a card's button) inside `card`. */
function executeIn(card: unknown): Execute | null {
  if (typeof card !== 'object' || card === null) return null;
  if ((card as { type?: unknown }).type === 'Action.Execute') return card as Execute;
  for (const inside of Object.values(card)) {
    const found = executeIn(inside);
    if (found) return found;
  }
  return null;
}

describe('the local chat: vergeet-mij changes the open check-in card in the member’s chat', () => {
  let local: LocalChatApp;
  const clock = manualClock('2026-12-05T00:16:00Z');

  beforeAll(async () => {
    local = await startLocalChatApp({}, clock);
  });
  afterAll(() => local?.stop());

  it('after "Bijeenkomst afronden" the card with Opslaan is there; after vergeet-mij bevestig one line', async () => {
    const res = await fetch(`${local.url}/api/klok`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rol: 'pl', gesprek: WERKGROEP_CHANNEL, stap: 'bijeenkomst' }),
    });
    expect(res.status).toBe(200);
    const cardIn = async (rol: string, chat: string) =>
      (await shownIn(local.url, rol, chat)).find((m) =>
        JSON.stringify(m.attachments).includes('Action.Execute'),
      );
    // A member of the werkgroep who got the check-in card in their personal chat.
    const found = await waitFor('a check-in card in a personal chat', async () => {
      for (const role of ROLES.filter((r) => r.key !== 'pl')) {
        const card = await cardIn(role.key, role.chatId);
        if (card && JSON.stringify(card.attachments).includes('Opslaan')) return { role, card };
      }
      return undefined;
    });
    const { role, card } = found;

    await (await typeInChat(local.url, role.key, role.chatId, 'vergeet-mij bevestig')).text();
    const changed = await waitFor('the card changed', async () =>
      (await shownIn(local.url, role.key, role.chatId)).find(
        (m) => m.id === card.id && m.text.includes(LAPSED),
      ),
    );
    expect(JSON.stringify(changed.attachments)).not.toContain('Opslaan');

    // A page not yet redrawn still shows the old card: its Opslaan, pressed, says the same line,
    // not "Ik ken je nog niet", and nothing is stored for someone Schakel no longer knows.
    const opslaan = executeIn(card.attachments);
    expect(opslaan?.title).toBe('Opslaan');
    const pressed = await postToChat(local.url, '/api/actie', {
      rol: role.key,
      gesprek: role.chatId,
      activiteit: card.id,
      verb: opslaan?.verb,
      data: opslaan?.data,
    });
    const said = await pressed.text();
    expect(said).toContain(LAPSED);
    expect(said).not.toContain('Ik ken je nog niet');
  });

  it('an erased member is no longer offered to play: the page lists the others only', async () => {
    const offered = async () =>
      (
        (await (await fetch(`${local.url}/api/toestand`)).json()) as {
          rollen: Array<{ key: string; naam: string }>;
        }
      ).rollen;
    expect((await offered()).map((r) => r.naam)).toContain('Sem Wolters');
    await (await typeInChat(local.url, 'wi1', 'a:lokaal-wi1', 'vergeet-mij bevestig')).text();
    const after = await offered();
    expect(after.map((r) => r.naam)).not.toContain('Sem Wolters');
    expect(after.map((r) => r.naam)).toContain('Femke Hoogland');
    // The page itself, as it is opened again.
    const page = await (await fetch(local.url)).text();
    expect(page).not.toContain('Sem Wolters');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postToChat, shownIn, typeInChat } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';
import { waitFor } from '../support/wait-for.ts';

const OWN_CHAT = 'a:lokaal-ggz1';
const INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';

/**
 * "Toestaan" on the file consent card of `mijn-gegevens`, pressed twice at once (a double click,
 * or a page sending its request again): the member's file is made and put in the chat once, the
 * other press hears the offer is gone (a tester's finding, attack40: three presses, two copies).
 */
describe('the local chat: a file consent allowed twice at once', () => {
  let local: LocalChatApp;

  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('puts the file in the chat once; the other press gets a 400 in Dutch', async () => {
    await (await typeInChat(local.url, 'ggz1', OWN_CHAT, 'mijn-gegevens')).text();
    const offer = await waitFor('the file consent card', async () =>
      (await shownIn(local.url, 'ggz1', OWN_CHAT)).find((m) =>
        m.attachments.some((a) => a.contentType?.endsWith('.file.consent')),
      ),
    );
    const allow = () =>
      postToChat(local.url, '/api/bestand', {
        rol: 'ggz1',
        gesprek: OWN_CHAT,
        activiteit: offer.id,
        toestaan: true,
      });
    const answers = await Promise.all([allow(), allow()]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 400]);
    const refused = answers.find((r) => r.status === 400);
    expect(await refused?.json()).toEqual({ fout: 'Dit bestand ken ik niet meer. Vraag het opnieuw aan.' });
    await waitFor('the file in the chat', async () =>
      (await shownIn(local.url, 'ggz1', OWN_CHAT)).find((m) =>
        m.attachments.some((a) => a.contentType === INFO_CARD),
      ),
    );
    // A later message, so a second file still on its way would be in the chat before it.
    await (await typeInChat(local.url, 'ggz1', OWN_CHAT, 'help')).text();
    await waitFor(
      'the answer to help',
      async () => (await shownIn(local.url, 'ggz1', OWN_CHAT)).at(-1)?.fromBot,
    );
    const files = (await shownIn(local.url, 'ggz1', OWN_CHAT)).filter((m) =>
      m.attachments.some((a) => a.contentType === INFO_CARD),
    );
    expect(files).toHaveLength(1);
  });
});

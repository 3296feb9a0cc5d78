import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalConnector } from '../../adapters/local-chat/connector.ts';
import { createRelay } from '../../adapters/local-chat/relay.ts';
import { CHANNELS, roleByKey } from '../../adapters/local-chat/tenant.ts';
import { createLogger } from '../../src/logger.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { postToChat, shownIn, typeInChat } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';
import { startRecordingServer } from '../support/recording-server.ts';
import { LogCapture, type TestApp } from '../support/test-app.ts';
import type { TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

const SORRY = nl.errors.unexpected;
const CHAT = 'a:lokaal-pl';

/**
 * When Schakel fails while handling what the person did in the local chat, the person is never
 * left in silence: a plain Dutch line says something went wrong and what to do, and the failure is
 * logged without what they typed.
 */
describe('the local chat when Schakel fails', () => {
  let local: LocalChatApp;
  let tdb: TestDatabase;
  let app: TestApp;
  let url: string;
  const post = (path: string, body: unknown) => postToChat(url, path, body);
  const history = (id = CHAT) => shownIn(url, 'pl', id);
  /** The database fails every request's first query (the replay check) while `fn` runs. */
  const whileBroken = async <T>(fn: () => Promise<T>): Promise<T> => {
    await tdb.db.pool.query('ALTER TABLE handled_requests RENAME TO handled_requests_weg');
    try {
      return await fn();
    } finally {
      await tdb.db.pool.query('ALTER TABLE handled_requests_weg RENAME TO handled_requests');
    }
  };

  beforeAll(async () => {
    local = await startLocalChatApp();
    ({ tdb, app, url } = local);
  });
  afterAll(() => local?.stop());

  it('"Toestaan" on a file that Schakel fails to send: an apology in the chat, and a log line', async () => {
    await (await typeInChat(url, 'pl', CHAT, 'mijn-gegevens')).text();
    const offer = await waitFor('the file offer', async () =>
      (await history()).findLast((a) => a.attachments.some((x) => x.name === 'schakel-mijn-gegevens.json')),
    );
    const res = await whileBroken(() =>
      post('/api/bestand', { rol: 'pl', gesprek: CHAT, activiteit: offer.id, toestaan: true }),
    );
    expect(res.status).toBe(200);
    const after = await history();
    const i = after.findIndex((a) => a.id === offer.id);
    expect(
      after
        .slice(i + 1)
        .filter((a) => a.fromBot)
        .map((a) => a.text),
    ).toEqual([SORRY]);
    expect(SORRY).toMatch(/opnieuw.*beheerder/);
    expect(app.logs.text).toContain('lokale chat: Schakel gaf geen antwoord');
  });

  it('a button that Schakel fails to handle: the note under the card says what to do', async () => {
    const card = (await history()).findLast((a) => a.fromBot && a.attachments.length > 0);
    const res = await whileBroken(() =>
      post('/api/actie', { rol: 'pl', gesprek: CHAT, activiteit: card?.id, verb: 'help', data: {} }),
    );
    expect(await res.json()).toEqual({ kind: 'note', text: SORRY });
  });

  it('a message Schakel cannot be reached for: an apology in the conversation, the text never logged', async () => {
    // Schakel's endpoint answers 502 and sends nothing: as when it fails before it can answer.
    const schakel = await startRecordingServer(() => ({ status: 502, body: {} }));
    const connector = createLocalConnector({ personalChatOf: () => null });
    const logs = new LogCapture();
    const relay = createRelay({
      messagesUrl: `${schakel.url}/api/messages`,
      connectorUrl: () => 'http://127.0.0.1:9/connector',
      pageUrl: () => 'http://127.0.0.1:9/',
      connector,
      now: () => new Date(),
      afterwards: async () => undefined,
      logger: createLogger('info', logs),
      localeOf: async () => 'nl',
    });
    const channel = CHANNELS[0]!;
    try {
      await relay.message(roleByKey('pl')!, channel, 'agendapunt gesprek met Jan Jansen over zijn uitkering');
      expect(schakel.calls).toHaveLength(1);
      const said = connector.history(channel.id).map((a) => [a.fromBot, a.text]);
      expect(said).toEqual([
        [false, 'agendapunt gesprek met Jan Jansen over zijn uitkering'],
        [true, SORRY],
      ]);
      expect(logs.text).toContain('"status":502');
      expect(logs.text).not.toContain('Jan Jansen');
    } finally {
      await schakel.close();
    }
  });
});

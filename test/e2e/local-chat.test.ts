import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { freePort } from '../support/free-port.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

interface DevtoolsEvent {
  type: string;
  body: { text?: string; attachments?: unknown[] };
}

describe('local mode: the browser chat', () => {
  let tdb: TestDatabase;
  let app: TestApp;
  let chatPort: number;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    chatPort = await freePort();
    app = await startTestApp(
      { LOCAL_CHAT: 'on', LOCAL_CHAT_PORT: String(chatPort), SCHAKEL_SEED_DEMO: 'true' },
      tdb.db,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await tdb?.drop();
  });

  it('serves the chat page and says which URL to open', async () => {
    expect(app.running.localChatUrl).toBe(`http://localhost:${chatPort}/devtools`);
    const page = await fetch(`http://127.0.0.1:${chatPort}/devtools/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });

  it('answers "help" typed in the chat in Dutch, as the demo projectleider', async () => {
    const origin = `http://localhost:${chatPort}`;
    const socket = new WebSocket(`ws://localhost:${chatPort}/devtools/sockets`, { origin });
    const events: DevtoolsEvent[] = [];
    socket.on('message', (data) => events.push(JSON.parse(String(data)) as DevtoolsEvent));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));

    const res = await fetch(`${origin}/v3/conversations/lokale-chat/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-teams-devtools': 'true' },
      body: JSON.stringify({ type: 'message', text: 'help' }),
    });
    expect(res.status).toBe(201);

    const deadline = Date.now() + 5_000;
    let reply: DevtoolsEvent | undefined;
    while (!reply && Date.now() < deadline) {
      reply = events.find((e) => e.type === 'activity.sent');
      await new Promise((r) => setTimeout(r, 50));
    }
    socket.close();
    expect(reply, 'the chat received no reply').toBeDefined();
    const card = JSON.stringify(reply?.body.attachments);
    expect(card).toContain('Hoi Femke!');
    expect(card).toContain('Werkgroep GGZ & Werk Achterhoek');
  });
});

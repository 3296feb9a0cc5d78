import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const CHANNEL = '19:lokaal-team@thread.tacv2';

/**
 * The local chat's own HTTP surface (page API and connector), as a careless or hostile page
 * would call it: every bad request gets a Dutch 4xx and changes nothing; the chat keeps serving.
 */
describe('the local chat refuses bad requests with a 4xx, never a 500', () => {
  let tdb: TestDatabase;
  let app: TestApp;
  let url: string;
  const post = (path: string, body: string | Buffer, method = 'POST') =>
    fetch(`${url}${path}`, { method, headers: { 'content-type': 'application/json' }, body });
  const history = async (rol: string, id: string) =>
    JSON.stringify(await (await fetch(`${url}/api/gesprek?rol=${rol}&id=${encodeURIComponent(id)}`)).json());

  beforeAll(async () => {
    tdb = await createTestDatabase();
    app = await startTestApp({ LOCAL_CHAT: 'on', LOCAL_CHAT_PORT: '0', SCHAKEL_SEED_DEMO: 'true' }, tdb.db);
    url = (app.running.localChatUrl ?? '').replace(/\/$/, '');
  });
  afterAll(async () => {
    await app?.stop();
    await tdb?.drop();
  });

  it.each([
    ['/api/bericht', 'half JSON', '{"rol":"pl",'],
    ['/api/actie', 'bytes that are no UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
    ['/api/bestand', 'half JSON', '{'],
    ['/api/klok', 'half JSON', '{"stap":'],
  ])('%s with %s: a 400 in Dutch', async (path, _what, body) => {
    const before = await history('pl', CHANNEL);
    const res = await post(path, body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ fout: 'Dit verzoek is geen geldige JSON.' });
    expect(await history('pl', CHANNEL)).toBe(before);
  });

  it.each([
    ['/api/bericht', { rol: 'pl', gesprek: CHANNEL, tekst: '   ' }, 'Typ eerst een bericht.'],
    // Fields of the wrong type: the request is wrong, not a message left empty.
    [
      '/api/bericht',
      { rol: 5, gesprek: CHANNEL, tekst: 7 },
      'Dit verzoek klopt niet: rol en tekst moeten een tekst (string) zijn.',
    ],
    [
      '/api/bericht',
      { rol: 'pl', gesprek: CHANNEL, tekst: 7 },
      'Dit verzoek klopt niet: tekst moet een tekst (string) zijn.',
    ],
    ['/api/bericht', [], 'Dit verzoek klopt niet: rol, gesprek en tekst moeten een tekst (string) zijn.'],
    ['/api/actie', { rol: 'pl', gesprek: CHANNEL, activiteit: 'x' }, 'Deze knop ken ik niet.'],
    ['/api/bestand', { rol: 'pl', gesprek: CHANNEL, activiteit: 'x' }, 'Dit bestand ken ik niet.'],
    [
      '/api/bestand',
      { rol: 'pl', gesprek: CHANNEL, activiteit: 'x', toestaan: true },
      'Dit bestand ken ik niet meer. Vraag het opnieuw aan.',
    ],
    ['/api/klok', { rol: 'pl', gesprek: CHANNEL, stap: 'maand' }, 'Onbekende stap.'],
    // A person typing into a conversation they are not in: not "type a message first".
    [
      '/api/bericht',
      { rol: 'pl', gesprek: 'a:lokaal-ggz1', tekst: 'Hallo' },
      'Onbekende rol of onbekend gesprek.',
    ],
    [
      '/api/actie',
      { rol: 'pl', gesprek: 'a:lokaal-ggz1', activiteit: 'x', verb: 'klaar' },
      'Onbekende rol of onbekend gesprek.',
    ],
  ])('%s with %j: a 400 that says what is wrong, in Dutch', async (path, body, fout) => {
    const before = await history('pl', CHANNEL);
    const res = await post(path, JSON.stringify(body));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ fout });
    expect(await history('pl', CHANNEL)).toBe(before);
  });

  it('a message longer than the chat takes: a 400 that says it is too long, not "type a message first"', async () => {
    const before = await history('pl', CHANNEL);
    const res = await post(
      '/api/bericht',
      JSON.stringify({ rol: 'pl', gesprek: CHANNEL, tekst: `agendapunt ${'a'.repeat(4000)}` }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      fout: 'Niet opgeslagen: de tekst is 4.011 tekens lang, het maximum is 4.000. Maak hem korter en stuur hem opnieuw.',
    });
    expect(await history('pl', CHANNEL)).toBe(before);
  });

  it('a download link of a file the chat no longer keeps: a 404 in Dutch', async () => {
    const res = await fetch(`${url}/bestanden/onbekend`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ fout: 'Dit bestand is er niet meer. Vraag het opnieuw aan.' });
  });

  it('a body over the limit: a 413 in Dutch, and the next message still arrives', async () => {
    const res = await post('/api/bericht', Buffer.alloc(2_000_000, 'a'));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ fout: 'Verzoek is te groot' });
    const ok = await post(
      '/api/bericht',
      JSON.stringify({ rol: 'pl', gesprek: 'a:lokaal-pl', tekst: 'help' }),
    );
    expect(ok.status).toBe(200);
  });

  it('a file over 5 MB put in the chat\'s "OneDrive": a 413 that says so in Dutch, and nothing kept', async () => {
    const put = (id: string, size: number) =>
      fetch(`${url}/connector/onedrive/${id}/gegevens.json`, {
        method: 'PUT',
        body: Buffer.alloc(size, 'a'),
      });
    const big = await put('te-groot', 5 * 1024 * 1024 + 1);
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      fout: 'Dit bestand is te groot: de lokale chat bewaart bestanden tot 5 MB.',
    });
    expect((await fetch(`${url}/bestanden/te-groot`)).status).toBe(404);
    // One of 5 MB is kept, and can be downloaded whole.
    expect((await put('precies-goed', 5 * 1024 * 1024)).status).toBe(201);
    const kept = await fetch(`${url}/bestanden/precies-goed`);
    expect(kept.status).toBe(200);
    expect((await kept.arrayBuffer()).byteLength).toBe(5 * 1024 * 1024);
  });

  it('the clock refuses a conversation the person is not in', async () => {
    const before = (await (await fetch(`${url}/api/toestand`)).json()) as { nu: string };
    const res = await post(
      '/api/klok',
      JSON.stringify({ rol: 'pl', gesprek: 'a:lokaal-ggz1', stap: 'week' }),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ fout: 'Onbekende rol of onbekend gesprek.' });
    const after = (await (await fetch(`${url}/api/toestand`)).json()) as { nu: string };
    expect(after.nu.slice(0, 10)).toBe(before.nu.slice(0, 10));
  });

  it.each([
    ['POST', '/connector/v3/conversations', '{'],
    ['POST', '/connector/v3/conversations', 'null'],
    ['POST', `/connector/v3/conversations/${encodeURIComponent(CHANNEL)}/activities`, 'null'],
    [
      'POST',
      `/connector/v3/conversations/${encodeURIComponent(CHANNEL)}/activities`,
      '{"attachments":[null,7]}',
    ],
    ['POST', '/connector/v3/conversations/%E0%A4%A/activities', '{"text":"x"}'],
    ['PUT', '/connector/v3/conversations/x/activities/%E0%A4%A', '{"text":"x"}'],
    ['DELETE', '/connector/v3/conversations/x/activities/%', ''],
  ])('connector %s %s %s: a 4xx, nothing shown', async (method, path, body) => {
    const before = await history('pl', CHANNEL);
    const res = await post(path, body, method);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await history('pl', CHANNEL)).toBe(before);
  });

  it('another website in the same browser cannot type for you: a cross-site post is refused (403), nothing said', async () => {
    const before = await history('pl', CHANNEL);
    const message = JSON.stringify({ rol: 'pl', gesprek: CHANNEL, tekst: 'agendapunt Van een andere site' });
    // A form or a no-cors fetch from another page: text/plain needs no permission from this server.
    const plain = await fetch(`${url}/api/bericht`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://elders.example' },
      body: message,
    });
    expect(plain.status).toBe(403);
    expect(await plain.json()).toEqual({ fout: 'Dit verzoek komt niet van de lokale chat.' });
    // JSON from another origin (a browser would have asked first; a stray client does not).
    const foreign = await fetch(`${url}/api/bericht`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://elders.example' },
      body: message,
    });
    expect(foreign.status).toBe(403);
    expect(await history('pl', CHANNEL)).toBe(before);
  });

  it('a page reached under another host name (DNS rebinding) gets nothing (403)', async () => {
    const port = new URL(url).port;
    const res = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/api/toestand', headers: { host: `elders.example:${port}` } },
        (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(res).toBe(403);
    expect((await fetch(`${url}/api/toestand`)).status).toBe(200);
  });

  it('a path the URL parser cannot read ("//[", "//a:b@"): a 404 in Dutch, not a fault', async () => {
    const port = new URL(url).port;
    for (const path of ['//[', '//a:b@', '//[?rol=pl']) {
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path }, (r) => {
          let body = '';
          r.on('data', (chunk) => {
            body += chunk;
          });
          r.on('end', () => resolve({ status: r.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(answer, path).toEqual({ status: 404, body: JSON.stringify({ fout: nl.errors.notFound }) });
    }
    expect(app.logs.text).not.toContain('lokale chat: verzoek mislukt');
  });

  it('still serves the page and its state afterwards', async () => {
    expect((await fetch(`${url}/`)).status).toBe(200);
    expect((await fetch(`${url}/api/toestand`)).status).toBe(200);
    expect(app.logs.text).not.toContain('lokale chat: verzoek mislukt');
  });
});

import { randomUUID } from 'node:crypto';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envelope, roleByKey } from '../../adapters/local-chat/tenant.ts';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';
import { startRecordingServer } from '../support/recording-server.ts';

const WI1 = roleByKey('wi1')!;
const REFUSED = 'Dit verzoek komt niet van de lokale chat.';

/**
 * In local mode /api/messages checks no Bot Framework token, so only the local chat may talk to
 * it: a web page the person visits (a cross-origin text/plain POST needs no preflight), a host
 * name that points here (DNS rebinding), or any other program on this machine gets nothing done,
 * and Schakel never answers on a connector the request names.
 */
describe('local mode: only the local chat reaches /api/messages', () => {
  let local: LocalChatApp;
  let botUrl: string;
  let outside: Awaited<ReturnType<typeof startRecordingServer>>;
  /** The Authorization header the local chat sent with its own activities. */
  const sent: string[] = [];
  const record = (m: unknown) => {
    const req = (m as { request: { origin: string; path: string; headers: unknown } }).request;
    if (!req.path.startsWith('/api/messages')) return;
    const h = req.headers as string[] | string;
    const list = Array.isArray(h) ? h : h.split('\r\n').flatMap((l) => l.split(/:\s*/, 2));
    const i = list.findIndex((x, n) => n % 2 === 0 && x.toLowerCase() === 'authorization');
    if (i >= 0) sent.push(String(list[i + 1]));
  };

  /** The erase command for wi1, answered on `serviceUrl`. */
  const erase = (serviceUrl: string) => ({
    type: 'message',
    id: randomUUID(),
    ...envelope(WI1, { id: WI1.chatId, name: 'Chat met Schakel', type: 'personal' }, serviceUrl),
    text: 'vergeet-mij bevestig',
  });
  const post = (body: unknown, headers: Record<string, string>) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const raw = JSON.stringify(body);
      const req = request(`${botUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-length': Buffer.byteLength(raw), ...headers },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.end(raw);
    });
  const identities = async () =>
    (
      await local.tdb.db.pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM platform_identities WHERE user_id = $1',
        [WI1.userId],
      )
    ).rows[0]?.n;
  const handled = async (id: string) =>
    (
      await local.tdb.db.pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM handled_requests WHERE request_key LIKE $1',
        [`%${id}%`],
      )
    ).rows[0]?.n;

  beforeAll(async () => {
    subscribe('undici:request:create', record);
    outside = await startRecordingServer(() => ({ status: 201, body: { id: 'x' } }));
    local = await startLocalChatApp();
    botUrl = local.app.baseUrl.replace('localhost', '127.0.0.1');
  });
  afterAll(async () => {
    unsubscribe('undici:request:create', record);
    await local?.stop();
    await outside?.close();
  });

  it.each([
    [
      'a cross-origin text/plain POST from a web page',
      403,
      { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://evil.example' },
    ],
    [
      'a host name that points here (DNS rebinding)',
      403,
      { 'content-type': 'application/json', host: 'rebind.evil.example:3978' },
    ],
    ['a JSON POST without the local chat’s secret', 401, { 'content-type': 'application/json' }],
    [
      'a JSON POST with a wrong secret',
      401,
      { 'content-type': 'application/json', authorization: 'Bearer geraden' },
    ],
  ])('%s: refused (%i), nothing erased, nothing stored, no answer sent', async (_what, status, headers) => {
    const activity = erase(outside.url);
    const res = await post(activity, headers);
    expect(res.status).toBe(status);
    expect(JSON.parse(res.text)).toEqual({ error: REFUSED });
    expect(await identities()).toBe(1);
    expect(await handled(activity.id)).toBe(0);
    // The chat still answers; by then a refused activity would have been answered on the outside server.
    expect(await answerIn(local.url, 'pl', roleByKey('pl')!.chatId, 'help')).toContain('Schakel');
    expect(outside.calls).toEqual([]);
  });

  it('a POST naming an outside serviceUrl, even with the chat’s own secret: refused, nothing done', async () => {
    await answerIn(local.url, 'pl', roleByKey('pl')!.chatId, 'help');
    const secret = sent.at(-1);
    expect(secret).toMatch(/^Bearer \S{32,}$/);
    const activity = erase(outside.url);
    const res = await post(activity, { 'content-type': 'application/json', authorization: secret! });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text)).toEqual({ error: REFUSED });
    expect(await identities()).toBe(1);
    expect(await handled(activity.id)).toBe(0);
    expect(await answerIn(local.url, 'pl', roleByKey('pl')!.chatId, 'help')).toContain('Schakel');
    expect(outside.calls).toEqual([]);
  });

  it('each refusal is logged once, by its reason, without the activity', () => {
    const refusals = local.app.logs.lines.filter((l) =>
      l.includes('lokale modus: verzoek aan /api/messages geweigerd'),
    );
    expect(refusals).toHaveLength(5);
    expect(refusals.join('\n')).not.toContain('vergeet-mij');
    expect(local.app.logs.text).not.toContain(sent.at(-1)?.slice('Bearer '.length) ?? 'geen geheim');
  });
});

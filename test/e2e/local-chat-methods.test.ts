import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

/** One request as a monitor or a script sends it: status, Allow, content type and body. */
function ask(url: string, method: string, path: string) {
  return new Promise<{ status: number; allow?: string; type?: string; body: string }>((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      { method, headers: { 'content-type': 'application/json' } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            allow: res.headers.allow,
            type: res.headers['content-type'],
            body,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(method === 'POST' || method === 'PUT' ? '{}' : undefined);
  });
}

/**
 * The local chat's page and API asked with another method than they take, as Schakel's own server
 * answers that (README, "Local mode"): HEAD is GET without the body (an uptime check, `curl -I`),
 * and a path the chat serves, asked with a method it does not take, is a 405 naming the ones it
 * does, not "Niet gevonden" as if the path were not there.
 */
describe('the local chat answers HEAD and a wrong method as the main server does', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it.each(['/', '/chat.js', '/api/toestand'])('HEAD %s: 200 with the type GET has, no body', async (path) => {
    const get = await ask(local.url, 'GET', path);
    const head = await ask(local.url, 'HEAD', path);
    expect(head.status).toBe(200);
    expect(head.type).toBe(get.type);
    expect(head.body).toBe('');
  });

  it.each([
    ['GET', '/api/bericht', 'POST'],
    ['PUT', '/api/actie', 'POST'],
    ['POST', '/api/toestand', 'GET, HEAD'],
    ['DELETE', '/chat.js', 'GET, HEAD'],
  ])('%s %s: 405, Allow: %s, in Dutch', async (method, path, allow) => {
    const res = await ask(local.url, method, path);
    expect(res.status).toBe(405);
    expect(res.allow).toBe(allow);
    expect(JSON.parse(res.body).fout).toMatch(/^Deze methode kan hier niet: gebruik /);
  });

  it('a path the chat does not serve stays a 404', async () => {
    const res = await ask(local.url, 'GET', '/api/bestaat-niet');
    expect(res.status).toBe(404);
  });
});

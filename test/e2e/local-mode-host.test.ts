import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const REFUSED = 'Schakel in de lokale modus antwoordt alleen op deze computer: open 127.0.0.1 of localhost.';

/** A GET with the Host header a browser sends for the name in its address bar. */
const get = (url: string, host: string) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(url, { method: 'GET', headers: { host } });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });

const PATHS = ['/healthz', '/metrics', '/privacy', '/ics/een-token-dat-iemand-kent.ics', '/digest/x.pdf'];

/**
 * A web page the person visits can point its own host name at 127.0.0.1 (DNS rebinding) and then
 * read what Schakel's main server answers: the metrics, a calendar feed or digest file whose link
 * it knows. In local mode the main server answers only requests for this machine's own names.
 */
describe('local mode: the main server answers only this machine’s host names', () => {
  let tdb: TestDatabase;
  let local: TestApp;
  let hosted: TestApp;
  const base = (app: TestApp) => app.baseUrl.replace('localhost', '127.0.0.1');
  const port = (app: TestApp) => new URL(app.baseUrl).port;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    local = await startTestApp({ LOCAL_CHAT: 'on', LOCAL_CHAT_PORT: '0' }, tdb.db);
    hosted = await startTestApp({ TEAMS_CLIENT_ID: 'app', TEAMS_CLIENT_SECRET: 'geheim' }, tdb.db);
  });
  afterAll(async () => {
    await local?.stop();
    await hosted?.stop();
    await tdb?.drop();
  });

  it.each(PATHS)('%s for a foreign host name: 403 with a short explanation', async (path) => {
    const res = await get(`${base(local)}${path}`, `rebind.evil.example:${port(local)}`);
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text)).toEqual({ error: REFUSED });
  });

  it('each of those refusals is logged once and counted, by its reason, without the host or the link', async () => {
    const refusals = local.logs.lines.filter((l) =>
      /lokale modus: verzoek aan \S+ geweigerd \(403\)/.test(l),
    );
    expect(refusals).toHaveLength(PATHS.length);
    expect(refusals.every((l) => l.includes('afkomst'))).toBe(true);
    expect(local.logs.text).not.toContain('rebind.evil.example');
    expect(local.logs.text).not.toContain('een-token-dat-iemand-kent');
    const metrics = await get(`${base(local)}/metrics`, `127.0.0.1:${port(local)}`);
    expect(metrics.text).toMatch(
      new RegExp(`^schakel_refused_requests_total\\{platform="web",reason="local"\\} ${PATHS.length}$`, 'm'),
    );
  });

  it('for 127.0.0.1 and localhost the same server answers as before', async () => {
    for (const host of [`127.0.0.1:${port(local)}`, `localhost:${port(local)}`]) {
      expect((await get(`${base(local)}/healthz`, host)).status).toBe(200);
      const metrics = await get(`${base(local)}/metrics`, host);
      expect(metrics.status).toBe(200);
      expect(metrics.text).toContain('schakel_');
    }
  });

  it('outside local mode a real host name behind a proxy still gets its answer', async () => {
    const res = await get(`${base(hosted)}/healthz`, 'schakel.regio.example');
    expect(res.status).toBe(200);
  });
});

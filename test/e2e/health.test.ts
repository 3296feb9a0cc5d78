import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELIVERY_KINDS } from '../../src/domain/deliveries.ts';
import { DELIVERY_OUTCOMES } from '../../src/metrics.ts';
import { hasTool, missing, runTool } from '../support/oracle-tools.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

describe('health, readiness and metrics', () => {
  let tdb: TestDatabase;
  let app: TestApp;
  beforeAll(async () => {
    tdb = await createTestDatabase();
    app = await startTestApp({}, tdb.db);
  });
  afterAll(async () => {
    await app?.stop();
    await tdb?.drop();
  });

  it('reports the process up on /healthz', async () => {
    const res = await fetch(`${app.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the database answers and every migration is applied', async () => {
    const res = await fetch(`${app.baseUrl}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready', database: tdb.kind });
  });

  it('is not ready while a migration is missing', async () => {
    const { rows } = await tdb.db.pool.query('SELECT * FROM schema_migrations ORDER BY version DESC LIMIT 1');
    await tdb.db.pool.query('DELETE FROM schema_migrations WHERE version = $1', [rows[0].version]);
    try {
      const res = await fetch(`${app.baseUrl}/readyz`);
      expect(res.status).toBe(503);
    } finally {
      await tdb.db.pool.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        rows[0].version,
        rows[0].name,
        rows[0].checksum,
      ]);
    }
  });

  it('answers HEAD as GET without a body, as uptime monitors ask (/healthz, /readyz, /metrics)', async () => {
    for (const path of ['/healthz', '/readyz', '/metrics']) {
      const res = await fetch(`${app.baseUrl}${path}`, { method: 'HEAD' });
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toBe('');
    }
    expect((await fetch(`${app.baseUrl}/nergens`, { method: 'HEAD' })).status).toBe(404);
  });

  it('serves Prometheus metrics that count the requests it answered', async () => {
    await fetch(`${app.baseUrl}/healthz`);
    const res = await fetch(`${app.baseUrl}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/schakel_http_requests_total\{route="healthz",status="200"\} [1-9]/);
    expect(text).toContain('schakel_process_resident_memory_bytes');
  });

  it('passes Prometheus’ own checker (promtool check metrics)', async (ctx) => {
    ctx.skip(!hasTool('promtool'), missing('promtool'));
    await fetch(`${app.baseUrl}/healthz`);
    const text = await (await fetch(`${app.baseUrl}/metrics`)).text();
    const check = await runTool('promtool', ['check', 'metrics'], text);
    expect(check.stdout + check.stderr).toBe('');
    expect(check.code).toBe(0);
  });

  it('exports every delivery kind and outcome at 0 before the first delivery, so an alert sees the first failure', async () => {
    const text = await (await fetch(`${app.baseUrl}/metrics`)).text();
    for (const kind of DELIVERY_KINDS) {
      for (const outcome of DELIVERY_OUTCOMES) {
        expect(text).toContain(`schakel_deliveries_total{kind="${kind}",outcome="${outcome}"} 0`);
      }
    }
    expect(text).toContain('schakel_deliveries_waiting{state="due"} 0');
    expect(text).toContain('schakel_deliveries_waiting{state="overdue"} 0');
  });

  it('a link that leads nowhere: a small Dutch page in a browser, JSON for a program', async () => {
    const browser = { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } };
    const deadLinks = [
      ['/nergens', '<h1>Deze pagina bestaat niet</h1>', 'Niet gevonden'],
      [
        `/ics/${'x'.repeat(24)}.ics`,
        '<h1>Deze agendalink werkt niet meer</h1>',
        'Deze agendalink bestaat niet (meer).',
      ],
    ];
    for (const [path, heading, error] of deadLinks) {
      const page = await fetch(`${app.baseUrl}${path}`, browser);
      expect(page.status, path).toBe(404);
      expect(page.headers.get('content-type'), path).toContain('text/html');
      expect(await page.text(), path).toContain(heading);
      // Schakel's own pages run nothing and load nothing from elsewhere.
      expect(page.headers.get('content-security-policy'), path).toContain("default-src 'none'");
      const program = await fetch(`${app.baseUrl}${path}`);
      expect(program.status, path).toBe(404);
      expect(await program.json(), path).toEqual({ error });
    }
  });

  it('answers another method on a known path with 405 and the methods it takes (Allow), not 404', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'POST']) {
      const res = await fetch(`${app.baseUrl}/healthz`, {
        method,
        body: method === 'POST' ? '{}' : undefined,
      });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow'), method).toBe('GET, HEAD');
      expect(await res.json(), method).toEqual({ error: 'Deze methode kan hier niet: gebruik GET of HEAD' });
    }
    expect((await fetch(`${app.baseUrl}/ics/iets.ics`, { method: 'DELETE' })).status).toBe(405);
    expect((await fetch(`${app.baseUrl}/nergens`, { method: 'DELETE' })).status).toBe(404);
    const metrics = await (await fetch(`${app.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/^schakel_http_requests_total\{route="method_not_allowed",status="405"\} [1-9]/m);
  });

  it('answers an unknown path with 404 and no Slack or Teams endpoint when neither is configured', async () => {
    expect((await fetch(`${app.baseUrl}/nergens`)).status).toBe(404);
    expect((await fetch(`${app.baseUrl}/slack/events`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${app.baseUrl}/api/messages`, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});

import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIn, shownIn } from '../support/local-chat-api.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

const STUURGROEP = '19:lokaal-stuurgroep@thread.tacv2';
const LOCAL = { LOCAL_CHAT: 'on', LOCAL_CHAT_PORT: '0', SCHAKEL_SEED_DEMO: 'true' };

/**
 * `npm start` while another program holds the port: Schakel seeds the demo regions, then cannot
 * listen and stops. The next start finds the regions there ("bestonden al"), and before this fix
 * never published the demo's stuurgroep digest that only a first start publishes: Marloes found
 * none in # Stuurgroep (`samenvatting laatste`: "nog geen samenvatting"), for good. Now a start
 * that finds the demo without its published digest publishes it, once.
 */
describe('the demo digest after a start that stopped on a port in use', () => {
  let tdb: TestDatabase;
  let busy: Server;
  let app: TestApp | undefined;
  beforeAll(async () => {
    tdb = await createTestDatabase();
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await app?.stop();
    busy?.close();
    await tdb?.drop();
  });

  it('the next start publishes it: # Stuurgroep shows it and samenvatting laatste finds it', async () => {
    const port = String((busy.address() as { port: number }).port);
    await expect(startTestApp({ ...LOCAL, PORT: port }, tdb.db)).rejects.toThrow();
    const regions = await tdb.db.pool.query('SELECT 1 FROM regions');
    expect(regions.rowCount).toBeGreaterThan(0);

    app = await startTestApp(LOCAL, tdb.db);
    const url = (app.running.localChatUrl ?? '').replace(/\/$/, '');
    const published = await tdb.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM digest_versions WHERE status = 'published'`,
    );
    expect(published.rows[0]?.n).toBe(1);
    await app.running.tick();
    await waitFor('the digest in # Stuurgroep', async () =>
      (await shownIn(url, 'sg1', STUURGROEP)).find((m) =>
        JSON.stringify(m).includes('Stuurgroep-samenvatting'),
      ),
    );
    const latest = await answerIn(url, 'sg1', 'a:lokaal-sg1', 'samenvatting laatste');
    expect(latest).not.toContain('nog geen samenvatting');
  });

  it('a further start publishes no second one', async () => {
    await app?.stop();
    app = await startTestApp(LOCAL, tdb.db);
    const published = await tdb.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM digest_versions WHERE status = 'published'`,
    );
    expect(published.rows[0]?.n).toBe(1);
  });
});

/**
 * The same, after the projectleider unlinked # Stuurgroep in between: the digest has nowhere to
 * go, so it is not published; Schakel starts all the same, saying so in its log.
 */
describe('the demo digest cannot be published on a later start', () => {
  let tdb: TestDatabase;
  let busy: Server;
  let app: TestApp | undefined;
  beforeAll(async () => {
    tdb = await createTestDatabase();
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await app?.stop();
    busy?.close();
    await tdb?.drop();
  });

  it('Schakel starts, the chat answers, and nothing is published', async () => {
    const port = String((busy.address() as { port: number }).port);
    await expect(startTestApp({ ...LOCAL, PORT: port }, tdb.db)).rejects.toThrow();
    await tdb.db.pool.query(
      `DELETE FROM overleg_channels WHERE overleg_id IN (SELECT id FROM overleggen WHERE kind = 'stuurgroep')`,
    );
    app = await startTestApp(LOCAL, tdb.db);
    const url = (app.running.localChatUrl ?? '').replace(/\/$/, '');
    expect(await answerIn(url, 'pl', 'a:lokaal-pl', 'help')).toContain('Alle commando’s');
    const published = await tdb.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM digest_versions WHERE status = 'published'`,
    );
    expect(published.rows[0]?.n).toBe(0);
    expect(app.logs.text).toContain('demo-samenvatting niet gepubliceerd');
  });
});

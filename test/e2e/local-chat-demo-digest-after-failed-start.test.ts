import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { answerIn, postToChat, pressIn, shownIn } from '../support/local-chat-api.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

const STUURGROEP = '19:lokaal-stuurgroep@thread.tacv2';
const HER_TEXT = 'Half af: nog overleggen met de gemeente.';
const LOCAL = { LOCAL_CHAT: 'on', LOCAL_CHAT_PORT: '0', SCHAKEL_SEED_DEMO: 'true' };

/** A database whose demo regions a start seeded before it stopped: its port was in use. */
async function seededByAStartThatStopped(): Promise<TestDatabase> {
  const tdb = await createTestDatabase();
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  try {
    const port = String((busy.address() as { port: number }).port);
    await expect(startTestApp({ ...LOCAL, PORT: port }, tdb.db)).rejects.toThrow();
  } finally {
    busy.close();
  }
  expect((await tdb.db.pool.query('SELECT 1 FROM regions')).rowCount).toBeGreaterThan(0);
  return tdb;
}

const publishedCount = async (tdb: TestDatabase) =>
  (
    await tdb.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM digest_versions WHERE status = 'published'`,
    )
  ).rows[0]?.n;

/**
 * `npm start` while another program holds the port: Schakel seeds the demo regions, then cannot
 * listen and stops. The next start finds the regions there ("bestonden al"), and before this fix
 * never published the demo's stuurgroep digest that only a first start publishes: Marloes found
 * none in # Stuurgroep (`samenvatting laatste`: "nog geen samenvatting"), for good. Now a start
 * that finds the demo without its published digest publishes it, once; one it cannot publish
 * (# Stuurgroep unlinked in between) stops no start.
 */
describe('the demo digest after a start that stopped on a port in use', () => {
  const made: Array<{ tdb: TestDatabase; app?: TestApp }> = [];
  afterAll(async () => {
    for (const m of made) {
      await m.app?.stop();
      await m.tdb.drop();
    }
  });

  it('the next start publishes it, and a further one no second one', async () => {
    const tdb = await seededByAStartThatStopped();
    const m: { tdb: TestDatabase; app?: TestApp } = { tdb };
    made.push(m);
    m.app = await startTestApp(LOCAL, tdb.db);
    const url = (m.app.running.localChatUrl ?? '').replace(/\/$/, '');
    expect(await publishedCount(tdb)).toBe(1);
    expect(m.app.logs.text).toContain('De stuurgroep-samenvatting van de demo is gepubliceerd.');
    await m.app.running.tick();
    await waitFor('the digest in # Stuurgroep', async () =>
      (await shownIn(url, 'sg1', STUURGROEP)).find((msg) =>
        JSON.stringify(msg).includes('Stuurgroep-samenvatting'),
      ),
    );
    const latest = await answerIn(url, 'sg1', 'a:lokaal-sg1', 'samenvatting laatste');
    expect(latest).not.toContain('nog geen samenvatting');

    await m.app.stop();
    m.app = await startTestApp(LOCAL, tdb.db);
    expect(await publishedCount(tdb)).toBe(1);
  });

  it('with # Stuurgroep unlinked in between: Schakel starts, says why in its log, publishes nothing', async () => {
    const tdb = await seededByAStartThatStopped();
    const m: { tdb: TestDatabase; app?: TestApp } = { tdb };
    made.push(m);
    await tdb.db.pool.query(
      `DELETE FROM overleg_channels WHERE overleg_id IN (SELECT id FROM overleggen WHERE kind = 'stuurgroep')`,
    );
    m.app = await startTestApp(LOCAL, tdb.db);
    const url = (m.app.running.localChatUrl ?? '').replace(/\/$/, '');
    expect(await answerIn(url, 'pl', 'a:lokaal-pl', 'help')).toContain('Alle commando’s');
    expect(await publishedCount(tdb)).toBe(0);
    expect(m.app.logs.text).toContain('demo-samenvatting niet gepubliceerd');
    expect(m.app.logs.text).not.toContain('is gepubliceerd');
  });

  it('a draft Marloes started in between is hers: the next start publishes nothing and keeps her text', async () => {
    const tdb = await seededByAStartThatStopped();
    const m: { tdb: TestDatabase; app?: TestApp } = { tdb };
    made.push(m);
    const unlinked = await tdb.db.pool.query(
      `DELETE FROM overleg_channels WHERE overleg_id IN (SELECT id FROM overleggen WHERE kind = 'stuurgroep')
       RETURNING overleg_id, platform, workspace, channel_id, service_url`,
    );
    m.app = await startTestApp(LOCAL, tdb.db);
    // She links # Stuurgroep again, opens the draft and starts her own summary.
    for (const r of unlinked.rows)
      await tdb.db.pool.query(
        'INSERT INTO overleg_channels (overleg_id, platform, workspace, channel_id, service_url) VALUES ($1, $2, $3, $4, $5)',
        [r.overleg_id, r.platform, r.workspace, r.channel_id, r.service_url],
      );
    const url = (m.app.running.localChatUrl ?? '').replace(/\/$/, '');
    const chat = 'a:lokaal-pl';
    const [demoDraft] = (
      await tdb.db.pool.query<{ period_label: string }>(
        `SELECT period_label FROM digest_versions WHERE status = 'draft'`,
      )
    ).rows;
    expect(await answerIn(url, 'pl', chat, `samenvatting ${demoDraft?.period_label}`)).toContain(
      'Publiceren',
    );
    await (await pressIn(url, 'pl', chat, 'digest_edit_text')).text();
    const form = await waitFor('the text form', async () =>
      (await shownIn(url, 'pl', chat)).findLast((msg) => JSON.stringify(msg).includes('samenvatting-tekst')),
    );
    const save = form.attachments
      .flatMap((a) => (a.content as { actions?: Array<{ verb?: string; data?: object }> }).actions ?? [])
      .find((a) => a.verb === 'samenvatting-tekst');
    await (
      await postToChat(url, '/api/actie', {
        rol: 'pl',
        gesprek: chat,
        activiteit: form.id,
        verb: 'samenvatting-tekst',
        data: { ...save?.data, samenvatting: HER_TEXT },
      })
    ).text();
    const draft = async () =>
      (
        await tdb.db.pool.query<{ summary: string }>(
          `SELECT summary FROM digest_versions WHERE status = 'draft'`,
        )
      ).rows;
    await waitFor('her text in the draft', async () => (await draft())[0]?.summary === HER_TEXT || undefined);

    await m.app.stop();
    m.app = await startTestApp(LOCAL, tdb.db);
    expect(await publishedCount(tdb)).toBe(0);
    expect((await draft()).map((d) => d.summary)).toEqual([HER_TEXT]);
  });
});

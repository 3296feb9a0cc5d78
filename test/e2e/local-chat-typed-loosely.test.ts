import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TEAM } from '../../src/domain/demo-region.ts';
import { answerIn, submitNewWerkgroep } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

/**
 * What a person types the way people type: "Help!" with a capital and an exclamation mark is
 * help; a werkgroep named by part of its name in `koppel` is pointed at, not only refused.
 */
describe('the local chat reads commands typed loosely', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('"Help!" and "help?" answer as help', async () => {
    for (const typed of ['Help!', 'help?']) {
      const answer = await answerIn(local.url, 'ggz1', 'a:lokaal-ggz1', typed);
      expect(answer).not.toContain('Dat commando ken ik niet');
      expect(answer).toContain('Alle commando’s');
    }
  });

  it('"koppel jobcoaching" names the one werkgroep whose name holds it, and links nothing', async () => {
    const answer = await answerIn(local.url, 'pl', DEMO_TEAM.id, 'koppel jobcoaching');
    expect(answer).toContain(
      'Bedoel je Werkgroep Werkgevers & Jobcoaching? Typ dan koppel Werkgroep Werkgevers & Jobcoaching.',
    );
    expect(answer).not.toContain('gekoppeld aan');
  });

  it('a bare "koppel" asks which werkgroep, naming the region\'s werkgroepen, and links nothing', async () => {
    const answer = await answerIn(local.url, 'pl', DEMO_TEAM.id, 'koppel');
    expect(answer).toContain('Welke werkgroep koppel je aan dit kanaal?');
    expect(answer).toContain('Werkgroep Werkgevers & Jobcoaching');
    expect(answer).not.toContain('Zo begrijp ik het niet');
    expect(answer).not.toContain('gekoppeld aan');
  });

  it('"koppel werkgroep  OOST" links the werkgroep named "Werkgroep Oost 🌅": emoji, capitals and spaces aside', async () => {
    await local.tdb.db.pool.query(
      `INSERT INTO overleggen (region_id, name, kind, created_at) VALUES ('demo-achterhoek', 'Werkgroep Oost 🌅', 'werkgroep', now())`,
    );
    const answer = await answerIn(local.url, 'pl', DEMO_TEAM.id, 'koppel werkgroep  OOST');
    expect(answer).not.toContain('Bedoel je');
    expect(answer).toContain('Werkgroep Oost 🌅');
    const { rows } = await local.tdb.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM overleg_channels oc JOIN overleggen o ON o.id = oc.overleg_id WHERE o.name = 'Werkgroep Oost 🌅'`,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('"ontkoppel 🌊" or "ontkoppel werkgroep noord" unlinks nothing; "ontkoppel Werkgroep Noord 🌅" only that werkgroep', async () => {
    // This channel linked to "Werkgroep Oost 🌅" (as above) and, from before one link a channel, to two more.
    await answerIn(local.url, 'pl', DEMO_TEAM.id, 'koppel Werkgroep Oost 🌅');
    await local.tdb.db.pool.query(
      `INSERT INTO overleggen (region_id, name, kind, created_at) VALUES
         ('demo-achterhoek', 'Werkgroep Noord 🌅', 'werkgroep', now()),
         ('demo-achterhoek', 'Werkgroep Noord 🌊', 'werkgroep', now())`,
    );
    await local.tdb.db.pool.query(
      `INSERT INTO overleg_channels (overleg_id, platform, workspace, channel_id, service_url)
       SELECT n.id, oc.platform, oc.workspace, oc.channel_id, oc.service_url
         FROM overleg_channels oc JOIN overleggen o ON o.id = oc.overleg_id
         JOIN overleggen n ON n.name LIKE 'Werkgroep Noord%'
        WHERE o.name = 'Werkgroep Oost 🌅'`,
    );
    const linked = async () =>
      (
        await local.tdb.db.pool.query<{ name: string }>(
          `SELECT o.name FROM overleg_channels oc JOIN overleggen o ON o.id = oc.overleg_id
            WHERE o.name LIKE 'Werkgroep Noord%' OR o.name = 'Werkgroep Oost 🌅' ORDER BY o.name`,
        )
      ).rows.map((r) => r.name);
    // Only emoji, or a name two have apart from their emoji, names none: nothing is unlinked.
    for (const typed of ['ontkoppel 🌊', 'ontkoppel ???', 'ontkoppel werkgroep noord']) {
      expect(await answerIn(local.url, 'pl', DEMO_TEAM.id, typed)).toContain('Ik heb niets losgekoppeld');
    }
    expect(await linked()).toEqual(['Werkgroep Noord 🌅', 'Werkgroep Noord 🌊', 'Werkgroep Oost 🌅']);
    const answer = await answerIn(local.url, 'pl', DEMO_TEAM.id, 'ontkoppel Werkgroep Noord 🌅');
    expect(answer).toContain('losgekoppeld van Werkgroep Noord 🌅.');
    expect(await linked()).toEqual(['Werkgroep Noord 🌊', 'Werkgroep Oost 🌅']);
  });

  it('"koppel werkgroep noord" with "Werkgroep Noord 🌅" and "Werkgroep Noord 🌊" both: asks which, naming both, and links nothing', async () => {
    // The two werkgroepen of the test above; a channel not linked to any.
    const channel = '19:lokaal-werkgroep@thread.tacv2';
    const links = async () =>
      (await local.tdb.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM overleg_channels'))
        .rows[0]?.n;
    const before = await links();
    const answer = await answerIn(local.url, 'pl', channel, 'koppel werkgroep  NOORD');
    expect(answer).toContain('Bedoel je Werkgroep Noord 🌅 of Werkgroep Noord 🌊?');
    expect(answer).toContain('koppel Werkgroep Noord 🌅');
    expect(answer).not.toContain('heeft geen werkgroep met die naam');
    expect(await links()).toBe(before);
  });

  it('a new werkgroep named like one there is, apart from emoji, capitals and spaces, is refused and not made', async () => {
    const res = await submitNewWerkgroep(local.url, 'Werkgroep werkgevers  jobcoaching 🤝');
    expect(res.status).toBe(200);
    const shown = JSON.stringify(await res.json());
    expect(shown).toContain('Er is al een overleg \\"Werkgroep Werkgevers & Jobcoaching\\" in jullie regio.');
    expect(shown).toContain('alleen in emoji, hoofdletters, spaties of tekens');
    const { rows } = await local.tdb.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM overleggen WHERE name LIKE '%🤝'`,
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('"Agendapunt: met dubbele punt" and "actiepunt: …": a colon after the command word is how people type it', async () => {
    const werkgroep = '19:lokaal-werkgroep@thread.tacv2';
    const agenda = await answerIn(local.url, 'pl', werkgroep, 'Agendapunt: met dubbele punt');
    expect(agenda).not.toContain('Dat commando ken ik niet');
    expect(agenda).toContain('Genoteerd voor de bijeenkomst van');
    const actie = await answerIn(local.url, 'pl', werkgroep, 'actiepunt: Verslag rondsturen');
    expect(actie).toContain('Actiepunt genoteerd, met jou als eigenaar.');
    const { rows } = await local.tdb.db.pool.query<{ text: string }>(
      `SELECT text FROM agenda_items WHERE text LIKE '%dubbele punt%' UNION ALL
       SELECT description FROM actiepunten WHERE description LIKE '%Verslag rondsturen%'`,
    );
    expect(rows.map((r) => r.text).sort()).toEqual(['Verslag rondsturen', 'met dubbele punt']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TEAM } from '../../src/domain/demo-region.ts';
import { answerIn } from '../support/local-chat-api.ts';
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
});

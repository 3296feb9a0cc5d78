import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIn, postToChat, shownIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';
import { waitFor } from '../support/wait-for.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';
const RUBENS_CHAT = 'a:lokaal-ggz1';

/**
 * Text that shows as nothing: zero-width spaces, soft hyphens, invisible tag letters, a Hangul
 * filler, typed (or pasted) after `agendapunt` or `actiepunt`. It is no text at all to whoever
 * reads the agenda: refused as an empty one is, and nothing is noted (before, the agenda got a
 * bullet with nothing after it, and the actiepunten list an actiepunt without a description).
 */
describe('the local chat: an agendapunt or actiepunt of invisible signs only is refused', () => {
  let local: LocalChatApp;
  const count = async (table: 'agenda_items' | 'actiepunten') =>
    (await local.tdb.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it.each([
    ['zero-width spaces', '\u200b\u200b\u200b'],
    ['soft hyphens', '\u00ad\u00ad'],
    ['tag letters', '\u{E0041}\u{E0042}'],
    ['a Hangul filler', '\u3164'],
    ['a word joiner between spaces', ' \u2060 '],
  ])('%s: "Vul een tekst in.", nothing on the agenda nor among the actiepunten', async (_what, invisible) => {
    const agenda = await count('agenda_items');
    const actiepunten = await count('actiepunten');
    const onAgenda = await answerIn(local.url, 'ggz1', WERKGROEP, `agendapunt ${invisible}`);
    expect(onAgenda).toContain('Vul een tekst in.');
    expect(onAgenda).not.toContain('Genoteerd');
    const asActiepunt = await answerIn(local.url, 'ggz1', WERKGROEP, `actiepunt ${invisible}`);
    expect(asActiepunt).toContain('Vul een tekst in.');
    expect(asActiepunt).not.toContain('genoteerd');
    expect(await count('agenda_items')).toBe(agenda);
    expect(await count('actiepunten')).toBe(actiepunten);
  });

  it('a text with a zero-width space inside a word is still noted: only text of nothing but such signs is refused', async () => {
    const answer = await answerIn(local.url, 'ggz1', WERKGROEP, 'agendapunt Inzet\u200bjobcoaching');
    expect(answer).toContain('Genoteerd');
  });

  it('a check-in whose "wat ging goed" and toelichting are invisible signs only keeps neither: not filled in', async () => {
    await postToChat(local.url, '/api/klok', { rol: 'pl', gesprek: WERKGROEP, stap: 'bijeenkomst' });
    const card = await waitFor('the check-in card', async () =>
      (await shownIn(local.url, 'ggz1', RUBENS_CHAT))
        .filter((m) => m.fromBot)
        .find((m) => JSON.stringify(m.attachments).includes('"id":"samenwerkingsniveau"')),
    );
    const content = card.attachments[0]?.content as { actions?: { title?: string; data?: object }[] };
    const opslaan = content.actions?.find((a) => a.title === 'Opslaan');
    const res = await postToChat(local.url, '/api/actie', {
      rol: 'ggz1',
      gesprek: RUBENS_CHAT,
      activiteit: card.id,
      verb: 'checkin',
      data: { ...opslaan?.data, samenwerkingsniveau: '4', went_well: '\u200b\u200b', toelichting: '\u00ad' },
    });
    expect(JSON.stringify(await res.json())).toContain('opgeslagen');
    const { rows } = await local.tdb.db.pool.query(
      `SELECT a.went_well, a.toelichting FROM checkin_answers a JOIN members m ON m.id = a.member_id
        WHERE m.name = 'Ruben Kleinjan' ORDER BY a.submitted_at DESC LIMIT 1`,
    );
    expect(rows[0]).toEqual({ went_well: null, toelichting: null });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { findMember } from '../../src/store/members-repo.ts';
import type { RecordedCall } from '../support/recording-server.ts';
import { TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { waitFor } from '../support/wait-for.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

// Teams takes a bot message of at most about 28 KB of JSON (over it the connector answers 413
// MessageSizeTooBig). A werkgroep with 100 open actiepunten and 60 agendapunten, each within its
// limit, gets cards within it: the nearest deadlines first, and a line saying how many more.
const TEAMS_MESSAGE_LIMIT = 28 * 1024;
const clock = manualClock('2026-09-29T06:00:00Z'); // Tuesday 08:00 in Amsterdam
const CHAT = 'a:personal-ruben';
const description = (i: number) => `Actie ${i}: ${'uitzoeken hoe de werkwijze loopt '.repeat(6)}`.trim();
/** Actie i is due 1 March 2027 less i days (the later, the nearer), every tenth without a deadline. */
const dueDate = (i: number) =>
  i % 10 === 0 ? null : new Date(Date.UTC(2027, 2, 1) - i * 86_400_000).toISOString().slice(0, 10);

/** The card's texts in order, with the options of its choice. */
function cardOf(call: RecordedCall) {
  const card = (call.body.attachments as Array<{ content: { body: Array<Record<string, unknown>> } }>)[0]!
    .content;
  const texts = card.body.filter((b) => b.type === 'TextBlock').map((b) => String(b.text));
  const choice = card.body.find((b) => b.type === 'Input.ChoiceSet') as
    | { choices: Array<{ value: string }> }
    | undefined;
  return { texts, options: choice?.choices.map((c) => c.value) ?? [] };
}

const shownNumbers = (list: string) => [...list.matchAll(/^- \\?#(\d+) Actie/gm)].map((m) => Number(m[1]));

describe('Teams: a werkgroep with 100 open actiepunten and 60 agendapunten', () => {
  let h: WerkgroepHarness;
  const sentToChat = () => h.teams.calls.filter((c) => c.method === 'POST' && c.path.includes(CHAT));
  const say = async (text: string) => {
    const before = sentToChat().length;
    const a = messageActivity({
      text,
      serviceUrl: h.teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId: CHAT,
    });
    expect((await postActivity(h.app.baseUrl, a)).status).toBe(200);
    return before;
  };

  beforeAll(async () => {
    h = await startWerkgroepHarness({ clock, platforms: ['teams'] });
    const core = h.app.running.core;
    const pl = await findMember(h.tdb.db.pool, h.w.projectleiderId);
    await core.rhythm.createSeries(pl, h.w.overlegId, {
      firstStart: '2026-10-06T14:00',
      everyWeeks: 4,
      durationMinutes: 90,
    });
    for (let i = 1; i <= 60; i++) {
      await core.rhythm.addAgendaItem(
        pl,
        h.w.overlegId,
        `Punt ${i}: ${'de samenwerking bespreken '.repeat(15)}`,
      );
    }
    for (let i = 1; i <= 100; i++) {
      await core.rhythm.addActiepunt(pl, h.w.overlegId, {
        description: description(i),
        ownerId: h.w.rubenId,
        dueDate: dueDate(i),
      });
    }
  }, 120_000);
  afterAll(async () => h?.stop());

  it.each(['actiepunten', 'klaar'])(
    '`%s` fits in one message: the nearest deadlines first, how many more, and a Klaar choice of those shown',
    async (command) => {
      const before = await say(command);
      const reply = await waitFor('the answer', () => sentToChat()[before]);
      expect(Buffer.byteLength(reply.raw)).toBeLessThanOrEqual(TEAMS_MESSAGE_LIMIT);
      const { texts, options } = cardOf(reply);
      const list = texts.find((t) => shownNumbers(t).length > 0) ?? '';
      const shown = shownNumbers(list);
      // Actie 99 is due first (Actie 100 has no deadline), then 98, 97, …
      expect(shown.slice(0, 3)).toEqual([99, 98, 97]);
      expect(shown.length).toBeGreaterThan(20);
      expect(shown.every((n) => n % 10 !== 0)).toBe(true);
      const more = texts.find((t) => t.startsWith('En nog'));
      expect(more).toBe(
        `En nog ${100 - shown.length} open actiepunten met een latere of geen deadline; meer past niet in één bericht. Je eigen actiepunten zie je allemaal met overzicht.`,
      );
      expect(options).toEqual(shown.map(String));
    },
  );

  it('when Teams refuses an answer as too large (413), the member reads why, not to try again', async () => {
    h.teams.answerNext(CHAT, {
      status: 413,
      body: { error: { code: 'MessageSizeTooBig', message: 'Message size too large' } },
    });
    const before = await say('actiepunten');
    const next = await waitFor('the answer after the refused one', () => sentToChat()[before + 1]);
    expect(next.body.text).toBe(
      'Dit antwoord is te groot voor één bericht in Teams, dus Schakel kon het niet sturen. Opnieuw vragen helpt niet: laat het je beheerder weten.',
    );
    const lines = h.app.logs.lines.filter((l) => l.includes('te groot'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 40, status: 413, bytes: expect.any(Number) });
    expect(h.app.logs.text).not.toContain('werkwijze');
  });

  it('a call for agendapunten Teams refuses as too large (413) is never sent again, and logged once', async () => {
    h.teams.answerNext(TEAMS_CHANNEL, { status: 413, body: { error: { code: 'MessageSizeTooBig' } } });
    clock.set('2026-09-29T07:00:30Z'); // 09:00:30: the call for agendapunten, a week before
    await h.app.running.tick();
    const posts = () => h.teams.calls.filter((c) => c.method === 'POST' && c.path.includes(TEAMS_CHANNEL));
    const call = await waitFor('the call for agendapunten', () => posts()[0]);
    // What it would have been: within the limit, with how many more agendapunten and where.
    expect(Buffer.byteLength(call.raw)).toBeLessThanOrEqual(TEAMS_MESSAGE_LIMIT);
    expect(cardOf(call).texts).toContainEqual(
      expect.stringMatching(/^En nog \d+ agendapunten: typ @Schakel agenda voor de hele agenda\.$/),
    );
    const status = async () =>
      (
        await h.tdb.db.pool.query<{ status: string; attempts: number; last_error: string }>(
          `SELECT status, attempts, last_error FROM deliveries WHERE kind = 'agenda_call' AND status <> 'pending'`,
        )
      ).rows;
    const [failed] = await waitFor('the call marked failed', async () => {
      const rows = await status();
      return rows.length > 0 && rows;
    });
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: expect.stringMatching(/413\): \d+ bytes/),
    });
    clock.set('2026-09-29T07:30:30Z'); // past every backoff
    await h.app.running.tick();
    expect(posts()).toHaveLength(1);
    const lines = h.app.logs.lines.filter((l) => l.includes('weigerde het bericht als te groot'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('Punt 1');
  });

  it('the reminder fits, each list with how many more and the command for all', async () => {
    clock.set('2026-10-05T07:00:30Z'); // Monday 09:00:30: the reminder, the day before
    await h.app.running.tick();
    const reminder = await waitFor('the reminder', () => h.teams.sentTo(TEAMS_CHANNEL)[0]);
    expect(Buffer.byteLength(reminder.raw)).toBeLessThanOrEqual(TEAMS_MESSAGE_LIMIT);
    const { texts } = cardOf(reminder);
    expect(texts.find((t) => t.startsWith('- Punt 1: '))).toBeDefined();
    const agendaMore = texts.find((t) => /^En nog \d+ agendapunten: /.test(t));
    const actiepuntenMore = texts.find((t) => /^En nog \d+ open actiepunten /.test(t));
    expect(agendaMore).toMatch(/: typ @Schakel agenda voor de hele agenda\.$/);
    expect(actiepuntenMore).toMatch(/: typ @Schakel actiepunten voor de lijst\.$/);
    const list = texts.find((t) => t.includes('Actie 99')) ?? '';
    expect(shownNumbers(list).slice(0, 2)).toEqual([99, 98]);
  });
});

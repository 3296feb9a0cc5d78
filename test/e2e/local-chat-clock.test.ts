import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP_CHANNEL = '19:lokaal-werkgroep@thread.tacv2';

/**
 * The local chat's clock buttons let time pass as it would: what falls due during a jump is
 * delivered at its own moment, so a newcomer who finishes a meeting two weeks ahead sees the call
 * for agendapunten, the reminder and the check-in, and nothing is skipped as "too late".
 */
describe('the local chat’s clock delivers what falls due during a jump', () => {
  let local: LocalChatApp;
  // The newcomer's walk: Saturday 5 December 2026, 01:16 in Amsterdam.
  const clock = manualClock('2026-12-05T00:16:00Z');

  const press = async (stap: 'bijeenkomst' | 'dag' | 'week') => {
    const res = await fetch(`${local.url}/api/klok`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rol: 'pl', gesprek: WERKGROEP_CHANNEL, stap }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { nu: string; tekst: string };
  };
  const channelText = async () =>
    JSON.stringify(
      await (
        await fetch(`${local.url}/api/gesprek?rol=pl&id=${encodeURIComponent(WERKGROEP_CHANNEL)}`)
      ).json(),
    );
  /** Every delivery whose time has come, by what became of it. */
  const outcomes = async (now: string) =>
    (
      await local.tdb.db.pool.query<{ status: string; late: boolean; n: number }>(
        `SELECT status, late, count(*)::int AS n FROM deliveries
          WHERE due_at <= $1 AND due_at > '2026-12-05T00:16:00Z' GROUP BY status, late ORDER BY status`,
        [now],
      )
    ).rows;

  beforeAll(async () => {
    local = await startLocalChatApp({}, clock);
  });
  afterAll(() => local?.stop());

  it('"Bijeenkomst afronden" 17 days ahead: the agenda call, the reminder and the check-in arrive, none late', async () => {
    const before = await channelText();
    expect(before).not.toContain('Morgen: Werkgroep GGZ');
    const { nu, tekst } = await press('bijeenkomst');
    expect(tekst).toContain('is afgerond');
    const after = await channelText();
    expect(after).toContain('Agendapunten voor Werkgroep GGZ & Werk Achterhoek');
    expect(after).toContain('Morgen: Werkgroep GGZ & Werk Achterhoek');
    expect(after).toContain('Check-in: Werkgroep GGZ & Werk Achterhoek');
    // Each arrived with this jump, not before it: more of them in the channel than there were.
    const times = (text: string, part: string) => text.split(part).length - 1;
    for (const part of [
      'Agendapunten voor Werkgroep GGZ',
      'Morgen: Werkgroep GGZ',
      'Check-in: Werkgroep GGZ',
    ])
      expect(times(after, part), part).toBeGreaterThan(times(before, part));
    const seen = await outcomes(nu);
    expect(seen.filter((o) => o.status !== 'sent' && o.status !== 'obsolete')).toEqual([]);
    expect(seen.some((o) => o.status === 'sent')).toBe(true);
    expect(seen.filter((o) => o.late)).toEqual([]);
    expect(local.app.logs.text).not.toContain('te laat na een onderbreking');
  });

  it('"Een dag verder" and "Een week verder" after it: the round’s close and its reminders go out, none skipped', async () => {
    await press('dag');
    const { nu } = await press('week');
    const seen = await outcomes(nu);
    expect(seen.filter((o) => o.status !== 'sent' && o.status !== 'obsolete')).toEqual([]);
    expect(seen.filter((o) => o.late)).toEqual([]);
    const kinds = (
      await local.tdb.db.pool.query<{ kind: string }>(
        `SELECT DISTINCT kind FROM deliveries WHERE status = 'sent' AND due_at > '2026-12-05T00:16:00Z' ORDER BY kind`,
      )
    ).rows.map((r) => r.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['agenda_call', 'reminder', 'checkin_invite', 'checkin_dm', 'round_close']),
    );
    expect(local.app.logs.text).not.toContain('te laat na een onderbreking');
  });

  it('start-up in local mode: no Teams notice beside the local chat (no Teams is served), no English warning', () => {
    const lines = local.app.logs.lines.map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(lines.filter((l) => l.level >= 40 && l.msg.startsWith('No credentials configured'))).toEqual([]);
    expect(lines.filter((l) => l.msg.startsWith('Teams zonder inloggegevens'))).toEqual([]);
  });
});

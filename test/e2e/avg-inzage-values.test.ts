import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { slashInOost } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'avg-waarden';
const clock = manualClock('2026-09-10T08:00:00Z');

/**
 * The inzage file (`mijn-gegevens`) speaks Dutch in its values too: what kind of message Schakel
 * sent a member and where it stands, and where a version of the summary stands; not the words
 * the database keeps ("checkin_dm", "sent", "draft"). Its shape stays as it was.
 */
describe('the inzage file: Dutch values, not the database words', () => {
  let h: WerkgroepHarness;
  /** The inzage `userId` asked for: the JSON file Schakel put in their direct chat. */
  async function inzage(userId: string): Promise<Record<string, Array<Record<string, unknown>>>> {
    const dm = userId.replace(/^U/, 'D');
    const before = (await h.slack.filesIn(dm)).length;
    const mark = h.slack.calls.length;
    await slashInOost(h, SECRET, userId, 'mijn-gegevens');
    await h.slack.waitFor((c) => c.path === '/api/files.completeUploadExternal', { after: mark });
    const file = (await h.slack.filesIn(dm)).slice(before).at(-1);
    expect(file?.name).toBe('schakel-mijn-gegevens.json');
    return JSON.parse(file?.content ?? '{}');
  }

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    const q = (sql: string, values: unknown[]) => h.tdb.db.pool.query(sql, values);
    const { rows } = await q(`SELECT region_id FROM overleggen WHERE id = $1`, [h.w.overlegId]);
    const region = rows[0].region_id;
    const deliver = (key: string, kind: string, status: string) =>
      q(
        `INSERT INTO deliveries (key, region_id, occurrence, kind, platform, workspace, channel_id, due_at,
                                 next_attempt_at, status)
         VALUES ($1, $2, '2026-09-08T14:00', $3, 'slack', $4, 'U0RUBEN', '2026-09-08T16:00Z',
                 '2026-09-08T16:00Z', $5)`,
        [key, region, kind, STAND_IN_TEAM, status],
      );
    await deliver('checkin-dm-ruben', 'checkin_dm', 'sent');
    await deliver('checkin-nudge-ruben', 'checkin_nudge', 'pending');
    await q(
      `INSERT INTO digest_versions (region_id, period_label, version, status, document, created_by, created_at)
       VALUES ($1, '2026-T2', 1, 'draft', '{}', $2, '2026-09-02T10:00:00Z')`,
      [region, h.w.projectleiderId],
    );
  });
  afterAll(async () => h?.stop());

  it('the messages sent to the member: their kind and where they stand, in Dutch', async () => {
    const data = await inzage('U0RUBEN');
    expect(data.berichten_aan_jou).toEqual([
      expect.objectContaining({
        soort: 'check-in in een privébericht',
        status: 'verstuurd',
        platform: 'slack',
      }),
      expect.objectContaining({ soort: 'herinnering aan de check-in', status: 'nog te versturen' }),
    ]);
    expect(Object.keys(data.berichten_aan_jou?.[0] ?? {}).sort()).toEqual(
      ['platform', 'soort', 'status', 'gepland_op', 'verstuurd_op'].sort(),
    );
    expect(JSON.stringify(data)).not.toMatch(/"(?:checkin_dm|checkin_nudge|sent|pending)"/);
  });

  it("a version of the summary the projectleider made: 'concept', not 'draft'", async () => {
    const data = await inzage('U0HANNEKE');
    expect(data.samenvattingen).toEqual([
      expect.objectContaining({ periode: '2026-T2', versie: 1, status: 'concept' }),
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { linkChannel } from '../../src/store/channels-repo.ts';
import { addMember } from '../support/fixtures.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { slashIn } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-stuurgroep-andere-regio';
const CHANNEL = 'C0STUURGROEPOOST';

/**
 * `volgende` in a stuurgroep's channel answers for that stuurgroep's region: a stuurgroeplid from
 * another region who sits in the channel does not hear their own region's stuurgroep named as this one.
 */
describe('volgende in the stuurgroep channel of another region', () => {
  let h: WerkgroepHarness;
  const slash = (userId: string, text: string, channelId: string) =>
    slashIn(h, SECRET, userId, text, channelId);

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock: manualClock('2026-03-16T09:00:00Z') });
    const { rows } = await h.tdb.db.pool.query<{ region_id: string }>(
      `SELECT region_id FROM overleggen WHERE name = 'Werkgroep Oost'`,
    );
    const oost = rows[0]!.region_id;
    const sg = await h.tdb.db.pool.query<{ id: string }>(
      `INSERT INTO overleggen (region_id, name, kind) VALUES ($1, 'Stuurgroep Oost', 'stuurgroep') RETURNING id`,
      [oost],
    );
    const stuurgroepId = sg.rows[0]!.id;
    await linkChannel(h.tdb.db.pool, stuurgroepId, {
      platform: 'slack',
      workspace: STAND_IN_TEAM,
      channelId: CHANNEL,
      serviceUrl: null,
    });
    // A stuurgroeplid of region West (and West's projectleider), who sits in Oost's stuurgroep too.
    const west = (name: string, role: 'stuurgroeplid' | 'projectleider', userId: string) =>
      addMember(h.tdb.db, {
        regionId: 'regio-west',
        name,
        roles: [role],
        identities: [{ platform: 'slack', workspace: STAND_IN_TEAM, userId }],
      });
    const gast = await west('Fictieve Gast', 'stuurgroeplid', 'U0GAST');
    await west('Fictieve Projectleider West', 'projectleider', 'U0PLWEST');
    await h.tdb.db.pool.query('INSERT INTO overleg_members (overleg_id, member_id) VALUES ($1, $2)', [
      stuurgroepId,
      gast,
    ]);
  });
  afterAll(async () => h?.stop());

  it('West’s stuurgroep is not named as the next meeting in Oost’s stuurgroep channel', async () => {
    expect(await slash('U0PLWEST', 'stuurgroep 2026-04-21', 'DU0PLWEST')).toContain(
      'Genoteerd: stuurgroep op',
    );
    // In their own DM, their own region's stuurgroep.
    expect(await slash('U0GAST', 'volgende', 'DU0GAST')).toContain('dinsdag 21 april 2026');
    const inOost = await slash('U0GAST', 'volgende', CHANNEL);
    expect(inOost).not.toContain('21 april 2026');
    expect(inOost).not.toContain('De volgende stuurgroep van je regio');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { addMember } from '../support/fixtures.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { slashIn } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-weigering-andere-regio';

/**
 * "Alleen de projectleider van deze regio mag dit doen" about the region of the channel it was typed
 * in names nobody: not that region's projectleider (another region's), and not the member's own, who
 * is no projectleider of "deze regio" (a tester's finding, attack37: West's projectleider typing
 * `samenvatting` in Oost's channel read "… Dat is Geertruida Vlasblom.", herself).
 */
describe('a projectleider-only refusal in a channel of another region', () => {
  let h: WerkgroepHarness;
  const slash = (userId: string, text: string, channelId: string) =>
    slashIn(h, SECRET, userId, text, channelId);
  const WEST = ['Geertruida Vlasblom', 'Jorien Spaargaren'];
  const OOST = ['Hanneke Wiggers', 'Ruben Hofstede'];

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock: manualClock('2026-03-16T09:00:00Z') });
    const west = (name: string, roles: Array<'projectleider' | 'lid'>, userId: string) =>
      addMember(h.tdb.db, {
        regionId: 'regio-west',
        name,
        roles,
        identities: [{ platform: 'slack', workspace: STAND_IN_TEAM, userId }],
        overleg: 'Werkgroep Zeeuwse Klei',
      });
    await west('Geertruida Vlasblom', ['projectleider', 'lid'], 'U0PLWEST');
    await west('Jorien Spaargaren', ['lid'], 'U0LIDWEST');
  });
  afterAll(async () => h?.stop());

  it.each([
    ['West’s projectleider', 'U0PLWEST'],
    ['a member of West', 'U0LIDWEST'],
  ])('%s typing samenvatting in Oost’s channel is refused without a name', async (_who, userId) => {
    const answer = await slash(userId, 'samenvatting', 'C0OOST');
    expect(answer).toContain('Alleen de projectleider van deze regio mag dit doen.');
    for (const name of [...WEST, ...OOST]) expect(answer).not.toContain(name);
  });

  it('in their own region a member still reads who the projectleider is', async () => {
    const answer = await slash('U0LIDWEST', 'samenvatting', 'DU0LIDWEST');
    expect(answer).toContain(
      'Alleen de projectleider van deze regio mag dit doen. Dat is Geertruida Vlasblom.',
    );
  });
});

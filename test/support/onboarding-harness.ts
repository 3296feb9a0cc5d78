import type { Clock } from '../../src/clock.ts';
import { addMember } from './fixtures.ts';
import { STAND_IN_TEAM } from './slack-stand-in.ts';
import { linkHannekeOnTeams } from './teams-chat.ts';
import { startWerkgroepHarness } from './werkgroep-harness.ts';

/**
 * The usual harness (Werkgroep Oost, projectleider Hanneke, Ruben) for setting up a new
 * werkgroep: Hanneke also uses Teams, and Sanne is a member of the region without a werkgroep.
 */
export async function startOnboardingHarness(secret: string, clock: Clock) {
  const h = await startWerkgroepHarness({ secret, clock });
  await linkHannekeOnTeams(h.tdb.db.pool, h.w.projectleiderId);
  const sanneId = await addMember(h.tdb.db, {
    name: 'Sanne Groenewoud',
    identities: [{ platform: 'slack', workspace: STAND_IN_TEAM, userId: 'U0SANNE' }],
  });
  return {
    ...h,
    sanneId,
    /** How many rows `from` (a table and its WHERE) holds now. */
    async count(from: string, params: unknown[] = []): Promise<number> {
      return (await h.tdb.db.pool.query(`SELECT count(*)::int AS n FROM ${from}`, params)).rows[0].n;
    },
  };
}

export type OnboardingHarness = Awaited<ReturnType<typeof startOnboardingHarness>>;

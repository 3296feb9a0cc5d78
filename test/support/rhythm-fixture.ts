import type { Clock } from '../../src/clock.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { createSeriesCommands } from '../../src/rhythm/series-changes.ts';
import { linkChannel } from '../../src/store/channels-repo.ts';
import type { Database } from '../../src/store/database.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { rhythmStore } from '../../src/store/rhythm-store.ts';
import { addMember } from './fixtures.ts';

export const TEAMS_TENANT = '7e57c0de-5c4a-4e1e-8a11-00000000a001';
export const TEAMS_CHANNEL = '19:werkgroep-oost@thread.tacv2';

/**
 * A fictional werkgroep linked to a Slack channel and a Teams channel: a projectleider,
 * and a member with identities on both platforms who owns an actiepunt.
 */
export async function seedWerkgroep(
  db: Database,
  opts: { slackTeam: string; slackChannel?: string; teamsServiceUrl?: string },
) {
  const overleg = 'Werkgroep Oost';
  const projectleiderId = await addMember(db, {
    name: 'Hanneke Wiggers',
    roles: ['projectleider', 'lid'],
    identities: [{ platform: 'slack', workspace: opts.slackTeam, userId: 'U0HANNEKE' }],
    overleg,
  });
  const rubenId = await addMember(db, {
    name: 'Ruben Hofstede',
    identities: [
      { platform: 'slack', workspace: opts.slackTeam, userId: 'U0RUBEN' },
      { platform: 'teams', workspace: TEAMS_TENANT, userId: '29:ruben' },
    ],
    overleg,
  });
  const { rows } = await db.pool.query(`SELECT id FROM overleggen WHERE name = $1`, [overleg]);
  const overlegId: string = rows[0].id;
  if (opts.slackChannel) {
    await linkChannel(db.pool, overlegId, {
      platform: 'slack',
      workspace: opts.slackTeam,
      channelId: opts.slackChannel,
      serviceUrl: null,
    });
  }
  if (opts.teamsServiceUrl) {
    await linkChannel(db.pool, overlegId, {
      platform: 'teams',
      workspace: TEAMS_TENANT,
      channelId: TEAMS_CHANNEL,
      serviceUrl: opts.teamsServiceUrl,
    });
  }
  return { overlegId, projectleiderId, rubenId };
}

/**
 * The werkgroep of `seedWerkgroep` on Slack channel C1 of T1, meeting every four weeks from
 * `firstStart` (local time) for 90 minutes, the series made by its projectleider at `clock`.
 */
export async function seedMeetingWerkgroep(db: Database, clock: Clock, firstStart: string) {
  const w = await seedWerkgroep(db, { slackTeam: 'T1', slackChannel: 'C1' });
  const series = createSeriesCommands({ store: rhythmStore(db), clock, guard: createGuard() });
  await series.createSeries(await findMember(db.pool, w.projectleiderId), w.overlegId, {
    firstStart,
    durationMinutes: 90,
  });
  return w;
}

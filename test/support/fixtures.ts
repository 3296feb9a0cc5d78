import type { PlatformUser, Role } from '../../src/domain/members.ts';
import type { Database } from '../../src/store/database.ts';
import { linkIdentity } from '../../src/store/members-repo.ts';
import { STAND_IN_TEAM } from './slack-stand-in.ts';

/** Adds a fictional region with one member linked to the given platform identities. */
export async function addMember(
  db: Database,
  opts: { regionId?: string; name: string; roles?: Role[]; identities: PlatformUser[]; overleg?: string },
): Promise<string> {
  const regionId = opts.regionId ?? 'test-regio';
  return db.transaction(async (tx) => {
    await tx.query(`INSERT INTO regions (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`, [
      regionId,
      `Testregio ${regionId}`,
    ]);
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO members (region_id, name, organisation, domain) VALUES ($1, $2, 'Testorganisatie', 'ggz') RETURNING id`,
      [regionId, opts.name],
    );
    const id = rows[0]!.id;
    for (const role of opts.roles ?? ['lid']) {
      await tx.query('INSERT INTO member_roles (member_id, role) VALUES ($1, $2)', [id, role]);
    }
    for (const identity of opts.identities) await linkIdentity(tx, identity, id);
    if (opts.overleg) {
      const o = await tx.query<{ id: string }>(
        `INSERT INTO overleggen (region_id, name, kind) VALUES ($1, $2, 'werkgroep')
         ON CONFLICT (region_id, name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [regionId, opts.overleg],
      );
      await tx.query('INSERT INTO overleg_members (overleg_id, member_id) VALUES ($1, $2)', [
        o.rows[0]!.id,
        id,
      ]);
    }
    return id;
  });
}

/** A region member on both platforms: `slackUserId` in the Slack stand-in's workspace, `teamsUserId` in `teamsTenant`. */
export function addMemberOnBothPlatforms(
  db: Database,
  opts: {
    regionId: string;
    name: string;
    roles: Role[];
    slackUserId: string;
    teamsTenant: string;
    teamsUserId: string;
  },
): Promise<string> {
  return addMember(db, {
    regionId: opts.regionId,
    name: opts.name,
    roles: opts.roles,
    identities: [
      { platform: 'slack', workspace: STAND_IN_TEAM, userId: opts.slackUserId },
      { platform: 'teams', workspace: opts.teamsTenant, userId: opts.teamsUserId },
    ],
  });
}

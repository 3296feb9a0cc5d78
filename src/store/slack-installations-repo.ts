import type { Database, Queryable } from './database.ts';
import { bind, unitOfWork } from './unit-of-work.ts';

/** One stored installation as the table holds it: `sealed` is the encrypted installation. */
export interface InstallationRow {
  readonly installId: string;
  readonly teamId: string | null;
  readonly enterpriseId: string | null;
  readonly isEnterpriseInstall: boolean;
  readonly botUserId: string | null;
  readonly botScopes: readonly string[];
  readonly installerUserId: string | null;
  readonly keyId: string;
  readonly sealed: string;
  readonly installedAt: Date;
}

/** A workspace installs again (new scopes, a new token): the newest installation replaces the old. */
export async function saveInstallation(db: Queryable, row: InstallationRow): Promise<void> {
  await db.query(
    `INSERT INTO slack_installations (install_id, team_id, enterprise_id, is_enterprise_install, bot_user_id,
       bot_scopes, installer_user_id, key_id, sealed, installed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (install_id) DO UPDATE SET team_id = EXCLUDED.team_id, enterprise_id = EXCLUDED.enterprise_id,
       is_enterprise_install = EXCLUDED.is_enterprise_install, bot_user_id = EXCLUDED.bot_user_id,
       bot_scopes = EXCLUDED.bot_scopes, installer_user_id = EXCLUDED.installer_user_id,
       key_id = EXCLUDED.key_id, sealed = EXCLUDED.sealed, installed_at = EXCLUDED.installed_at`,
    [
      row.installId,
      row.teamId,
      row.enterpriseId,
      row.isEnterpriseInstall,
      row.botUserId,
      row.botScopes.join(','),
      row.installerUserId,
      row.keyId,
      row.sealed,
      row.installedAt,
    ],
  );
}

export async function findInstallation(db: Queryable, installId: string): Promise<InstallationRow | null> {
  const { rows } = await db.query('SELECT * FROM slack_installations WHERE install_id = $1', [installId]);
  return rows[0] ? toRow(rows[0]) : null;
}

export async function deleteInstallation(db: Queryable, installId: string): Promise<number> {
  const r = await db.query('DELETE FROM slack_installations WHERE install_id = $1', [installId]);
  return r.rowCount ?? 0;
}

export async function countInstallations(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM slack_installations');
  return rows[0]?.n ?? 0;
}

/**
 * Schakel was removed from a Slack workspace: forget its installation, unlink its channels
 * from the werkgroepen, drop what was still to be sent there, and say so in the audit log.
 */
export async function forgetSlackWorkspace(
  db: Queryable,
  teamId: string,
  now: Date,
): Promise<{ installations: number; channels: number; deliveries: number }> {
  const installations = await db.query('DELETE FROM slack_installations WHERE team_id = $1', [teamId]);
  const deliveries = await db.query(
    `UPDATE deliveries SET status = 'obsolete', updated_at = $2
      WHERE platform = 'slack' AND workspace = $1 AND status = 'pending'`,
    [teamId, now],
  );
  const channels = await db.query(
    `DELETE FROM overleg_channels WHERE platform = 'slack' AND workspace = $1`,
    [teamId],
  );
  const counts = {
    installations: installations.rowCount ?? 0,
    channels: channels.rowCount ?? 0,
    deliveries: deliveries.rowCount ?? 0,
  };
  await db.query(
    `INSERT INTO audit_log (region_id, actor_id, action, subject, details, at)
     VALUES (NULL, NULL, 'slack_workspace_removed', $1, $2, $3)`,
    [teamId, JSON.stringify(counts), now],
  );
  return counts;
}

function toRow(r: Record<string, unknown>): InstallationRow {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    installId: String(r.install_id),
    teamId: text(r.team_id),
    enterpriseId: text(r.enterprise_id),
    isEnterpriseInstall: r.is_enterprise_install === true,
    botUserId: text(r.bot_user_id),
    botScopes: String(r.bot_scopes ?? '')
      .split(',')
      .filter(Boolean),
    installerUserId: text(r.installer_user_id),
    keyId: String(r.key_id),
    sealed: String(r.sealed),
    installedAt: r.installed_at as Date,
  };
}

export const slackInstallationsRepository = (db: Queryable) => bind(db, { forgetSlackWorkspace });
export type SlackInstallationsRepository = ReturnType<typeof slackInstallationsRepository>;
export const slackInstallationsStore = (db: Database) => unitOfWork(db, slackInstallationsRepository);

import type { Clock } from '../clock.ts';
import { createSecretBox, parseKey } from '../crypto/secret-box.ts';
import type { Database } from '../store/database.ts';
import {
  countInstallations,
  deleteInstallation,
  findInstallation,
  forgetSlackWorkspace,
  saveInstallation,
} from '../store/slack-installations-repo.ts';

/** Which installation: a workspace (team), or an Enterprise Grid organisation for an org-wide install. */
export interface InstallationKey {
  readonly teamId?: string | undefined;
  readonly enterpriseId?: string | undefined;
  readonly isEnterpriseInstall?: boolean | undefined;
}

/** What a workspace's installation brings: its bot token, and Slack's installation record as a whole. */
export interface NewInstallation extends InstallationKey {
  readonly botToken: string;
  readonly botUserId: string | null;
  readonly botScopes: readonly string[];
  readonly installerUserId: string | null;
  /** The installation as the platform library handed it over (tokens included): stored sealed. */
  readonly record: unknown;
}

export interface SlackInstallations {
  save(installation: NewInstallation): Promise<void>;
  /** The stored installation record, opened; undefined when the workspace has not installed Schakel. */
  find(key: InstallationKey): Promise<unknown>;
  remove(key: InstallationKey): Promise<void>;
  /** The bot token of a workspace (team id), or undefined when it has not installed Schakel. */
  botTokenFor(teamId: string): Promise<string | undefined>;
  count(): Promise<number>;
}

interface Sealed {
  readonly botToken: string;
  readonly record: unknown;
}

/**
 * The Slack workspaces that installed Schakel, their tokens sealed with SCHAKEL_ENCRYPTION_KEY
 * before they reach the database. A sealed value is bound to its row: copied into another
 * workspace's row, it no longer opens.
 */
export function createSlackInstallations(deps: {
  db: Database;
  clock: Clock;
  encryptionKey: string;
}): SlackInstallations {
  const key = parseKey(deps.encryptionKey);
  if (!key) throw new Error('SCHAKEL_ENCRYPTION_KEY is not a 32-byte key');
  const box = createSecretBox(key);
  const context = (installId: string) => `slack-installation:${installId}`;

  const open = async (installId: string): Promise<Sealed | undefined> => {
    const row = await findInstallation(deps.db.pool, installId);
    if (!row) return undefined;
    return JSON.parse(box.open(row.sealed, context(installId))) as Sealed;
  };

  return {
    async save(i) {
      const installId = idOf(i);
      const sealed: Sealed = { botToken: i.botToken, record: i.record };
      await saveInstallation(deps.db.pool, {
        installId,
        teamId: i.isEnterpriseInstall ? null : (i.teamId ?? null),
        enterpriseId: i.enterpriseId ?? null,
        isEnterpriseInstall: i.isEnterpriseInstall === true,
        botUserId: i.botUserId,
        botScopes: i.botScopes,
        installerUserId: i.installerUserId,
        keyId: box.keyId,
        sealed: box.seal(JSON.stringify(sealed), context(installId)),
        installedAt: deps.clock.now(),
      });
    },
    async find(k) {
      return (await open(idOf(k)))?.record;
    },
    async remove(k) {
      await deleteInstallation(deps.db.pool, idOf(k));
    },
    async botTokenFor(teamId) {
      return (await open(teamId))?.botToken;
    },
    count: () => countInstallations(deps.db.pool),
  };
}

/**
 * Schakel was removed from a Slack workspace (uninstalled, or its bot token revoked): forget the
 * installation, unlink the workspace's channels and drop what was still to be sent there, in one
 * transaction, with a line in the audit log.
 */
export async function slackWorkspaceRemoved(
  deps: { db: Database; clock: Clock },
  teamId: string,
): Promise<{ installations: number; channels: number; deliveries: number }> {
  return deps.db.transaction((tx) => forgetSlackWorkspace(tx, teamId, deps.clock.now()));
}

function idOf(k: InstallationKey): string {
  const id = k.isEnterpriseInstall ? k.enterpriseId : k.teamId;
  if (!id) throw new Error('An installation needs a team id (or an enterprise id when org-wide)');
  return id;
}

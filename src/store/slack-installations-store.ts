import type { Clock } from '../clock.ts';
import { createSecretBox, parseKey } from '../crypto/secret-box.ts';
import type { InstallationKey, SlackInstallations } from '../installations/slack-installations.ts';
import type { Database } from './database.ts';
import {
  countInstallations,
  deleteInstallation,
  findInstallation,
  saveInstallation,
} from './slack-installations-repo.ts';

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

function idOf(k: InstallationKey): string {
  const id = k.isEnterpriseInstall ? k.enterpriseId : k.teamId;
  if (!id) throw new Error('An installation needs a team id (or an enterprise id when org-wide)');
  return id;
}

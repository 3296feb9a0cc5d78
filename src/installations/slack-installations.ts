import type { Clock } from '../clock.ts';
import type { SlackInstallationsRepository } from '../store/slack-installations-repo.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';

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

/** The Slack workspaces that installed Schakel (sealed at rest: src/store/slack-installations-store.ts). */
export interface SlackInstallations {
  save(installation: NewInstallation): Promise<void>;
  /** The stored installation record, opened; undefined when the workspace has not installed Schakel. */
  find(key: InstallationKey): Promise<unknown>;
  remove(key: InstallationKey): Promise<void>;
  /** The bot token of a workspace (team id), or undefined when it has not installed Schakel. */
  botTokenFor(teamId: string): Promise<string | undefined>;
  count(): Promise<number>;
}

/**
 * Schakel was removed from a Slack workspace (uninstalled, or its bot token revoked): forget the
 * installation, unlink the workspace's channels and drop what was still to be sent there, in one
 * transaction, with a line in the audit log.
 */
export async function slackWorkspaceRemoved(
  deps: { store: UnitOfWork<Pick<SlackInstallationsRepository, 'forgetSlackWorkspace'>>; clock: Clock },
  teamId: string,
): Promise<{ installations: number; channels: number; deliveries: number }> {
  return deps.store.transaction((tx) => tx.forgetSlackWorkspace(teamId, deps.clock.now()));
}

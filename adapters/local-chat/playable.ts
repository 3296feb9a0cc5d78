import type { Core } from '../../src/core.ts';
import { DEMO_TENANT } from '../../src/domain/demo-region.ts';
import { ROLES, type Role } from './tenant.ts';

/**
 * The people the page can play: not one erased (vergeet-mij), whom Schakel no longer knows. Once
 * someone is erased, every open page is told who remains (`tell`, the live stream), so that it
 * drops them at once rather than after a reload.
 */
export function createPlayable(core: Pick<Core, 'home'>, tell: (keys: readonly string[]) => void) {
  /** The keys last told or shown, to see when someone was erased since. */
  let known: string | null = null;

  async function playable(): Promise<Role[]> {
    const identities = await Promise.all(
      ROLES.map((r) => core.home.identify({ platform: 'teams', workspace: DEMO_TENANT, userId: r.userId })),
    );
    const roles = ROLES.filter((_, i) => identities[i] !== null);
    known ??= keysOf(roles);
    return roles;
  }

  return {
    playable,
    /** After a message or a button: when the people to play changed, the pages hear who remains. */
    async tellChanges(): Promise<void> {
      const before = known;
      known = null;
      const roles = await playable();
      if (before !== null && known !== before) tell(roles.map((r) => r.key));
    },
  };
}

const keysOf = (roles: readonly Role[]) => roles.map((r) => r.key).join(' ');

import type { Clock } from './clock.ts';
import type { Member, PlatformUser } from './domain/members.ts';
import type { Logger } from './logger.ts';
import { helpMessage } from './messages/help.ts';
import type { Message } from './messages/model.ts';
import type { Database } from './store/database.ts';
import { findMemberByIdentity } from './store/members-repo.ts';
import { overlegNamesOf } from './store/overleggen-repo.ts';

export interface CoreDeps {
  readonly db: Database;
  readonly clock: Clock;
  readonly logger: Logger;
}

/**
 * The use cases the adapters call: each takes a platform user and plain values,
 * and returns a platform-neutral message. Adapters hold no business rules.
 */
export function createCore({ db }: CoreDeps) {
  return {
    async identify(user: PlatformUser): Promise<Member | null> {
      return findMemberByIdentity(db.pool, user);
    },

    async help(user: PlatformUser, commandPrefix: string): Promise<Message> {
      const member = await findMemberByIdentity(db.pool, user);
      const overleggen = member ? await overlegNamesOf(db.pool, member.id) : [];
      return helpMessage({ member, overleggen, commandPrefix });
    },
  };
}

export type Core = ReturnType<typeof createCore>;

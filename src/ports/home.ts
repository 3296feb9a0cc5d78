import type { Member, PlatformUser } from '../domain/members.ts';
import type { Message } from '../messages/model.ts';

/** Who a platform user is to Schakel, and their overview. */
export interface Home {
  /**
   * The member's overview: the Slack App Home, the Teams welcome card. `commandButtons` false (the
   * Slack App Home, where a pressed command has no message to answer in): no button that runs a command.
   */
  home(user: PlatformUser, prefix: string, commandButtons?: boolean): Promise<Message>;
  /** The member behind a platform user; null when Schakel does not know them. */
  identify(user: PlatformUser): Promise<Member | null>;
}

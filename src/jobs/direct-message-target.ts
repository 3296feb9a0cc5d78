import type { DirectTarget } from '../store/checkin-deliveries-repo.ts';
import type { SendTarget } from './notifier.ts';

/** Where a direct message to a member goes: their own conversation with Schakel on their platform. */
export function directMessageTarget(to: DirectTarget): SendTarget {
  return { platform: to.platform, workspace: to.workspace, channelId: to.userId, serviceUrl: to.serviceUrl };
}

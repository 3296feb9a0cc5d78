import type { PlatformUser } from '../../src/domain/members.ts';

interface ActivityFrom {
  readonly from: { readonly id: string; readonly aadObjectId?: string };
  readonly conversation: { readonly tenantId?: string };
  readonly channelData?: { readonly tenant?: { readonly id?: string } };
}

/** A Teams user is known by tenant and Bot Framework user id. */
export function teamsUser(activity: ActivityFrom): PlatformUser {
  return {
    platform: 'teams',
    workspace: activity.conversation.tenantId ?? activity.channelData?.tenant?.id ?? '',
    userId: activity.from.id,
  };
}

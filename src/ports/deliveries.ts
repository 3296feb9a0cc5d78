import type { DigestDeliveries } from '../digest/digest-deliveries.ts';
import type { PlatformUser } from '../domain/members.ts';
import type { CommandAnswers } from '../jobs/command-replier.ts';
import type { NextMeeting } from '../rhythm/next-meeting.ts';
import type { Place } from './text-commands.ts';

/** What the scheduler and the local chat need to let time pass and send what is due. */
export interface Deliveries {
  /** The scheduler builds the digest's deliveries with this (the automatic draft, the published post). */
  readonly digest: DigestDeliveries;
  /** The scheduler carries out the queued slow commands with this. */
  readonly commands: CommandAnswers;
  /** The werkgroep meeting that ends first (the local chat's "Bijeenkomst afronden"). */
  nextMeeting(user: PlatformUser, place: Place): Promise<NextMeeting | null>;
}

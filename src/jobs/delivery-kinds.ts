import type { DeliveryKind } from '../domain/deliveries.ts';

const HOUR_MS = 60 * 60 * 1000;
/** Deliveries due longer ago than this are not sent late but skipped (unless their kind says otherwise). */
export const LATE_WINDOW_MS = 6 * HOUR_MS;

/** Who writes a kind's rows, and so how it is built when due (deliver-due.ts). */
export type DeliveryFamily = 'meeting' | 'round' | 'digest' | 'command';

export interface DeliveryKindRule {
  readonly family: DeliveryFamily;
  /**
   * How late it may still go out after downtime. A reminder six hours late is noise; but a
   * check-in that opens a day late still gathers the round, a late round summary still reports
   * it, a draft is still worth reviewing before the meeting, and a published digest must arrive.
   */
  readonly lateWindowMs: number;
  /** Sent to one member's direct chat (its channel is the member's user id): written in their language. */
  readonly toMember?: true;
}

/** Every kind of delivery, in one place: adding a kind without its rule does not compile. */
export const DELIVERY_KIND_RULES: Readonly<Record<DeliveryKind, DeliveryKindRule>> = {
  agenda_call: { family: 'meeting', lateWindowMs: LATE_WINDOW_MS },
  reminder: { family: 'meeting', lateWindowMs: LATE_WINDOW_MS },
  checkin_invite: { family: 'meeting', lateWindowMs: 24 * HOUR_MS },
  cancel_notice: { family: 'meeting', lateWindowMs: LATE_WINDOW_MS },
  restore_notice: { family: 'meeting', lateWindowMs: LATE_WINDOW_MS },
  checkin_dm: { family: 'round', lateWindowMs: LATE_WINDOW_MS, toMember: true },
  checkin_nudge: { family: 'round', lateWindowMs: LATE_WINDOW_MS, toMember: true },
  round_close: { family: 'round', lateWindowMs: 24 * HOUR_MS },
  digest_draft: { family: 'digest', lateWindowMs: 72 * HOUR_MS, toMember: true },
  digest_publish: { family: 'digest', lateWindowMs: 7 * 24 * HOUR_MS },
  // A slow chat command's answer (src/commands/long-commands.ts): after a longer outage the DM still tells it.
  command_answer: { family: 'command', lateWindowMs: LATE_WINDOW_MS, toMember: true },
};

export function lateWindowMs(kind: DeliveryKind): number {
  return DELIVERY_KIND_RULES[kind].lateWindowMs;
}

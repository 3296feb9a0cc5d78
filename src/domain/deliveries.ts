/*
 * A delivery is one planned message: its kind, where it goes, and where it stands. The deliveries
 * table (src/store/deliveries-repo.ts) keeps them; the scheduler (src/jobs/) claims and sends them.
 */

/**
 * Planned from the series (src/schedule/reminder-plan.ts): restore_notice is "gaat toch door",
 * for a meeting put back (`herstel`) after the werkgroep was told it was cancelled.
 */
export const PLANNED_KINDS = [
  'agenda_call',
  'reminder',
  'checkin_invite',
  'cancel_notice',
  'restore_notice',
] as const;
/** Written when a check-in round opens (src/checkin): direct messages, the nudge, the summary. */
export const CHECKIN_KINDS = ['checkin_dm', 'checkin_nudge', 'round_close'] as const;
/** The region's stuurgroep digest (src/digest): the automatic draft to each projectleider, the published post. */
export const DIGEST_KINDS = ['digest_draft', 'digest_publish'] as const;
/** The answer to a chat command that takes long (src/commands/long-commands.ts): it replaces "Bezig…". */
export const COMMAND_KIND = 'command_answer';
export const DELIVERY_KINDS = [...PLANNED_KINDS, ...CHECKIN_KINDS, ...DIGEST_KINDS, COMMAND_KIND] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];
export type CheckinKind = (typeof CHECKIN_KINDS)[number];
export type PlannedKind = (typeof PLANNED_KINDS)[number];
export type DigestKind = (typeof DIGEST_KINDS)[number];

export function isCheckinKind(kind: DeliveryKind): kind is CheckinKind {
  return (CHECKIN_KINDS as readonly string[]).includes(kind);
}

export function isDigestKind(kind: DeliveryKind): kind is DigestKind {
  return (DIGEST_KINDS as readonly string[]).includes(kind);
}

export interface Target {
  readonly platform: 'slack' | 'teams';
  readonly workspace: string;
  readonly channelId: string;
}

export interface PlannedDelivery extends Target {
  readonly key: string;
  readonly overlegId: string;
  readonly occurrence: string;
  readonly kind: DeliveryKind;
  readonly dueAt: Date;
}

/** One row to write into the deliveries table, whoever plans it (series, round, digest). */
export interface DeliveryRow extends Target {
  readonly key: string;
  /** Null for a delivery of the region rather than of one overleg (the automatic draft). */
  readonly overlegId: string | null;
  /** The region of a digest delivery. */
  readonly regionId?: string | null;
  readonly occurrence: string;
  readonly kind: DeliveryKind;
  readonly dueAt: Date;
}

/**
 * The reason stored with a delivery the scheduler skipped because its time had long passed (after
 * an interruption): `mislukt` lists these beside the failed ones.
 */
export const SKIPPED_AS_LATE = 'te laat om nog te sturen';

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed', 'skipped', 'obsolete'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export type Delivery = Omit<PlannedDelivery, 'overlegId'> & {
  /** Null when it belongs to no overleg (the automatic draft goes to the region's projectleiders). */
  readonly overlegId: string | null;
  /** The region of a digest delivery. */
  readonly regionId: string | null;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  /** A claim whose earlier attempt may have reached the platform (the process stopped mid-send). */
  readonly uncertain: boolean;
  readonly late: boolean;
};

/** A delivery of one overleg: a meeting's message or a check-in round's. */
export type OverlegDelivery = Delivery & { readonly overlegId: string };

export function ofOverleg(d: Delivery): OverlegDelivery | null {
  return d.overlegId === null ? null : (d as OverlegDelivery);
}

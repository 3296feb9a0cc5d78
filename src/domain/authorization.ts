import { NotAllowed } from './errors.ts';
import type { Member, Role } from './members.ts';
import type { RefusalCode } from './refusals.ts';

/**
 * Everything Schakel lets some members do and not others. One rule per action, in `decide`;
 * every use case asks `authorize` (or `can`, to decide what to show) instead of reading roles.
 */
export const ACTIONS = [
  /** Use Schakel at all (one's own data, overview, digest place): any member Schakel knows. */
  'schakel.use',
  /** A werkgroep's meetings, agenda, actiepunten: its members and the region's projectleider. */
  'werkgroep.read',
  /** Fill in a round's check-in or checklist: the werkgroep's own members. */
  'checkin.fill',
  /** Series, meetings, settings, reminders, holidays, calendar link, voortgang: the region's projectleider. */
  'werkgroep.manage',
  /**
   * Mark an actiepunt done, or set its deadline: its owner, or the region's projectleider; one
   * without owner (theirs was erased) any member of its werkgroep, so it never gets stuck.
   */
  'actiepunt.finish',
  /**
   * Remove an actiepunt noted by mistake (`schrap actiepunt 3`): the one who noted it, its owner,
   * or the region's projectleider. Not every member, as for a finished one without owner: removing
   * takes it out of every count, so it stays with those who answer for it.
   */
  'actiepunt.remove',
  /** Give an actiepunt to another member of the werkgroep (`actiepunt @Naam …`): the region's projectleider. */
  'actiepunt.assign',
  /** A werkgroep's logboek: the region's projectleider or beheerder (regions are isolated). */
  'audit.read',
  /** Create werkgroepen and link channels in one's own region: a projectleider or beheerder. */
  'werkgroep.setup',
  /** Change the links of a channel that belongs to a region: its projectleider or beheerder. */
  'channel.link',
  /** Draft, edit and publish the stuurgroep digest: the region's projectleider. */
  'digest.draft',
  /** Read the published digest: the region's stuurgroep and projectleider. */
  'digest.read',
  /** Plan the stuurgroep's meeting dates: the region's projectleider or beheerder. */
  'stuurgroep.plan',
  /** The national overview across regions: the programme office (landelijk) and beheerders. */
  'national.read',
] as const;
export type Action = (typeof ACTIONS)[number];

/** What an action is about. Without a region, the member's own region is meant. */
export interface Scope {
  readonly regionId?: string | undefined;
  /** The member belongs to the werkgroep the action is about. */
  readonly inWerkgroep?: boolean | undefined;
  /** The member owns the actiepunt the action is about. */
  readonly owner?: boolean | undefined;
  /** The member noted the actiepunt the action is about. */
  readonly creator?: boolean | undefined;
  /** The actiepunt the action is about has no owner (any more). */
  readonly ownerless?: boolean | undefined;
  /** The werkgroep's name, named in a refusal only to members of its region. */
  readonly werkgroep?: string | undefined;
}

/** Why an action was refused: each code has one Dutch wording (REFUSALS in refusals.ts). */
export type Refusal = Extract<
  RefusalCode,
  | 'unknown-member'
  | 'not-in-werkgroep'
  | 'checkin-not-in-werkgroep'
  | 'projectleider-only'
  | 'actiepunt-owner-only'
  | 'actiepunt-ownerless'
  | 'actiepunt-remove-not-yours'
  | 'audit-only'
  | 'setup-only'
  | 'channel-other-region'
  | 'digest-readers-only'
  | 'stuurgroep-planners-only'
  | 'national-only'
>;

const has = (m: Member, ...roles: Role[]) => roles.some((r) => m.roles.includes(r));

/** The one policy: null when the member may, else why not. */
export function decide(member: Member | null, action: Action, scope: Scope = {}): Refusal | null {
  if (!member) return 'unknown-member';
  const ownRegion = (scope.regionId ?? member.regionId) === member.regionId;
  const projectleider = ownRegion && has(member, 'projectleider');
  const allowed = (ok: boolean, refusal: Refusal) => (ok ? null : refusal);
  switch (action) {
    case 'schakel.use':
      return null;
    case 'werkgroep.read':
      return allowed(scope.inWerkgroep === true || projectleider, 'not-in-werkgroep');
    case 'checkin.fill':
      return allowed(scope.inWerkgroep === true, 'checkin-not-in-werkgroep');
    case 'werkgroep.manage':
    case 'digest.draft':
      return allowed(projectleider, 'projectleider-only');
    case 'actiepunt.finish':
      if (scope.ownerless === true)
        return allowed(scope.inWerkgroep === true || projectleider, 'actiepunt-ownerless');
      return allowed(scope.owner === true || projectleider, 'actiepunt-owner-only');
    case 'actiepunt.remove':
      return allowed(
        scope.owner === true || scope.creator === true || projectleider,
        'actiepunt-remove-not-yours',
      );
    case 'actiepunt.assign':
      return allowed(projectleider, 'projectleider-only');
    case 'audit.read':
      return allowed(ownRegion && has(member, 'projectleider', 'beheerder'), 'audit-only');
    case 'werkgroep.setup':
      return allowed(has(member, 'projectleider', 'beheerder'), 'setup-only');
    case 'channel.link':
      if (!has(member, 'projectleider', 'beheerder')) return 'setup-only';
      return allowed(ownRegion, 'channel-other-region');
    case 'digest.read':
      return allowed(ownRegion && has(member, 'stuurgroeplid', 'projectleider'), 'digest-readers-only');
    case 'stuurgroep.plan':
      return allowed(ownRegion && has(member, 'projectleider', 'beheerder'), 'stuurgroep-planners-only');
    case 'national.read':
      return allowed(has(member, 'landelijk', 'beheerder'), 'national-only');
  }
}

/** True when the member may do the action (for what to show: buttons, hints). */
export function can(member: Member | null, action: Action, scope: Scope = {}): boolean {
  return decide(member, action, scope) === null;
}

/** The member, when they may do the action; otherwise NotAllowed with the refusal's code. */
export function authorize(member: Member | null, action: Action, scope: Scope = {}): Member {
  const refusal = decide(member, action, scope);
  if (refusal || !member) {
    const ownRegion = member !== null && (scope.regionId ?? member.regionId) === member.regionId;
    // Within the region the werkgroep may be named; to anyone else, nothing of it.
    throw new NotAllowed(
      refusal ?? 'unknown-member',
      { werkgroep: ownRegion && scope.werkgroep ? scope.werkgroep : 'deze werkgroep' },
      scope.regionId,
    );
  }
  return member;
}

import { NotAllowed } from './errors.ts';
import type { Member } from './members.ts';

/** Only a projectleider of the region that owns the overleg manages its series and settings. */
export function assertProjectleiderOf(actor: Member | null, regionId: string): Member {
  if (!actor) throw new NotAllowed('Ik ken je nog niet. Vraag je projectleider om je te koppelen.');
  if (actor.regionId !== regionId || !actor.roles.includes('projectleider')) {
    throw new NotAllowed('Alleen de projectleider van deze regio mag dit doen.');
  }
  return actor;
}

export function assertKnown(actor: Member | null): Member {
  if (!actor) throw new NotAllowed('Ik ken je nog niet. Vraag je projectleider om je te koppelen.');
  return actor;
}

/**
 * Who may see and add to a werkgroep's agenda, actiepunten and meetings: its members, and
 * the projectleider of its region. A stuurgroeplid, beheerder or landelijk role alone gives
 * no access to a werkgroep's content.
 */
export function assertInWerkgroep(actor: Member | null, regionId: string, isMember: boolean): Member {
  const member = assertKnown(actor);
  const projectleider = member.regionId === regionId && member.roles.includes('projectleider');
  if (!isMember && !projectleider) {
    throw new NotAllowed('Je bent geen lid van deze werkgroep. Vraag de projectleider om je toe te voegen.');
  }
  return member;
}

/** The audit log is for the projectleider of the region and for a beheerder of the installation. */
export function assertMayReadAudit(actor: Member | null, regionId: string): Member {
  const member = assertKnown(actor);
  const pl = member.regionId === regionId && member.roles.includes('projectleider');
  if (!pl && !member.roles.includes('beheerder')) {
    throw new NotAllowed('Alleen de projectleider of een beheerder kan het logboek inzien.');
  }
  return member;
}

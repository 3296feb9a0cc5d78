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

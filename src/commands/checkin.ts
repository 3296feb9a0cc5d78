import { roundFormCommand } from './round-form.ts';

/** `checkin`: the member's check-in form, from the werkgroep's latest round. */
export const checkin = roundFormCommand('checkin', 'werkgroep.read', 'checkin_open');

import { roundFormCommand } from './round-form.ts';

/** `checklist`: the member's checklist, from the werkgroep's latest round. */
export const checklist = roundFormCommand('checklist', 'werkgroep.read', 'checklist_open');

import { roundFormCommand } from './round-form.ts';

/** `checklist-werkgroep`: the checklist the werkgroep agreed on (projectleider), from the werkgroep's latest round. */
export const checklistWerkgroep = roundFormCommand(
  'checklist-werkgroep',
  'werkgroep.manage',
  'checklist_agreed_open',
);

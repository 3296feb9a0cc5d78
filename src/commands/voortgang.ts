import { roundFormCommand } from './round-form.ts';

/** `voortgang`: the werkgroep's progress form (projectleider), from the werkgroep's latest round. */
export const voortgang = roundFormCommand('voortgang', 'werkgroep.manage', 'progress_open');

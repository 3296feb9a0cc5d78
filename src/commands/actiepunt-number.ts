import type { CommandContext } from './command.ts';

/**
 * Whether the werkgroep holds the actiepunt a command names by its number (`klaar 7`, `schrap 7`):
 * numbers are kept per werkgroep, so only the member's werkgroepen that hold this one are in question.
 */
export async function holdsActiepunt(
  command: { readonly number: number },
  { uses }: CommandContext,
  werkgroepId: string,
): Promise<boolean> {
  return (await uses.actiepuntByNumber(werkgroepId, command.number)) !== null;
}

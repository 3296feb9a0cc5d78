import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Held-out 26: a role the subject trains for or is taken on as, no other person: "is aangenomen voor de
 * opleiding ervaringsdeskundige en is al 2 jaar vrij van zelfbeschadiging", "volgt de cursus tot
 * jobcoach", "is gestart als ervaringsdeskundige". The care term after it stays the subject's.
 */
const TRAINING = wordSet('opleiding opleidingen cursus training studie omscholing leerlijn stage');
const TAKEN_ON = wordSet('aangenomen gestart begonnen geplaatst ingestroomd');

/** Whether the role word at `role` names what the subject trains for or is taken on as. */
export function isRoleTrainedFor(tokens: readonly Token[], role: number): boolean {
  const before = tokens[role - 1]?.key ?? '';
  if (TRAINING.has(before)) return true;
  if (before === 'tot') return TRAINING.has(tokens[role - 2]?.key ?? '');
  return before === 'als' && TAKEN_ON.has(tokens[role - 2]?.key ?? '');
}

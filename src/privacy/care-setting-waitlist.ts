import { isProvider, PROVIDER_FILLERS } from './care-term-words.ts';
import type { Token } from './tokens.ts';

/**
 * "staat op de wachtlijst van Karakter", "op de wachtlijst bij de GGZ": on a care provider's waiting list
 * (batch 43-names), as "op de wachtlijst voor FACT" is (care-setting-context.ts). Only "op" the list: "Jan
 * beheert de wachtlijst van Tactus" is his work.
 */
export function isProvidersWaitlist(tokens: readonly Token[], k: number): boolean {
  const by = tokens[k + 1]?.key;
  if ((by !== 'van' && by !== 'bij') || tokens[k - 2]?.key !== 'op') return false;
  const at = PROVIDER_FILLERS.has(tokens[k + 2]?.key ?? '') ? k + 3 : k + 2;
  return isProvider(tokens[at]?.key ?? '');
}

import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Seen by an acute care service (batch 40-names): "is bij de crisisdienst geweest", "door het crisisteam
 * beoordeeld", "naar de SEH gebracht", "door de huisarts naar de crisisdienst gestuurd". The service alone
 * is no one's care ("Bij nood kun je bij de crisisdienst terecht", "werkt bij de crisisdienst"): only a
 * preposition before it and a verb of being seen, brought or sent there, a few words after it (or, for
 * "naar", before it). Bounded look-arounds only.
 */
export const ACUTE_SERVICES = wordSet('crisisdienst crisisteam seh huisartsenpost spoedpost');

const FILLERS = wordSet("de het een haar zijn z'n d'r");
// "bij de crisisdienst beland", "door de crisisdienst opgehaald", "naar de SEH gebracht".
const SEEN_AT = wordSet('geweest beland terechtgekomen binnengebracht gezien behandeld opgevangen');
const SEEN_BY = wordSet('beoordeeld gezien opgehaald opgenomen bezocht onderzocht opgevangen behandeld');
const SENT_TO = wordSet(`gebracht gestuurd verwezen doorverwezen gereden vervoerd overgebracht gegaan
  geweest meegenomen`);
const VERB_WINDOW = 3;

/** Whether the acute service at tokens[k] is one the person was seen by, brought or sent to. */
export function isAcuteVisit(tokens: readonly Token[], k: number): boolean {
  const preposition = FILLERS.has(tokens[k - 1]?.key ?? '') ? k - 2 : k - 1;
  switch (tokens[preposition]?.key) {
    case 'bij':
      return hasVerbAfter(tokens, k, SEEN_AT);
    case 'door':
      return hasVerbAfter(tokens, k, SEEN_BY);
    case 'naar':
      return hasVerbAfter(tokens, k, SENT_TO) || hasVerbBefore(tokens, preposition, SENT_TO);
    default:
      return false;
  }
}

function hasVerbAfter(tokens: readonly Token[], k: number, verbs: ReadonlySet<string>): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + VERB_WINDOW; j++) {
    const token = tokens[j]!;
    if (verbs.has(token.key)) return true;
    if (token.type === 'punct') return false;
  }
  return false;
}

function hasVerbBefore(tokens: readonly Token[], preposition: number, verbs: ReadonlySet<string>): boolean {
  for (let j = preposition - 1; j >= 0 && j >= preposition - VERB_WINDOW; j--) {
    const token = tokens[j]!;
    if (verbs.has(token.key)) return true;
    if (token.type === 'punct') return false;
  }
  return false;
}

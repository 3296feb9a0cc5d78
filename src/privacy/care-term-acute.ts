import { MEETINGS as CARE_PLACE_MEETINGS } from './care-term-words.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * Seen by an acute care service (batch 40-names): "is bij de crisisdienst geweest", "door het crisisteam
 * beoordeeld", "naar de SEH gebracht", "door de huisarts naar de crisisdienst gestuurd". The service alone
 * is no one's care ("Bij nood kun je bij de crisisdienst terecht", "werkt bij de crisisdienst"): only a
 * preposition before it and a verb of being seen, brought or sent there, a few words after it (or, for
 * "naar", before it), and, since the privacy review, no other purpose right after the verb ("om de
 * samenwerking te bespreken", "voor een werkbezoek"). Bounded look-arounds only.
 */
export const ACUTE_SERVICES = wordSet('crisisdienst crisisteam seh huisartsenpost spoedpost');

const FILLERS = wordSet("de het een haar zijn z'n d'r");
// "bij de crisisdienst beland", "door de crisisdienst opgehaald", "naar de SEH gebracht".
const SEEN_AT = wordSet('geweest beland terechtgekomen binnengebracht gezien behandeld opgevangen');
const SEEN_BY = wordSet('beoordeeld gezien opgehaald opgenomen bezocht onderzocht opgevangen behandeld');
const SENT_TO = wordSet(`gebracht gestuurd verwezen doorverwezen gereden vervoerd overgebracht gegaan
  geweest meegenomen`);
const VERB_WINDOW = 3;

// "... geweest om de samenwerking te bespreken", "... gegaan voor een werkbezoek": there for another
// purpose. The meetings of care-term-words.ts (a stay's), and visits and work there.
const MEETINGS = wordSetOf([
  ...CARE_PLACE_MEETINGS,
  ...`werkbezoek bezoek werkoverleg bespreking kennismaking kennismakingsgesprek voorlichting samenwerking
  interview stage netwerkdag regiodag themadag studiedag congres symposium`.split(/\s+/),
]);
// "... ingeschakeld als gastspreker": a role at an event (review 2).
const EVENT_ROLES = wordSet('gastspreker spreker gastdocent sponsor partner');
const PURPOSE_WINDOW = 8;

/** Whether the acute service at tokens[k] is one the person was seen by, brought or sent to. */
export function isAcuteVisit(tokens: readonly Token[], k: number): boolean {
  const preposition = FILLERS.has(tokens[k - 1]?.key ?? '') ? k - 2 : k - 1;
  let verb = -1;
  switch (tokens[preposition]?.key) {
    case 'bij':
      verb = verbAfter(tokens, k, SEEN_AT);
      break;
    case 'door':
      verb = verbAfter(tokens, k, SEEN_BY);
      break;
    case 'naar':
      verb = verbAfter(tokens, k, SENT_TO);
      if (verb === -1 && hasVerbBefore(tokens, preposition, SENT_TO)) verb = k;
      break;
  }
  if (verb === -1 && ARTICLES.has(tokens[k - 1]?.key ?? '')) verb = takenVerbAfter(tokens, k);
  if (verb === -1) verb = visitedAfter(tokens, k);
  return verb !== -1 && !isOtherPurpose(tokens, verb + 1);
}

// det-family: "crisisdienst is vannacht langs geweest bij Rania thuis", "kwam langs bij hem": the service
// visiting a person (not "bij de werkgroep", "bij ons team": an article or the writer's side after "bij").
const CAME_BY = wordSet('langs langsgeweest langsgekomen');
const NOT_VISITED = wordSet('de het een ons onze mij me jullie');
const VISIT_WINDOW = 6;

function visitedAfter(tokens: readonly Token[], k: number): number {
  for (let j = k + 1; j < tokens.length && j <= k + VISIT_WINDOW; j++) {
    if (tokens[j]!.type === 'punct') return -1;
    if (!CAME_BY.has(tokens[j]!.key)) continue;
    const at = tokens[j + 1]?.key === 'bij' ? j + 1 : j + 2;
    if (tokens[at]?.key !== 'bij' || NOT_VISITED.has(tokens[at + 1]?.key ?? '')) return -1;
    return tokens[at + 1] === undefined ? -1 : at;
  }
  return -1;
}

// "de crisisdienst heeft haar meegenomen", "het crisisteam heeft hem opgehaald" (batch 44-names): the
// service as the subject, a person its object ("heeft haar werkwijze aangepast" is none).
const ARTICLES = wordSet('de het');
const AUXILIARIES = wordSet('heeft hebben had hadden');
const OBJECTS = wordSet('haar hem hen');
const TAKEN = wordSetOf([...SEEN_BY, ...wordSet('meegenomen gehaald')]);

function takenVerbAfter(tokens: readonly Token[], k: number): number {
  if (!AUXILIARIES.has(tokens[k + 1]?.key ?? '') || !OBJECTS.has(tokens[k + 2]?.key ?? '')) return -1;
  return TAKEN.has(tokens[k + 3]?.key ?? '') ? k + 3 : -1;
}

/**
 * "om de samenwerking te bespreken", "voor een werkbezoek", "over de voorlichting", "als gastspreker" at
 * tokens[j]; "om ... te" only with a meeting word inside ("om zijn hand te laten hechten" is care; review 2).
 */
export function isOtherPurpose(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]?.key;
  const next = FILLERS.has(tokens[j + 1]?.key ?? '') ? j + 2 : j + 1;
  if (key === 'voor' || key === 'over') return MEETINGS.has(tokens[next]?.key ?? '');
  if (key === 'als') return EVENT_ROLES.has(tokens[next]?.key ?? '');
  if (key !== 'om') return false;
  let meeting = false;
  for (let t = j + 1; t < tokens.length && t <= j + PURPOSE_WINDOW; t++) {
    if (tokens[t]!.key === 'te') return meeting;
    if (tokens[t]!.type === 'punct') return false;
    if (MEETINGS.has(tokens[t]!.key)) meeting = true;
  }
  return false;
}

function verbAfter(tokens: readonly Token[], k: number, verbs: ReadonlySet<string>): number {
  for (let j = k + 1; j < tokens.length && j <= k + VERB_WINDOW; j++) {
    const token = tokens[j]!;
    if (verbs.has(token.key)) return j;
    if (token.type === 'punct') return -1;
  }
  return -1;
}

function hasVerbBefore(tokens: readonly Token[], preposition: number, verbs: ReadonlySet<string>): boolean {
  for (let j = preposition - 1; j >= 0 && j >= preposition - VERB_WINDOW; j--) {
    const token = tokens[j]!;
    if (verbs.has(token.key)) return true;
    if (token.type === 'punct') return false;
  }
  return false;
}

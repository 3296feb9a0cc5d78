import { CARE_PROFESSIONALS } from './care-provider-words.ts';
import { JOBS } from './care-term-roles.ts';
import { CLIENT_ROLES } from './client-words.ts';
import { HIS_HER_SHORT } from './possessives.ts';
import type { Sentence } from './sentences.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 56 (det-56): a name with an aside saying where or as what the person works, then a professional's
 * task for others: "Lotte (Lentis dagbehandeling) gaat volgende week een workshop geven over ...",
 * "Mehmet (beschermd wonen aan de Singel) organiseert op 3 juni een open dag", "Tjeerd (apotheker) geeft
 * in de werkgroep uitleg over ... olanzapine en switch naar aripiprazol". The care terms in the aside and
 * in what is presented are a service and a topic, nobody's health. The aside must name a job or hold a
 * capitalised word (an organisation, a street): "Sanne (depressie) geeft een presentatie" stays hers, and so
 * does "Lotte (dagbehandeling Lentis) gaat weer naar haar werk" (no task for others).
 */
const OTHER_JOBS = wordSet(`apotheker apothekers arts huisarts trainer docent teamleider coordinator jobcoach
  verpleegkundige fysiotherapeut ergotherapeut maatschappelijk werker specialist adviseur manager`);
// A task that is work for others by itself, and one that is so with its object.
const RUNS = wordSet('organiseert organiseren organiseerde presenteert presenteren verzorgt verzorgen leidt');
const GIVES = wordSet('geeft geven gaf houdt houden hield');
// Batch 72 (det-72): "Pauline (UWV) vertelt op 11 april over de regels voor ziektewet bij kanker, inclusief de
// re-integratie na een borstamputatie": telling the werkgroep about a subject is a task for others too.
const TELLS = wordSet('vertelt vertellen spreekt spreken praat');
const ABOUT = 'over';
const GIVEN = wordSet(`workshop training uitleg presentatie lezing voorlichting rondleiding webinar
  scholing cursus open`);
const CLIENTS = wordSet(CLIENT_ROLES);
// Review 31: the presenter telling their own: "Eva vertelt hoe haar eigen psychose ...", "ik heb zelf
// borderline, zegt Eva", "over haar depressie" (a possessive right before the care term).
const OWN_STORY = wordSet("ik mijn me mij m'n eigen zelf");
const BACK_REACH = 24;
const ASIDE_REACH = 10;
const TASK_REACH = 10;

/** The care term at k stands in such an aside, or in the task after it. */
export function isPresentersTopic(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  for (let open = k - 1; open > sentence.from && open >= k - BACK_REACH; open--) {
    if (tokens[open]!.text !== '(') continue;
    if (!isCapitalised(tokens[open - 1]!)) return false;
    const close = asideClose(tokens, sentence, open);
    if (close === -1) return false;
    // Batch 58: the task heading the name, its topic after a colon: "3. Presentatie Ramon (Kwintes): wonen
    // en werken na een psychose", "Workshop door Eva (Lentis): ..." (not "Update Ramon (Kwintes): ...").
    if (k > close && tokens[close + 1]?.text === ':' && isHeadedTask(tokens, open - 1))
      return !isOwnStory(tokens, close + 2, k);
    const task = taskAfter(tokens, sentence, close);
    // Batch 72: a talk's topic told of another's ("vertelt over ... bij kanker") but not her own story.
    if (task !== -1 && task < k && tokens[task]!.key === ABOUT) return !isOwnStory(tokens, task + 1, k);
    return task !== -1 && (k < close || task < k);
  }
  return false;
}

/** Where the aside closes when it names a job or holds a capitalised word, else -1. */
function asideClose(tokens: readonly Token[], sentence: Sentence, open: number): number {
  let works = false;
  for (let j = open + 1; j < sentence.to && j <= open + ASIDE_REACH; j++) {
    const token = tokens[j]!;
    if (token.text === ')') return works ? j : -1;
    const key = token.key;
    if (CLIENTS.has(key)) return -1; // "Presentatie Sanne (klant IPS): ..." (review 31)
    works ||= isCapitalised(token) || JOBS.has(key) || CARE_PROFESSIONALS.has(key) || OTHER_JOBS.has(key);
  }
  return -1;
}

/** Where the task for others after the aside is said, or -1. */
function taskAfter(tokens: readonly Token[], sentence: Sentence, close: number): number {
  let gives = false;
  let tells = false;
  for (let j = close + 1; j < sentence.to && j <= close + TASK_REACH; j++) {
    const key = tokens[j]!.key;
    if (RUNS.has(key)) return j;
    tells ||= TELLS.has(key);
    if (tells && key === ABOUT) return j;
    gives ||= GIVES.has(key);
    if (GIVEN.has(key)) return gives || hasGivingAfter(tokens, sentence, j) ? j : -1;
  }
  return -1;
}

/** "een workshop geven": the verb of giving after its object. */
function hasGivingAfter(tokens: readonly Token[], sentence: Sentence, j: number): boolean {
  return j + 1 < sentence.to && GIVES.has(tokens[j + 1]!.key);
}

const SPEAKERS = wordSet('spreker spreekster sprekers gastspreker gastspreekster');

/** A task named right before the name at `name`: "Presentatie Ramon", "Workshop door Eva", "Spreker: Eva". */
function isHeadedTask(tokens: readonly Token[], name: number): boolean {
  let j = name - 1;
  if (tokens[j]?.key === 'door' || tokens[j]?.text === ':') j--;
  const key = tokens[j]?.key ?? '';
  return GIVEN.has(key) || SPEAKERS.has(key);
}

/** Between the colon at `from` and the care term at k, the presenter tells their own. */
function isOwnStory(tokens: readonly Token[], from: number, k: number): boolean {
  if (HIS_HER_SHORT.has(tokens[k - 1]?.key ?? '')) return true;
  for (let j = from; j < k; j++) if (OWN_STORY.has(tokens[j]!.key)) return true;
  return false;
}

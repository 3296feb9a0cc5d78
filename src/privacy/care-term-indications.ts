import { POSSESSIVES, RECEIVE_VERBS } from './care-term-words.ts';
import { ARTICLES, HE_SHE } from './function-words.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * Care said through the paperwork around it (batch 43-names): an indication for care ("heeft een
 * WMO-indicatie", "krijgt een indicatie voor dagbesteding"; not "een indicatie van de planning"), a
 * benefit for a disability ("krijgt een Wajong-uitkering", "vanwege zijn beperking"), being declared
 * unfit for work ("is afgekeurd voor zijn werk", "Siham is afgekeurd door het UWV"; not "de aanvraag is
 * afgekeurd"), a measured IQ ("een IQ van 68"), an operation on the body ("de operatie aan haar
 * darmen"; not "de operatie in Rotterdam" of a company). Each trigger word is read with a few tokens
 * around it; bounded look-arounds only.
 */

// "WMO-indicatie", "Wlz-indicatie", "zorgindicatie": an indication for care on its own.
const CARE_INDICATIONS = wordSet('wmo-indicatie wlz-indicatie ciz-indicatie ggz-indicatie zorgindicatie');
// "indicatie voor dagbesteding / begeleid wonen / ambulante begeleiding": care the indication is for.
const INDICATED_CARE = wordSet(`dagbesteding begeleid beschermd woonbegeleiding begeleiding ambulante
  thuisbegeleiding wlz wmo ggz thuiszorg huishoudelijke dagbehandeling behandeling respijtzorg logeeropvang
  zorg persoonlijke`);
// "heeft een indicatie", "haar indicatie", "met een WMO-indicatie": had by someone.
const HAD_BEFORE = wordSetOf([...RECEIVE_VERBS, ...POSSESSIVES, ...wordSet('met gekregen')]);
const WAJONG = wordSet('wajong wajong-uitkering wajonger wajongers');
const BEING = wordSet('is was werd wordt');
const DECLARED_HOW = wordSet('volledig gedeeltelijk medisch deels');
const UNFIT_FOR = wordSet('werk beroep functie baan vak');
const UNFIT_BY = wordSet('uwv bedrijfsarts keuringsarts verzekeringsarts arbo-arts arboarts');
const SUBJECT_PRONOUNS = HE_SHE;
const IQ_FILLERS = wordSet('van rond onder boven de net ongeveer circa');
const IQ_WINDOW = 3;
const OPERATED_FILLERS = wordSetOf([...POSSESSIVES, ...wordSet('de het')]);

/** The words that can open one of these expressions. */
export const INDICATION_TRIGGERS = wordSetOf([
  ...CARE_INDICATIONS,
  ...WAJONG,
  ...wordSet('indicatie afgekeurd iq tiq beperking operatie'),
]);

/** Whether the trigger at tokens[k] says something about a person's health here. */
export function isIndicatedCare(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  if (CARE_INDICATIONS.has(key)) return isHad(tokens, k);
  // "krijgt Wajong", "zit in de Wajong".
  if (WAJONG.has(key))
    return isHad(tokens, k) || tokens[isArticle(tokens[k - 1]) ? k - 2 : k - 1]?.key === 'in';
  switch (key) {
    case 'indicatie':
      return (
        isHad(tokens, k) && tokens[k + 1]?.key === 'voor' && INDICATED_CARE.has(tokens[k + 2]?.key ?? '')
      );
    case 'afgekeurd':
      return isDeclaredUnfit(tokens, k);
    case 'iq':
    case 'tiq':
      return isMeasured(tokens, k);
    case 'beperking':
      // "vanwege zijn beperking": one's own disability ("mensen met een beperking" is a group).
      return POSSESSIVES.has(tokens[k - 1]?.key ?? '');
    case 'operatie':
      return isOperationOnBody(tokens, k);
    default:
      return false;
  }
}

function isArticle(token: Token | undefined): boolean {
  return ARTICLES.has(token?.key ?? '');
}

/** "heeft een WMO-indicatie", "haar indicatie", "met een Wlz-indicatie". */
function isHad(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.key ?? '';
  if (HAD_BEFORE.has(before)) return true;
  return ARTICLES.has(before) && HAD_BEFORE.has(tokens[k - 2]?.key ?? '');
}

/** "is afgekeurd voor zijn werk", "volledig afgekeurd", "Siham is afgekeurd door het UWV". */
function isDeclaredUnfit(tokens: readonly Token[], k: number): boolean {
  // "medisch afgekeurd"; "volledig afgekeurd" only of someone ("het plan is volledig afgekeurd" is a thing).
  const how = DECLARED_HOW.has(tokens[k - 1]?.key ?? '');
  if (tokens[k - 1]?.key === 'medisch') return true;
  const verb = how ? k - 2 : k - 1;
  if (!BEING.has(tokens[verb]?.key ?? '')) return false;
  if (how) return isSomeone(tokens, verb);
  const after = tokens[k + 1]?.key;
  if (after === 'voor') {
    for (let j = k + 2; j <= k + 5 && j < tokens.length; j++) if (UNFIT_FOR.has(tokens[j]!.key)) return true;
    return false;
  }
  // The one declared unfit is named or a pronoun ("de aanvraag is afgekeurd door het UWV" is a thing).
  if (after !== 'door' || !isSomeone(tokens, verb)) return false;
  const by = ARTICLES.has(tokens[k + 2]?.key ?? '') ? k + 3 : k + 2;
  return UNFIT_BY.has(tokens[by]?.key ?? '');
}

// "Het plan van Jan is afgekeurd": an article before a lower-case noun a few words before the verb makes
// the subject a thing ("Sanne de Vries" has a particle).
const THING_WINDOW = 4;

/** The subject before the verb at `verb` is a name or a pronoun, not a thing of someone's. */
function isSomeone(tokens: readonly Token[], verb: number): boolean {
  const subject = tokens[verb - 1];
  if (subject === undefined || !(subject.capitalised || SUBJECT_PRONOUNS.has(subject.key))) return false;
  for (let j = verb - 2; j >= 0 && j >= verb - THING_WINDOW; j--)
    if (ARTICLES.has(tokens[j]!.key) && tokens[j + 1]!.type === 'word' && !tokens[j + 1]!.capitalised)
      return false;
  return true;
}

/** "een IQ van 68", "IQ 68", "een IQ van rond de 70": a measured IQ. */
function isMeasured(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + 1 + IQ_WINDOW && j < tokens.length; j++) {
    const token = tokens[j]!;
    if (token.type === 'number') return true;
    if (!IQ_FILLERS.has(token.key)) return false;
  }
  return false;
}

/** "de operatie aan haar darmen", "operatie aan de knie": an operation on someone's body. */
function isOperationOnBody(tokens: readonly Token[], k: number): boolean {
  return (
    tokens[k + 1]?.key === 'aan' &&
    OPERATED_FILLERS.has(tokens[k + 2]?.key ?? '') &&
    tokens[k + 3]?.type === 'word'
  );
}

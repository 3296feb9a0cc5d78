import { hasCareStem } from './care-stems.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { HIS_HER_TYPED } from './possessives.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 46: a care programme told as a compound of a care word and "programma"/"traject" ("zit inmiddels
 * in een detoxprogramma bij Novadic-Kentron", "een afkicktraject"), which the stems read as a service
 * (the rest "programma" names one); and a care programme or treatment the subject broke off ("hij heeft
 * het verslavingszorg traject afgebroken", "is gestopt met de behandeling" is read elsewhere).
 */
const PROGRAMME_HEADS = ['programma', 'traject'];
// Care words that are no stem of their own but start a care programme's compound; held-out 43: a substance
// ("zit weer in het alcoholprogramma van VNN"; "alcoholpreventieprogramma" names a campaign, no client's care).
const PROGRAMME_STARTS = wordSet(
  'detox afkick ontwenning ontwennings methadon herstel behandel alcohol drugs',
);

/** "detoxprogramma", "afkicktraject", "verslavingstraject": a care word joined to a programme's head. */
export function isCareProgrammeCompound(key: string): boolean {
  if (isConditionAssessment(key)) return true;
  for (const head of PROGRAMME_HEADS) {
    if (!key.endsWith(head) || key.length <= head.length + 3) continue;
    const start = key.slice(0, -head.length).replace(/-$/, '');
    return PROGRAMME_STARTS.has(start) || hasCareStem(start);
  }
  return false;
}

const BROKEN_OFF = wordSet('afgebroken stopgezet');
const HAVING = wordSet('heeft had');
const PROGRAMME_FILLERS = wordSet("het de zijn haar z'n d'r");
const APART_HEADS = wordSet('traject programma behandeling therapie');

/**
 * "heeft het verslavingszorg traject afgebroken", "had zijn detoxprogramma afgebroken": the programme
 * word at k (perhaps with its head written apart) between "heeft"/"had" with an article or possessive
 * and a participle of breaking off.
 */
export function isProgrammeBrokenOff(tokens: readonly Token[], k: number): boolean {
  const after = APART_HEADS.has(tokens[k + 1]?.key ?? '') ? k + 2 : k + 1;
  if (!BROKEN_OFF.has(tokens[after]?.key ?? '')) return false;
  return PROGRAMME_FILLERS.has(tokens[k - 1]?.key ?? '') && HAVING.has(tokens[k - 2]?.key ?? '');
}

const OWNERS = HIS_HER_TYPED;
// Care programmes one follows as a client, whole words; the rest counts as a "-traject" compound.
const FOLLOWED = wordSet('dagbesteding woonbegeleiding deeltijdbehandeling');

/**
 * det-52: "over zijn GGZ-traject", "haar FACT-traject", "zijn dagbesteding": a care programme right after a
 * possessive is the person's (not "het GGZ-traject in de regio", "ons IPS-traject": no care programme).
 */
export function isOwnedProgramme(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  const before = tokens[k - 1];
  // "Sannes ADHD-onderzoek": a first name's genitive owns an assessment as a possessive does.
  if (
    before !== undefined &&
    isConditionAssessment(key) &&
    isCapitalised(before) &&
    isFirstNameGenitive(before.key)
  )
    return true;
  if (!OWNERS.has(before?.key ?? '')) return false;
  if (isConditionAssessment(key)) return !RESEARCHING.has(tokens[k - 2]?.key ?? '');
  return FOLLOWED.has(key) || (key.endsWith('-traject') && key.length > 10);
}

// det-nh (batch 63): a diagnostic assessment named after its condition, "haar ADHD-onderzoek", "zijn
// autisme-onderzoek" (the stems read the head "onderzoek" as research: "het ADHD-onderzoek van de universiteit"
// stays nobody's; only a possessive, a genitive, or a programme's readings make it someone's).
const ASSESSMENT = '-onderzoek';
// A researcher's own study: "werkt aan haar ADHD-onderzoek", "presenteert zijn autisme-onderzoek".
const RESEARCHING = wordSet(`aan presenteert presenteerde publiceert publiceerde schrijft schreef leidt leidde
  doet deed over`);

function isConditionAssessment(key: string): boolean {
  if (!key.endsWith(ASSESSMENT) || key.length < ASSESSMENT.length + 3) return false;
  const condition = key.slice(0, -ASSESSMENT.length);
  return !condition.includes('-') && hasCareStem(condition);
}

/** "Sannes", "Sanne's": a first name with a glued genitive. */
function isFirstNameGenitive(key: string): boolean {
  return key.endsWith("'s") ? key.length > 4 : key.endsWith('s') && isKnownFirstName(key.slice(0, -1));
}

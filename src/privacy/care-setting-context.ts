import { isCareProgrammeCompound } from './care-programme-compounds.ts';
import {
  AS_WORKER,
  CARE_PROFESSIONALS,
  isProvider,
  isProviderWord,
  PROVIDER_FILLERS,
} from './care-provider-words.ts';
import { isTreaterVisited } from './care-setting-specialist-visit.ts';
import { beforePlaceAt, beforeProviderAt, isStayToldOtherwise } from './care-setting-stay.ts';
import { isBeing, isWardOfCare } from './care-setting-stay-length.ts';
import { isUnderCareOf } from './care-setting-treated.ts';
import { hasPurposeAfter, isVisit } from './care-setting-visits.ts';
import { bijAfter, isNamedSubject, isSharedProvider } from './care-setting-word-order.ts';
import { hasCareStem } from './care-stems.ts';
import { isOwnProfessional } from './care-term-context.ts';
import { isSourceSpan } from './care-term-walks.ts';
import {
  CARE_PROGRAMMES,
  CARE_WARDS,
  DISCHARGE_AFTER,
  DISCHARGE_BEFORE,
  HAVE_VERBS,
  HOSPITAL_VILLAGE_SET,
  IN_BEFORE,
  INTAKE_OWNERS,
  MEETINGS,
  NOT_TREATMENTS,
  PROGRAMME_ADJECTIVES,
  REFERRAL_VERBS,
  RETURN_BEFORE,
  STAY_FILLERS,
  STAY_SUBJECTS,
  STAY_VERBS,
  TREATMENT_NOUNS,
  TREATMENT_VERBS,
  TREATMENT_WINDOW,
  WAITLIST_FOR,
} from './care-term-words.ts';
import { NAME_PARTICLES } from './name-particles.ts';
import { isNameGenitiveAt } from './name-word-flags.ts';
import { isKnownPlaceKey } from './places.ts';
import { isCapitalised, type Token } from './tokens.ts';

// When a care word counts in its sentence because it is about someone in care: a treatment by a
// provider, a stay in a clinic, a care programme, a care waiting list (an admission:
// care-setting-admission.ts). Each test looks at the words around tokens[k]; the word lists are in
// care-term-words.ts.

/** "fact-traject", "f-act", "epa-team": a care programme, or its part before a hyphen. */
export function isProgrammeWord(key: string): boolean {
  if (CARE_PROGRAMMES.has(key) || isCareProgrammeCompound(key)) return true;
  const hyphen = key.lastIndexOf('-');
  return (
    hyphen > 0 &&
    (CARE_PROGRAMMES.has(key.slice(0, hyphen)) || CARE_PROGRAMMES.has(key.slice(0, key.indexOf('-'))))
  );
}

/** "in behandeling bij de GGZ", "bekend bij de verslavingszorg", "loopt bij een psycholoog" or the FACT-team. */
export function isTreatment(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.key === 'behandeling' && tokens[k - 1]?.key === 'in' && isUnderCareOf(tokens, k - 2, k + 1))
    return true;
  // Held-out 19: "heeft intake gehad bij FACT": an intake had is a client's.
  const had = tokens[k]!.key === 'intake' && tokens[k + 1]?.key === 'gehad';
  const by = bijAfter(tokens, k, had);
  if (tokens[by]?.key !== 'bij') return false;
  if (IN_BEFORE.has(tokens[k]!.key) && tokens[k - 1]?.key !== 'in') return false;
  // "wacht op een intake bij de GGZ" (not "doet de intake": a worker's); "zijn intake", "Esra's intake": the person's.
  const owned = had || INTAKE_OWNERS.has(tokens[k - 1]?.key ?? '') || isNameGenitiveAt(tokens, k - 1);
  if (tokens[k]!.key === 'intake' && !owned) return false;
  if (isSharedProvider(tokens, by)) return true;
  for (let j = by + 1; j < tokens.length && j <= by + 3; j++) {
    const key = tokens[j]!.key;
    // "bekend bij de GGZ als contactpersoon", "loopt bij de GGZ stage": working there.
    // "in behandeling bij het FACT-team": a care programme's team is a provider too; held-out 21: a
    // compound of one, "een pijnrevalidatiecentrum", "een traumakliniek".
    if (isProviderWord(key) || key.endsWith('kliniek') || isProgrammeWord(key))
      return !AS_WORKER.has(tokens[j + 1]?.key ?? '');
    if (!PROVIDER_FILLERS.has(key)) return false;
  }
  return false;
}

/** "staat op de wachtlijst voor FACT", "de wachtlijst voor behandeling bij Mediant" (not "voor beschut werk"). */
export function isCareWaitlist(tokens: readonly Token[], k: number): boolean {
  // "op de wachtlijst staat voor een ADHD-onderzoek": the verb between.
  const voor = tokens[k + 1]?.key === 'voor' ? k + 1 : k + 2;
  if (tokens[voor]?.key !== 'voor' || (voor === k + 2 && !WAITLIST_VERBS.has(tokens[k + 1]?.key ?? '')))
    return false;
  for (let j = voor + 1; j < tokens.length && j <= voor + 3; j++) {
    const key = tokens[j]!.key;
    // "het FACT-team", "een ADHD-onderzoek": a programme, or a care word before the hyphen.
    if (WAITLIST_FOR.has(key) || isProvider(key) || hasCareStem(key) || isProgrammeWord(key)) return true;
    if (key.length > 7 && key.endsWith('kliniek')) return true; // "voor de slaapkliniek" (batch 58)
    const hyphen = key.indexOf('-');
    if (hyphen > 1 && hasCareStem(key.slice(0, hyphen))) return true;
    // "wachtlijst voor klinische verslavingsbehandeling" (batch 56): the setting of the care before it.
    if (!PROVIDER_FILLERS.has(key) && !PROGRAMME_ADJECTIVES.has(key)) return false;
  }
  return false;
}

/**
 * "zit in de kliniek", "ligt in het ziekenhuis", also with a time or provider between ("zit sinds juni
 * in een kliniek", care-setting-stay.ts), not as a worker ("zit in de kliniek als ..."); a discharge:
 * "komt net uit de kliniek", "is uit het ziekenhuis ontslagen".
 */
export function isStay(tokens: readonly Token[], k: number): boolean {
  let j = k - 1; // "op de gesloten afdeling": a ward only with an adjective of care.
  const ward = CARE_WARDS.has(tokens[j]?.key ?? '');
  if (ward) j--;
  else if (tokens[k]!.key === 'afdeling') return false;
  j = beforePlaceAt(tokens, j);
  if (isStayToldOtherwise(tokens, j, k)) return true;
  const key = tokens[j]?.key;
  if (key === 'uit')
    return (
      DISCHARGE_BEFORE.has(tokens[j - 1]?.key ?? '') ||
      DISCHARGE_AFTER.has(tokens[k + 1]?.key ?? '') ||
      isOutAtClauseEnd(tokens, k)
    );
  // Held-out 22: "is ontslagen van de PAAZ", a discharge told with "van".
  if (key === 'van') return DISCHARGE_AFTER.has(tokens[j - 1]?.key ?? '');
  // "ging terug naar de kliniek", "moet weer naar het ziekenhuis".
  if (key === 'naar') return RETURN_BEFORE.has(tokens[j - 1]?.key ?? '') && !isMeeting(tokens, k + 1);
  if ((key !== 'in' && key !== 'op') || AS_WORKER.has(tokens[k + 1]?.key ?? '') || isMeeting(tokens, k + 1))
    return false;
  // "nog op de HIC ligt": the verb after the place (not "het project in de put zit", said of things too).
  // "dat ze weer in de kliniek van Parnassia ligt": the provider's name between the place and the verb.
  const at = afterProvider(tokens, k + 1);
  const verbAfter = tokens[at]?.key ?? '';
  // det-52: not "in de kliniek Zwolle zit voor de training": there for a meeting.
  const staying = verbAfter !== 'woont' && tokens[k]!.key !== 'put' && !isMeeting(tokens, at + 1);
  if (STAY_VERBS.has(verbAfter) && staying) return true;
  for (let v = beforeProviderAt(tokens, j - 1), last = v - 5; v >= 0 && v >= last; v--) {
    const verb = tokens[v]!;
    const beingThere = isBeing(verb.key) && isWardOfCare(tokens, k, ward) && !hasPurposeAfter(tokens, k);
    if (STAY_VERBS.has(verb.key) || beingThere)
      return !HOSPITAL_VILLAGE_SET.has(tokens[k]!.key) || !verb.key.startsWith('woon');
    if (
      verb.type !== 'number' &&
      !STAY_FILLERS.has(verb.key) &&
      !STAY_SUBJECTS.has(verb.key) &&
      !(isNamedSubject(verb) || isSourceSpan(tokens, v))
    )
      return false;
  }
  return false;
}

/** Past "van Parnassia", "van de Jellinek" (three words at most) at `a`; `a` itself when there is none. */
function afterProvider(tokens: readonly Token[], a: number): number {
  const from = PROVIDER_FILLERS.has(tokens[a + 1]?.key ?? '') ? a + 2 : a + 1;
  let b = from;
  while (b - from < 3 && isCapitalised(tokens[b])) b++;
  // Batch 46: "in de GGZ-kliniek in Den Dolder zit": a town after the place, as a provider is.
  if ((tokens[a]?.key === 'van' || tokens[a]?.key === 'in') && b > from) return b;
  // Batch 52: "dat hij in de HIC Arnhem zit": the town right after the place.
  return isCapitalised(tokens[a]) && isKnownPlaceKey(tokens[a]!.key) ? a + 1 : a;
}

/**
 * "zit in een FACT-traject", "sven zit in het ACT-team", "zit Thijs van Beek in de ambulante
 * woonbegeleiding", "in het EPA-team zit": a stay verb with "in" before the programme (a time or the
 * person's name between them), not as a worker ("zit in het FACT-team als jobcoach").
 */
export function isInProgramme(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  if ((key === 'act' || key === 'fact') && !tokens[k]!.allCaps) return false;
  let j = k - 1;
  if (PROGRAMME_ADJECTIVES.has(tokens[j]?.key ?? '')) j--;
  if (PROVIDER_FILLERS.has(tokens[j]?.key ?? '')) j--;
  if (tokens[j]?.key !== 'in' || AS_WORKER.has(tokens[k + 1]?.key ?? '') || isMeeting(tokens, k + 1))
    return false;
  if (STAY_VERBS.has(tokens[k + 1]?.key ?? '')) return true;
  for (let v = j - 1; v >= 0 && v >= j - 5; v--) {
    const verb = tokens[v]!;
    if (STAY_VERBS.has(verb.key)) return true;
    if (
      verb.type !== 'number' &&
      !STAY_FILLERS.has(verb.key) &&
      verb.key !== 'kort' && // "zit sinds kort in een drugsprogramma" (held-out 43), as isUnderCareOf reads it
      !verb.capitalised &&
      !NAME_PARTICLES.has(verb.key) // "zit Thijs van Beek in de ...": the person named between the verb and "in"
    )
      return false;
  }
  return false;
}

/**
 * "volgt een mindfulness-training bij de GGZ", "krijgt therapie bij een psycholoog": "bij" a provider
 * with a treatment verb a few words before it (no mark between); not "werkt bij de GGZ". Also a
 * referral: "doorverwezen naar de verslavingszorg".
 */
export function isTreatedBy(tokens: readonly Token[], k: number): boolean {
  if (!isProvider(tokens[k]!.key)) return false;
  // "zijn psychiater", "Jessica's psychiater": the person's own professional.
  if (CARE_PROFESSIONALS.has(tokens[k]!.key) && isOwnProfessional(tokens, k)) return true;
  let j = k - 1;
  if (PROVIDER_FILLERS.has(tokens[j]?.key ?? '')) j--;
  // "krijgt begeleiding van een psycholoog": "van" only after a word for care.
  const by = tokens[j]?.key;
  // "is doorverwezen naar de verslavingszorg", "verwezen naar een psycholoog": a referral; "moet elke
  // dinsdag naar de verslavingszorg", "naar de psychiater moet": a visit.
  if (by === 'naar')
    return (
      (REFERRAL_VERBS.has(tokens[j - 1]?.key ?? '') || isVisit(tokens, j, k)) &&
      !AS_WORKER.has(tokens[k + 1]?.key ?? '')
    );
  // "wordt begeleid door Lentis", "behandeld door een psychiater".
  if (by === 'door')
    return CARED_BY.has(tokens[j - 1]?.key ?? '') && !AS_WORKER.has(tokens[k + 1]?.key ?? '');
  if ((by !== 'bij' && by !== 'van') || AS_WORKER.has(tokens[k + 1]?.key ?? '')) return false;
  // "is bij de neuroloog geweest", "zit bij de longarts vanwege ..." (det-vocab66).
  if (isTreaterVisited(tokens, j, k)) return true;
  let care = by === 'bij';
  let noun = false;
  let wanted = false;
  // "heeft sinds de zomer geen begeleiding meer bij de GGZ" (batch 52): a time before the word for care.
  for (let v = j - 1; v >= 0 && v >= j - TREATMENT_WINDOW - (noun ? NOUN_REACH : 0); v--) {
    const token = tokens[v]!;
    noun ||= TREATMENT_NOUNS.has(token.key);
    care ||= noun;
    if (TREATMENT_VERBS.has(token.key)) return care;
    // "wacht sinds januari op een plek bij de verslavingszorg" (batch 54): a place in care waited for.
    wanted ||=
      token.key === 'op' &&
      WAITED_FOR.has(tokens[ARTICLE_BEFORE.has(tokens[v + 1]?.key ?? '') ? v + 2 : v + 1]?.key ?? '');
    if (WAITING.has(token.key)) return wanted;
    // "heeft weer gesprekken bij de praktijkondersteuner": having, with a word for care.
    if (HAVE_VERBS.has(token.key) && noun) return !hasPurposeAfter(tokens, k);
    if (token.type === 'punct' || NOT_TREATMENTS.has(token.key) || MEETINGS.has(token.key)) return false;
  }
  return false;
}

const NOUN_REACH = 3;
const WAITING = new Set(['wacht', 'wachten', 'wachtte', 'wachtten']);
const WAITED_FOR = new Set(['plek', 'plaats', 'plekje', 'bed', 'opname', 'intake', 'behandelplek']);
const ARTICLE_BEFORE = new Set(['een', 'de', 'het']);
const CARED_BY = new Set(['begeleid', 'behandeld', 'gezien', 'opgevangen']);
const WAITLIST_VERBS = new Set(['staat', 'stond', 'staan', 'zit', 'zat']);

/** "voor een overleg", "voor de werkgroep", or (review 2) "overleg" itself after the place. */
function isMeeting(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.key !== 'voor') return MEETINGS.has(tokens[j]?.key ?? '');
  const next = tokens[j + 1]?.key ?? '';
  return MEETINGS.has(PROVIDER_FILLERS.has(next) ? (tokens[j + 2]?.key ?? '') : next);
}

// "ik hoop dat hij snel uit de kliniek is.", "als ze uit het ziekenhuis mag," (batch 56): the verb last in its
// clause; not "Sanne uit de kliniek is er vandaag niet" (a colleague from there, words after the verb).
const OUT_VERBS = new Set(['is', 'mag', 'zijn', 'mogen']);

function isOutAtClauseEnd(tokens: readonly Token[], k: number): boolean {
  if (!OUT_VERBS.has(tokens[k + 1]?.key ?? '')) return false;
  const after = tokens[k + 2];
  return after === undefined || after.lineBefore || (after.type === 'punct' && after.text !== '&');
}

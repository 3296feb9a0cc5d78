import type { CareLexicon } from './care-terms.ts';
import { isWeakCareToken } from './name-health-subject.ts';
import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * det-link37: a care question that names nobody ("Wie heeft ervaring met quetiapine en vroege diensten?"),
 * answered in the next sentence by the person it is asked for: "Mijn deelnemer Bram valt elke ochtend
 * bijna om", "Harm krijgt dat nu", "Ik krijg Arjen aangemeld", "Ik vraag het voor Rosalie", "Ik heb er
 * drie: Ellen, Mark en Samantha", "Gebeurde gisteren met Ilse B.". The person must open the sentence or
 * follow one of those lead-ins; one who asks, organises or works on the theme ("Sanne van de gemeente
 * zoekt sprekers", "Kevin (jobcoach) wil het weten", "Stijn en ik schrijven er een factsheet over") is not.
 * A name opening the sentence with no lead-in must echo the care within ECHO tokens: a care term or weak
 * care word ("Thijs krijgt nog af en toe een aanval"), or the question's care taken up by a pronoun ("Harm
 * krijgt dat nu"); a topic question's organiser ("Jeroen wil hem delen", "Linda bereidt voor") echoes none.
 * Bounded: the lead-in is at most LEAD_IN tokens, the looks after the name at most ECHO tokens.
 */
const LEAD_IN = 5;
const AFTER = 6;
const ECHO = 8;

// "Ik vraag het voor Dewi", "Mijn deelnemer Joris", "Ik krijg Hamza aangemeld", "Gebeurde met Lotte".
const LEAD_IN_WORDS = wordSet(
  `ik we wij vraag vraagje vragen het dit voor namens mijn m'n onze ons deelnemer deelneemster client cliente
  klant kandidaat kandidate jongen meid heb hebben had krijg krijgen kreeg kregen begeleid begeleiden er twee
  drie vier een : , gebeurde gebeurt overkwam met gisteren vandaag vanochtend vanmorgen vorige week nu zelf ook`,
);
const ON_BEHALF = wordSet('voor namens');
// Words of a lead-in that show it leads to a person the question is for (not "Ik" alone before a verb).
const LEAD_IN_CUES = wordSet(
  `voor namens deelnemer deelneemster client cliente klant kandidaat kandidate jongen meid krijg krijgen kreeg
  kregen heb hebben had begeleid begeleiden gebeurde gebeurt overkwam`,
);
// Right after the name: someone at work ("van de gemeente", "(jobcoach"), one of several askers ("en ik").
const AT_WORK_AFTER = wordSet('van bij namens');
const BEING = wordSet('is was heeft had');
// "Harm krijgt dat nu", "Kevin slikt het sinds kort": the question's care taken up by a pronoun.
// Not "heeft"/"had": "Kees had het er gisteren over", "Sanne heeft dat rapport" take up no care.
const TAKING = wordSet('krijgt kreeg slikt slikte gebruikt gebruikte neemt nam');
const TAKEN = wordSet('het dat dit die ook er');
// Plain words of being unwell, strong only as the answer to a care question ("Annelies heeft veel pijn").
const UNWELL = wordSet('pijn ziek ziekte klachten last aanval aanvallen misselijk uitgeput');
// "Sandra is arbeidsdeskundige", "Yusuf heeft een vraag": after these verbs, a job or a question is work.
const WORK_AFTER_BEING = wordSet(
  `arbeidsdeskundige jobcoach psychiater psycholoog huisarts consulent klantmanager casemanager trajectbegeleider
  begeleider behandelaar collega teamleider coordinator onderzoeker docent trainer vraag vraagje idee
  expert specialist ervaringsdeskundige verpleegkundige`,
);
// "Ik heb Sanne om advies gevraagd": one asked or contacted for help, no one the question is for.
const CONTACTED = wordSet('gevraagd gebeld gemaild geappt benaderd uitgenodigd getipt aangeraden');
// The name's verb: one who asks, looks for, organises or teaches, not one who has the care.
const PLAIN_ASKERS = wordSet(
  `vraagt vroeg vragen zoekt zocht zoeken organiseert organiseerde geeft gaf presenteert presenteerde schrijft
  schreef verzamelt verzamelde coordineert leidt leidde onderzoekt informeert informeerde`,
);

// The question asks about people with the care or experience with it ("Wie heeft ervaring met ...",
// "een client met ...", "mensen met ..."), not about a document, event or topic ("de factsheet over lithium").
const PEOPLE_WORDS = wordSet(
  `ervaring ervaringen iemand deelnemer deelnemers client clienten klant klanten kandidaat kandidaten mensen
  patient patienten werknemer werknemers jongere jongeren persoon personen`,
);
const TOPIC_ONLY = wordSet(
  `training workshop voorlichting webinar scholing thema module richtlijn protocol folder brochure factsheet
  presentatie lezing congres themamiddag themadag slides artikel boek podcast film documentaire cursus opleiding
  e-learning handboek handreiking leidraad toolkit agendapunt onderzoek studie cijfers campagne indicatie`,
);

/** A question (the sentence ends in "?") about people with a care detail, no document or event (see above). */
export function isAskedOfPeople(tokens: readonly Token[], sentence: Sentence): boolean {
  if (tokens[sentence.to - 1]?.text !== '?') return false;
  let people = false;
  for (let k = sentence.from; k < sentence.to; k++) {
    const key = tokens[k]!.key;
    if (TOPIC_ONLY.has(key)) return false;
    people ||= PEOPLE_WORDS.has(key);
  }
  return people;
}

/** Whether `ref`, in the sentence right after a care question naming nobody, is the one it was asked for. */
export function isAskedAbout(
  tokens: readonly Token[],
  sentence: Sentence,
  ref: PersonRef,
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
): boolean {
  if (tokens[sentence.from - 1]?.text !== '?') return false;
  const lead = ref.first - sentence.from;
  if (lead < 0 || lead > LEAD_IN) return false;
  const echoed = echoes(tokens, ref.last + 1, Math.min(sentence.to, ref.last + 1 + ECHO), (k) =>
    care.matchAt(tokens, k, isOrganisation),
  );
  // "Onze kandidaat Stijn": the client noun is the reference's first word.
  let cue = LEAD_IN_CUES.has(tokens[ref.first]!.key) || (lead === 0 && echoed);
  let behalf = false;
  for (let k = sentence.from; k < ref.first; k++) {
    const key = tokens[k]!.key;
    if (!LEAD_IN_WORDS.has(key)) return false;
    cue ||= LEAD_IN_CUES.has(key);
    // "Ik vraag het voor Sanne": asked on behalf of a colleague as often as for a client; the care must follow.
    behalf ||= ON_BEHALF.has(key);
  }
  if (behalf && !echoed) return false;
  return cue && !isAtWork(tokens, sentence, ref);
}

/** The person named is someone at work or asking: "Sanne van de gemeente zoekt", "Stijn en ik schrijven". */
function isAtWork(tokens: readonly Token[], sentence: Sentence, ref: PersonRef): boolean {
  const next = ref.last + 1;
  const after = tokens[next];
  if (after === undefined || next >= sentence.to) return false;
  if (AT_WORK_AFTER.has(after.key) || after.text === '(') return true;
  // "Stijn en ik", "Sanne en ik": askers together with the writer.
  if (after.key === 'en' && (tokens[next + 1]?.key === 'ik' || tokens[next + 1]?.key === 'wij')) return true;
  const end = Math.min(sentence.to, next + AFTER);
  for (let k = next; k < end; k++) {
    const key = tokens[k]!.key;
    if (PLAIN_ASKERS.has(key) || CONTACTED.has(key)) return true;
    // "wil het graag weten", "is benieuwd", "heeft een vraag", "is arbeidsdeskundige".
    if (key === 'weten' || key === 'benieuwd') return true;
    if (WORK_AFTER_BEING.has(key) && k > next && BEING.has(tokens[next]!.key)) return true;
  }
  return false;
}

/** Tokens [from, end) take up a care detail (see isAskedAbout); `careAt`: a care term's length at k. */
function echoes(tokens: readonly Token[], from: number, end: number, careAt: (k: number) => number): boolean {
  for (let k = from; k < end; k++) {
    const token = tokens[k]!;
    if (token.type !== 'word') continue;
    if (TAKING.has(token.key) && TAKEN.has(tokens[k + 1]?.key ?? '')) return true;
    if (UNWELL.has(token.key) || isWeakCareToken(token) || careAt(k) > 0) return true;
  }
  return false;
}

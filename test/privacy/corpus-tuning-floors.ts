import type { FindingKind } from '../../src/privacy/findings.ts';

/**
 * The bars the guard must clear on the tuning set (the lines the detector was built and tuned on), asserted
 * by corpus.test.ts. How each batch of the set reached its figures: corpus-tuning-history.md.
 */
export const MIN_RECALL = 0.97;
export const MAX_FALSE_POSITIVE_RATE = 0.03;
// On the tuning set the floors are the figures reached after each batch (corpus-tuning-history.md), and the
// lines still missed are named: no change to the detector can lose a line it catches now.
// False positives are held at 1 %.
export const TUNING_MIN_LINE_RECALL = 1;
export const TUNING_MIN_KIND_RECALL: Readonly<Record<FindingKind, number>> = {
  bsn: 1,
  email: 1,
  phone: 1,
  iban: 1,
  postcode: 1,
  address: 1,
  birthdate: 1,
  name_health: 1,
};
/**
 * Lines of the tuning set the guard may miss: none from batch 15 ("6041 te roermond" is caught) to batch 45,
 * and none of batch 48 (6 December 2026: 260 clean look-alikes, 11 flagged before, and 140 near twins, 5
 * missed before; all reached, none left here; one clean line relabelled bsn, a handbook's test BSN).
 * Batch 45's two misses are a first name the lists do not know in lower case ("giel: weer in de kliniek")
 * and a lower-case genitive without its apostrophe ("van karins casemanager: ze ..."): left to the
 * names-lexicon branch (first names and names told from words), to be struck off here when it is merged.
 * Batch 49's four: names of two letters or that are everyday words, in lower case or after "voor"
 * ("jo is bij de POH-GGZ", "storm is eruit gegooid bij de beschermd wonen", "oplossing voor Jo: EMDR ..."):
 * read as names, "bas", "roos", "kees" and "Jo doet de check-in" would be people too; and a stay of weeks
 * "in" an institution no list knows ("zit nu 3 wkn in Amarum"), which reads as a holiday abroad would.
 * Batch 47's one: "de begeleider van rib gaat naar Ravelijn 9 in Bergen op Zoom voor intake" names no
 * client and no home; a professional going to an address for an intake is as often at an office, and a
 * rule for it would refuse the meetings and visits the werkgroep plans.
 */
export const TUNING_KNOWN_MISSES: ReadonlySet<string> = new Set<string>([
  'corpus-batch45.tsv:131',
  'corpus-batch45.tsv:163',
  // Batch 46's three (6 December 2026), left without a rule: each differs from a clean line of the batch
  // only in ways no general rule found reads safely: a care waiting list said of the sector after "Name:"
  // with the person only as "ze ... zonder hulp" ("over Bianca: de wachtlijst bij de GGZ is zo lang dat ze
  // ..."; the same of "mensen" is clean); "Job" as a first name, which is also the word for a vacancy ("Job:
  // de werkgever zoekt iemand" is clean); a name tied to a case only by "de naam van Roel bij de casus over
  // de gokverslaving" (a topic word, as in the clean "een casus over gokverslaving").
  'corpus-batch46.tsv:54',
  'corpus-batch46.tsv:331',
  'corpus-batch46.tsv:380',
  'corpus-batch49.tsv:7',
  'corpus-batch49.tsv:115',
  'corpus-batch49.tsv:125',
  'corpus-batch49.tsv:127',
  'corpus-batch47.tsv:29',
  // Batch 53's two (6 December 2026): "Marieke heeft de griep en ligt al een week plat" says nothing of a
  // client, and "heeft griep" of a colleague is clean in batches 9, 35, 37, 38-names and 40-names; "erik
  // de v. (onze man bij de stadswerkplaats)" is read as a professional by the workplace in the aside, as
  // "Eva (Lentis)" is, and a lower-case initial as surname gives no other sign of a client.
  'corpus-batch53.tsv:50',
  'corpus-batch53.tsv:87',
  // Batch 51's five (det-family, 6 December 2026): a care question answered by "Mijn deelnemer Bram ..." in
  // the next sentence with no "vraag voor" (the same after "Mijn collega" is clean); "ontslagen uit" a GGZ
  // institution's name (the same words say fired by an employer); "jeroen v." in lower case with its
  // pronoun two clauses on; "bas" in lower case (also a word) after "Reminder:"; a name in capitals after a
  // heading in capitals ("UPDATE FEMKE:", as "UPDATE UWV:").
  'corpus-batch51.tsv:15',
  'corpus-batch51.tsv:58',
  'corpus-batch51.tsv:98',
  'corpus-batch51.tsv:127',
  'corpus-batch51.tsv:135',
  // Batch 56's nine (det-56, 6 December 2026), one reason each: 84 "bij haar nieuwe psychiater" (an
  // adjective between the possessive and the treater: tried, it flagged a clean held-out line); 33 "een
  // aanval" (a seizure only by the question before; also football); 90 "geen drugs meer" and "NA-groep"
  // (hyphenated compounds: det-52's class); 411 "een lijntje" (cocaine, but "een kort lijntje" is everyday
  // office talk); 473 "veel pijn sinds zijn bedrijfsongeval" (everyday words); 324, 453 a support group and a
  // folder "voor mensen met", "over de eetstoornispoli" (topic words); 354 "heeft zich opgesloten en reageert
  // niet" (no care word); 461 "als Daphne weer een crisis heeft" ("crisis" alone is no weak care word).
  'corpus-batch56.tsv:84',
  'corpus-batch56.tsv:33',
  'corpus-batch56.tsv:90',
  'corpus-batch56.tsv:411',
  'corpus-batch56.tsv:473',
  'corpus-batch56.tsv:324',
  'corpus-batch56.tsv:354',
  'corpus-batch56.tsv:453',
  'corpus-batch56.tsv:461',
]);
export const TUNING_MAX_FALSE_POSITIVE_RATE = 0.01;

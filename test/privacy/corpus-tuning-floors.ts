import type { FindingKind } from '../../src/privacy/findings.ts';
import { PLAIN38_KNOWN_MISSES } from './corpus-tuning-known-misses-plain38.ts';

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
 * Batch 49's three (det-lists39 reached "jo is bij de POH-GGZ": a two-letter name before a verb in the third
 * person): names that are everyday words, in lower case or after "voor" ("storm is eruit gegooid bij de
 * beschermd wonen", "oplossing voor Jo: EMDR ..."): read as names, "bas", "roos", "kees" would be people
 * too; and a stay of weeks
 * "in" an institution no list knows ("zit nu 3 wkn in Amarum"), which reads as a holiday abroad would.
 * Batch 47's one: "de begeleider van rib gaat naar Ravelijn 9 in Bergen op Zoom voor intake" names no
 * client and no home; a professional going to an address for an intake is as often at an office, and a
 * rule for it would refuse the meetings and visits the werkgroep plans.
 * The list holds exactly the places missed today: corpus.test.ts fails on a listed line the guard finds (after a
 * rule change or a retrained model), naming it to be struck off (det-fp40 struck off 58 such, 21 of them the
 * learned model's alone; det-train42 struck off 32, 26 of them the learned model's alone, most where it may now flag
 * a person the rules vetoed, at a higher bar).
 */
export const TUNING_KNOWN_MISSES: ReadonlySet<string> = new Set<string>([
  ...PLAIN38_KNOWN_MISSES,
  // det-person38 (batch 77, 30 of 264 left; 40 on main): lines whose person is now read but whose care no list
  // knows or the pairing gives elsewhere ("d'r bloedwaarden", "ziekenhuisbezoek na de operatie bij Wiebren", "betreft
  // mevr. Claessens" after the crisis bed, "Verslavingsarts komt langs voor Tekle", "medicatiewijziging: Bartek, ...",
  // "Yonas' behandeling", "wordt gebeld door de wijk-GGZ omdat hij verward
  // ..."); names still not read: a surname whose ending makes it a word ("Groen", "Koning"), initials with an
  // age and a dash ("T.B. (23) - adhd"), a Dutch word as a given name ("Mei", "Lil", "Liu Mei"), "@Koen" spoken
  // to, a name after "casus" inside a heading ("Agendapunt: casus Kasanpawiro -"), Frisian and Limburgish
  // possessives ("Sytse syn heup", "de Boer zien rug"), names listed in brackets after "bij drie deelnemers" and
  // three names with "en" ("Jurgen, Roxanne en Wendel zitten ..."), and a form's "Voornaam:"/"Achternaam:" rows.
  // (det-forms38 reads the name in capitals, the hyphenated surname and "Dr. Vossen zelf".)
  'corpus-batch77.tsv:79',
  'corpus-batch77.tsv:93',
  'corpus-batch77.tsv:102',
  'corpus-batch77.tsv:106',
  'corpus-batch77.tsv:107',
  'corpus-batch77.tsv:108',
  'corpus-batch77.tsv:109',
  'corpus-batch77.tsv:126',
  'corpus-batch77.tsv:137',
  'corpus-batch77.tsv:144',
  'corpus-batch77.tsv:163',
  'corpus-batch77.tsv:173',
  'corpus-batch77.tsv:190',
  'corpus-batch77.tsv:209',
  'corpus-batch77.tsv:210',
  'corpus-batch77.tsv:215',
  'corpus-batch77.tsv:220',
  'corpus-batch77.tsv:258',
  'corpus-batch77.tsv:262',
  'corpus-batch77.tsv:264',
  // det-birth39's classes file: "Marije (gemeente Hardenberg) beviel zondag van ...": "beviel" after an aside is
  // not paired with the name ("Marije beviel ..." and "... is zondag bevallen" are).
  'corpus-det-birth39-classes.tsv:30',
  // det-vocab40's classes file: a scan or the scanner with a day between ("heeft donderdag een scan", "moet
  // donderdag onder de scanner": "scan" and "scanner" alone are a document's and an audit's too), a referral
  // said alone ("ze krijgt een verwijzing"), and "naar de specialist voor zijn darmen" (the specialist read as a
  // professional at work; "naar de fysio voor haar nek" is found).
  'corpus-det-vocab40-classes.tsv:9',
  'corpus-det-vocab40-classes.tsv:92',
  'corpus-det-vocab40-classes.tsv:102',
  'corpus-det-vocab40-classes.tsv:138',
  // det-forms38's classes file: the name is read now but the care is not paired with it: after a heading word
  // ("Terugkoppeling Verbruggen: behandeling ..." as in title case), a surname that is a word ("DE GROOT", as
  // "De Groot") with the care in the next sentence, "belde X:" before "ze heeft ...", a doctor's stay in hospital
  // told with a time between ("ligt sinds zondag in het ziekenhuis", "lag twee weken in ..."), and a doctor
  // named after a profession ("onze bedrijfsarts dr. Veldkamp zelf"), kept as a professional at work.
  'corpus-det-forms38-classes.tsv:10',
  'corpus-det-forms38-classes.tsv:11',
  'corpus-det-forms38-classes.tsv:27',
  'corpus-det-forms38-classes.tsv:46',
  'corpus-det-forms38-classes.tsv:49',
  'corpus-det-forms38-classes.tsv:50',
  // det-person38's classes file: "Oosterwijk werd ... gebracht omdat hij verward was" (the care after "omdat hij" is
  // not paired with an opener that no list knows), "De Haan (niet de teamleider, de deelnemer) gebruikt ..." ("De"
  // capitalised before a surname the lexicon lacks is an article).
  'corpus-det-person38-classes.tsv:29',
  'corpus-det-person38-classes.tsv:74',
  // det-plain37's class lines left without a rule: each phrase is said of a thing or a task as often ("eet
  // alleen nog chips", "ontspoort", "valt uit", "gaat onderuit", "zit aan de grond", "is erg moe", "kan zich
  // niet concentreren", "slaapt in zijn auto"), or a name the guard does not read as one ("Toon", "Mo"), a topic
  // ("had het over"; "loopt rond met" read since det-veto40), a farewell letter (also a colleague's leaving), a ward with a time between.
  'corpus-det-plain37-classes.tsv:6',
  'corpus-det-plain37-classes.tsv:28',
  'corpus-det-plain37-classes.tsv:58',
  'corpus-det-plain37-classes.tsv:59',
  'corpus-det-plain37-classes.tsv:87',
  'corpus-det-plain37-classes.tsv:98',
  'corpus-det-plain37-classes.tsv:102',
  'corpus-det-plain37-classes.tsv:113',
  'corpus-det-plain37-classes.tsv:115',
  'corpus-det-plain37-classes.tsv:138',
  'corpus-det-plain37-classes.tsv:191',
  'corpus-det-plain37-classes.tsv:231',
  'corpus-batch45.tsv:131',
  // Batch 46's three (6 December 2026), left without a rule: each differs from a clean line of the batch
  // only in ways no general rule found reads safely: a care waiting list said of the sector after "Name:"
  // with the person only as "ze ... zonder hulp" ("over Bianca: de wachtlijst bij de GGZ is zo lang dat ze
  // ..."; the same of "mensen" is clean); "Job" as a first name, which is also the word for a vacancy ("Job:
  // de werkgever zoekt iemand" is clean); a name tied to a case only by "de naam van Roel bij de casus over
  // de gokverslaving" (a topic word, as in the clean "een casus over gokverslaving").
  'corpus-batch46.tsv:54',
  'corpus-batch46.tsv:331',
  'corpus-batch46.tsv:380',
  'corpus-batch49.tsv:115',
  'corpus-batch49.tsv:125',
  'corpus-batch47.tsv:29',
  // Batch 53's two (6 December 2026): "Marieke heeft de griep en ligt al een week plat" says nothing of a
  // client, and "heeft griep" of a colleague is clean in batches 9, 35, 37, 38-names and 40-names; "erik
  // de v. (onze man bij de stadswerkplaats)" is read as a professional by the workplace in the aside, as
  // "Eva (Lentis)" is, and a lower-case initial as surname gives no other sign of a client.
  'corpus-batch53.tsv:50',
  // Batch 51's five (det-family, 6 December 2026): a care question answered by "Mijn deelnemer Bram ..." in
  // the next sentence with no "vraag voor" (the same after "Mijn collega" is clean); "ontslagen uit" a GGZ
  // institution's name (the same words say fired by an employer); "jeroen v." in lower case with its
  // pronoun two clauses on; "bas" in lower case (also a word) after "Reminder:" (the fifth, "UPDATE FEMKE:", a
  // name in capitals, is read since det-forms38's shouted-name view).
  'corpus-batch51.tsv:58',
  // Batch 52's four (det-52, 6 December 2026): "haar nieuwe therapeut bij GGNet" in reported speech (a
  // possessive and an adjective before a treater, taken back by det-family: it flagged a never-read clean
  // line); "Ze eet niet, ligt de hele dag op bed" (everyday signs, said of a colleague's flu as well); "de
  // operatie van haar dochter, die heeft een hartafwijking" (a kin word later in the sentence stays clean,
  // as the batch 39 and 46 tests ask); a question about "een client ... met ME/CVS" followed by "Ik vraag
  // het voor Rosalie" (an indefinite person's care is not carried to whom the question is for, held-out 18).
  'corpus-batch52.tsv:127',
  'corpus-batch52.tsv:148', // det-link37: "Ik vraag het voor Rosalie" names one asked for as often as a colleague; no care follows
  // Batch 54's (det-54, 6 December 2026), each left for the reason after it (det-52 caught 8, 98, 104, 116):
  'corpus-batch54.tsv:58', // "Over Frank." then two sentences on: the care three sentences from the name
  'corpus-batch54.tsv:74', // "ik hou het niet meer vol, mijn hoofd zit vol": a quote that says nothing only care would say
  'corpus-batch54.tsv:103', // "klinischeopnameverlenging": three care words glued without hyphens
  'corpus-batch54.tsv:123', // a named client's husband admitted: a kin word after the name stays the kin's (det-family's tests); and dialect
  'corpus-batch54.tsv:154', // "de dagbesteding van Ton (GGZ)" and "zit in de schuldsanering": a service and debts, no care term (IBAN found)
  'corpus-batch54.tsv:169', // "De Jong (van de groenploeg) weer aan de oxazepam": a surname first, an aside and no verb
  'corpus-batch54.tsv:243', // going with Rosa to "de GGZ-poli" for "haar eerste afspraak": a visit, as professionals make them too
  // Batch 55's six (det-55, 6 December 2026), left to the branches on missed names with care (det-52,
  // det-54, det-56) and to the street readers: "over Bas: hij heeft ... een burn-out" ("bas" is also a
  // word, as batch 49's); a quoted initial "'K.' (initialen ivm privacy) heeft na zijn psychose"; "Van
  // Lieshout (de deelnemer ...) gaat ... naar de afdeling verslavingspsychiatrie" (a ward named after its
  // care reads as a unit, "werkt op de afdeling eetstoornissen"); "heroïne-afbouwprogramma" (a programme
  // compound, read as a service); "een gesprek heeft met de verslavingsarts" (a professional met is no
  // owner); "van huis (Het Zandkasteel 3, Den Bosch)", a street without a street word.
  'corpus-batch55.tsv:324',
  'corpus-batch55.tsv:329',
  // And five whose line is refused for its other kind (a phone number, a BSN, an e-mail address) while the
  // name and care are not tied: "crisisplan van Marco: ... hij weet zelf dat hij ... stemmen gaat horen",
  // "naam Jos Verstegen, BSN .... Indicatie: ernstige psychiatrische aandoening", "crisis bij Demi, ze ...
  // niet meer wil", "mw. Evers, bsn ..., advies psychiater bijgevoegd (chronische schizofrenie ...)"; and
  // line 414 names no one ("de deelnemer ... haar psycholoog (angst, paniek)"): a label the policy disagrees with.
  'corpus-batch55.tsv:414',
  // Batch 56's nine (det-56, 6 December 2026), one reason each: 84 "bij haar nieuwe psychiater" (an
  // adjective between the possessive and the treater: tried, it flagged a clean held-out line); 33 "een
  // aanval" (a seizure only by the question before; also football); 90 "geen drugs meer" and "NA-groep"
  // (hyphenated compounds: det-52's class); 411 "een lijntje" (cocaine, but "een kort lijntje" is everyday
  // office talk); 473 "veel pijn sinds zijn bedrijfsongeval" (everyday words); 324, 453 a support group and a
  // folder "voor mensen met", "over de eetstoornispoli" (topic words); 354 "heeft zich opgesloten en reageert
  // niet" (no care word); 461 "als Daphne weer een crisis heeft" ("crisis" alone is no weak care word).
  'corpus-batch56.tsv:324',
  'corpus-batch56.tsv:354',
  'corpus-batch56.tsv:453',
  // Batch 57's eight (det-57, 6 December 2026; its classes were organisations' and professionals' contact
  // details): four names with care left to det-58 (missed names with care): "het verhaal van Bilal ...?
  // schizofrenie, 5 jaar thuis" (the care after a question mark, in a fragment); "de casus ... over Bart S., 3
  // opnames in Duin en Bosch" (admissions counted, an institution the lists do not know); "een rondje met
  // Vera, ze zit erg in de put ... de huisarts overweegt antidepressiva" (an idiom, a treatment considered);
  // "Wiersma (deelnemer) ... haar behandeling bij Rivierduinen wordt overgedragen" (a surname alone, a
  // treatment handed over); and "Tonny heeft weer een alcoholterugval gehad" (a relapse glued to its
  // substance; the address on the line is found). Three addresses: "aan de langebrug 87-II" (a street in lower
  // case without a street ending), "gestuurd op Oude Vest 188" ("op" after "gestuurd" is also a date's; "Vest"
  // no street ending), "Mw. Kaya (Kerkbuurt 8, 1511 BC Oostzaan)" (an address in brackets after a titled
  // name; the postcode is found).
  'corpus-batch57.tsv:117',
  'corpus-batch57.tsv:395',
  'corpus-batch57.tsv:486',
  'corpus-batch57.tsv:519',
  // Batch 58's (det-58, 6 December 2026), each left for the reason after it:
  'corpus-batch58.tsv:301', // a quoted "Casus B. (Moerdijk): 34-jarige man met schizofrenie": the man described, not the initial
  'corpus-batch58.tsv:318', // "een deelnemer zegt 'ik wil dood'" in a question, "Ilse B." a sentence on (held-out 18: not carried)
  'corpus-batch58.tsv:513', // "Ben" is left out of the first names on purpose ("ben" is a verb)
  // And five refused for their other kind while name and care are not tied: a mother asking a discharge date
  // (145), "de afspraak met de psycholoog" (147, a professional met), "eigen bijdrage opname" as a cost
  // (149), "Naam:" far after the care (153), "Stijns behandeling" (447, a genitive without its apostrophe);
  // and an address (462) of a RIBW-woning, read as a care organisation's place. (153 found since det-train42; 147 found by its model, missed again after the merged retrain.)
  'corpus-batch58.tsv:147',
  'corpus-batch58.tsv:462',
  // Review 31's (fix-31): "Presentatie Ramon: hij is weer opgenomen": a presenter's name before a colon, the
  // pronoun after it read as a speaker's words about someone else (as "Ramon: hij is weer opgenomen").
  'corpus-review31-classes.tsv:64',
  // Batch 59's (det-59, 6 December 2026), each left for the reason after it:
  'corpus-batch59.tsv:18', // "mo belt ... niet terug. zijn broer zegt dat hij weer gebruikt": "hij" after a relative may be the brother
  'corpus-batch59.tsv:44', // "Lies heeft ...: bipolair II": an everyday word as subject (read only when owning: "Lies d'r ...")
  'corpus-batch59.tsv:160', // "'werkt samen met de stemmen'": the voices only in a quoted idiom about a bewindvoerder
  'corpus-batch59.tsv:164', // postcode "Ben (9711 HR)": a first name, not a client word, before the bracketed postcode
  'corpus-batch59.tsv:169', // "Storm" inside a long knelpunt, the care ("blowen") four sentences on
  'corpus-batch59.tsv:176', // "mo wordt ... begeleid": a passive verb after an ambiguous lower-case name
  'corpus-batch59.tsv:347', // "Storm, Stationsweg 14, ...": an everyday word as a record's first field (address found)
  'corpus-batch59.tsv:410', // "Wouter thuis helemaal ontspoort": "ontsporen" also said of projects (e-mail found)
  // Batch 61's (det-61, 6 December 2026; Zeeland, West-Brabant, whole pasted messages), each left for the reason after it:
  'corpus-batch61.tsv:47', // "DE BAKKER IS WEER OPGENOMEN": an article's surname in capitals, as batch 51's "UPDATE FEMKE:" ("DE KLANT IS ..." reads the same)
  'corpus-batch61.tsv:55', // a quoted nickname ('Zwaan'), as batch 58's "Boefje": read as a word
  'corpus-batch61.tsv:105', // "Mei" is left out of the first names on purpose (a month)
  'corpus-batch61.tsv:109', // "de vos" in lower case: an article's surname, read as the animal
  'corpus-batch61.tsv:194', // "Wethouder Dieleman": a job title before a surname is no person (talks "door dr. X over Y" stay clean); a colleague's stroke
  'corpus-batch61.tsv:223', // "Ko" (two letters, left out as "Jo" is) and "onder het mes" (also said of budgets)
  'corpus-batch61.tsv:243', // "dr. Van Wingerden zelf zit thuis met een burn-out": as 194, a professional's title
  'corpus-batch61.tsv:309', // "lies" in lower case, also a word (held-out 43's "Lies - hartrevalidatie")
  // Batch 60's (det-60, 6 December 2026), each left for the reason after it:
  'corpus-batch60.tsv:81', // "De Heer (ja zo heet hij echt)": a surname that is a title and a word, an aside before the verb
  'corpus-batch60.tsv:101', // "hij heet Winter, niet Winters. Hij heeft diabetes": a word as a surname, the care a sentence on
  'corpus-batch60.tsv:107', // "Hub" is an English word too; short Limburg names ("Hub", "Ger", "Jo") left out like "Jo"
  'corpus-batch60.tsv:288', // "0477-581922": an area code that does not exist (Panningen is 077), no phone number to libphonenumber
  'corpus-batch60.tsv:315', // "Ger" (Limburg's short name, see 107), the care before the name in a success story
  'corpus-batch60.tsv:347', // "Tip van Yvonne: ze heeft zelf een burn-out gehad": a name before a colon is a speaker, "ze" another
  // Batch 62's three (det-contacts2, stop 34; the batch is about contacts, these are no contact class):
  'corpus-batch62.tsv:279', // "06*38*21*90*45": a number typed with asterisks between its digits, no separator people use
  'corpus-batch62.tsv:287', // "Mevrouw van der Laan, Laan van Meerweijk 8 ..., heeft kanker": the surname read into the street's name
  // Batch 63's (det-nh, stop 34; Gooi en Vechtstreek and Foodvalley), each left for the reason after it (det-nh caught
  // 54:18, 54:119, 54:132 and 59:242: a supporter's or treater's suspicion is the client's, "dat ie"):
  'corpus-batch63.tsv:188', // "r. jansen (weesp) — post-covid ...": a lower-case initial and surname opening a list line
  'corpus-batch63.tsv:206', // "JW is ...": two capitals without dots read as an abbreviation ("UWV is ...")
  'corpus-batch63.tsv:257', // "lag vorige week nog op de hartbewaking": a stay with time words between the verb and "op"
  'corpus-batch63.tsv:320', // "die jongen met die psychose? Lucas?": a description asked, the name in the next question
  'corpus-batch63.tsv:343', // "Emma's vader vraagt of het verslag van het autisme-onderzoek ...": no possessive, the report's owner unsaid
  'corpus-batch63.tsv:376', // "Rietje" (also a word: a straw) made a person only by "Ze trilde", a verb the next-sentence reader does not list
  'corpus-batch63.tsv:416', // "Jack" is left out of the names on purpose (EVERYDAY_NAMES: a jacket)
  // Batch 65's three (det-contacts65; missed on main too, each no class of the contact rules):
  'corpus-batch65.tsv:146', // "dat het de Julianastraat is, nr 33": the street and its number split by "is", a question between
  'corpus-batch65.tsv:361', // "beschermd wonen setting, Zuiderval 70-12": a care setting read as the venue of the address
  'corpus-batch65.tsv:371', // "ivm nachtdienst, 0522-24 91 37": "dienst" in "nachtdienst" read as a service's line
  // Batch 64's misses (det-nh64, 6 December 2026), left after its classes (src/privacy/README.md "Batch 64's
  // classes"): names that are words or short forms outside a subject slot ("Zorgen om Bloem: ze ...", "kwam ik Mar
  // tegen", "roos" in lower case, "quick update on Joy"), initials alone ("JW", "RvdV:", "kort over M.:", "Mevr. de
  // G."), typos ("heft ... dwnag", "mariek", "Lisaaa"), an addressee's care the lexicon lacks ("je operatie", "je
  // bloedonderzoek", "de scan", "de flashbacks"), clinics by name ("ligt in Dennenoord"), a specialist ("de oncoloog
  // zegt"), "positief getest op drugs", a birth, care two sentences after the name, a general question answered
  // by the named person ("ervaring met Antabuse? Harm krijgt dat"), and 295, a model-only catch lost on retraining.
  'corpus-batch64.tsv:6',
  'corpus-batch64.tsv:50',
  'corpus-batch64.tsv:58', // det-birth39: "HOPE IS BEVALLEN ...": the birth is read, the name in capitals is not
  'corpus-batch64.tsv:58',
  'corpus-batch64.tsv:88',
  'corpus-batch64.tsv:111',
  'corpus-batch64.tsv:123',
  'corpus-batch64.tsv:178',
  'corpus-batch64.tsv:195',
  'corpus-batch64.tsv:198',
  'corpus-batch64.tsv:200',
  'corpus-batch64.tsv:217',
  'corpus-batch64.tsv:293',
  'corpus-batch64.tsv:326',
  'corpus-batch64.tsv:336',
  'corpus-batch64.tsv:344',
  'corpus-batch64.tsv:347',
  'corpus-batch64.tsv:349',
  // Batch 67's (det-names67, 6 December 2026; people of every origin, names written every way), left for the
  // reason after each: the person finder reads each of these names; the care or its owner is what is lost.
  'corpus-batch67.tsv:23', // "Nha Gomes da Veiga — Kaapverdiaanse moeder van 3, PTSS ...": "moeder van 3" gives the care to a kin word
  'corpus-batch67.tsv:110', // "zijn cliënt Marjan Vos": the client of a named treater in brackets, the care given to the treater's talk
  'corpus-batch67.tsv:121', // a quoted message signed "Mvg Dennis": the first person's "in de kliniek" is given to "ik", not the signer
  'corpus-batch67.tsv:127', // "Na de opname ... verbroken door Henk-Jan.": the care opens the sentence, the name its last word
  'corpus-batch67.tsv:172', // "is net gedetoxt": a verb the care lexicon lacks
  'corpus-batch67.tsv:191', // "verwijzing naar de GGZ ... voor Amina": the referral read as the huisarts's
  'corpus-batch67.tsv:196', // "contact met de verslavingsarts over Ricardo?": a treater alone is no care detail
  'corpus-batch67.tsv:219', // "ypie kuipers heeft ...": an unknown given name in lower case before a surname
  // Batch 66 (det-vocab66): its families were added; these remain, none for want of a word the lexicon lacks.
  'corpus-batch66.tsv:192', // "volgt de cursus 'Omgaan met depressie' bij de ggz": a course's title reads as a topic
  'corpus-batch66.tsv:198', // "zit in de IPS plus behandeling bij een FACT-team": the team read as a service
  'corpus-batch66.tsv:219', // "is aangemeld bij het crisisteam": signing up is as often for a meeting or a network
  'corpus-batch66.tsv:231', // "een indicatie voor de basis-ggz gekregen": the indication rule does not read a provider as its object
  'corpus-batch66.tsv:232', // "zit in het forensisch kader, behandeling bij de FPK": FPK is a place, not a provider after "behandeling bij"
  // det-model40: its lines whose health word no care list knows, so no sentence is read for names (the gate,
  // name-health-gate.ts) and neither rules nor model see a person; word-ending features and an open gate were
  // measured and did not catch them without costing clean lines (README "A learned second signal").
  'corpus-det-model40-classes.tsv:5', // "zit met tendinitis thuis"
  'corpus-det-model40-classes.tsv:17', // "kaakpijn bij Ruben"
  'corpus-det-model40-classes.tsv:23', // "last van hoogtevrees"
  'corpus-det-model40-classes.tsv:60', // "zijn spierpijn komt door de statines"
  'corpus-det-model40-classes.tsv:86', // "opgenomen met een klaplong"
  'corpus-det-model40-classes.tsv:89', // "kwamen de darmkrampen terug", two sentences after the name
  'corpus-det-model40-classes.tsv:91', // "hielspoor" after "Update Frank:"
  // Stop 40's review: rules taken out because ordinary talk shares them, their own lines missed since. "kampt met" after
  // an unknown capitalised word ("Thuiszorg kampt met veel burn-out", "Twente worstelt met ..."), "hoort slecht,"
  // (a bad call: "Kees hoort slecht, de verbinding hapert") and "door het lint gegaan" (anger at a roster change).
  'corpus-det-names40-classes.tsv:211',
  'corpus-det-vocab40-classes.tsv:54',
  'corpus-det-vocab40-classes.tsv:111',
  'corpus-det-vocab40-classes.tsv:145',
  // corpus-batch52.tsv:39, 59.tsv:172, 77.tsv:202, 64.tsv:291 and 66.tsv:234, model-only catches lost by earlier
  // retrains, are caught again since det-train41 (stop 41) trained the model on held-out 40-58 too.
  'corpus-batch66.tsv:237', // "een bed-op-eigen-regie afspraak bij de kliniek": a care arrangement named in a hyphenated compound
  'corpus-batch66.tsv:239', // "is naar de jeugd-ggz": going there without a verb of going ("is naar" is also "has gone to a meeting")
  'corpus-batch66.tsv:246', // "K.B.: DIS-diagnose" in a note: initials before a colon (names)
  // Batch 68 (det-vocab68): the misses left after the families were added; most are a person or an owner
  // the name rules do not find, not a word the lexicon lacks.
  'corpus-batch68.tsv:68', // "J.K. van de woensdaggroep slikt ... iets tegen psychoses": initials before "van de" are no person (names)
  'corpus-batch68.tsv:89', // "Bart: wachtlijst Mentaal Beter voor ADHD-onderzoek": an assessment is a service head ("-onderzoek")
  'corpus-batch68.tsv:164', // "Dinand ... zijn vrouw ligt met zwangerschapsvergiftiging": the care is his wife's, unnamed
  'corpus-batch68.tsv:166', // "Carola, onze trajectbegeleider, is zwanger": a name with a role in commas opening the line (names)
  'corpus-batch68.tsv:210', // "Mijn jongen Storm (klant van IPS)": a name that is a word, after "mijn jongen" (names)
  'corpus-batch68.tsv:218', // "Knelpunt: Job mag van zijn behandelaar": "Job" is a word (a job) after a heading (names)
  'corpus-batch68.tsv:230', // "'een beetje down' ... over de spoorlijn gehad": suicide said by hint, no word of care
  'corpus-batch68.tsv:245', // "Trees (teamleider WSP) is na haar borstoperatie": a name with a role in brackets (names)
  'corpus-batch68.tsv:261', // "een zware migraineweek": a "-week" compound is read as an event ("de week van ...")
  // Batch 71 (det-owner71): 20 of its 256 positive lines left; det-owner71b took out the stays at places no list
  // read as care ("in de Mesdag", "op de gesloten", "zit weer in Franeker", "weer bij Tactus", "Yusuf in de HIC,",
  // "blijft voorlopig in de tbs-kliniek"). Left: care the owner walk gives to a relative or a second person the
  // corpus counts as the named one's ("Tom zorgt voor zijn vader, die ... een beroerte", "van Sandra over, zij is
  // zwanger"), and care words the lexicon lacks ("de poging", "dwangcrisis"). 217 is found by the model alone.
  'corpus-batch71.tsv:56', // found by det-train42's model, missed again after stop 42's merged retrain
  'corpus-batch71.tsv:96',
  'corpus-batch71.tsv:127',
  'corpus-batch71.tsv:149',
  'corpus-batch71.tsv:157',
  'corpus-batch71.tsv:165',
  'corpus-batch71.tsv:195',
  'corpus-batch71.tsv:220',
  'corpus-batch71.tsv:245',
  'corpus-det-vocab66-classes.tsv:22', // "Sven had a stroke in May": "had a stroke" is left out, as "Tom had a stroke of luck" reads the same (care-terms-english.ts); "suffered a stroke" counts
  // Batch 69 (det-names69): a name that is also an everyday word, initials, lower case, forwarded or signed
  // messages. Left after the everyday-word-in-a-person's-place class: openers without one person's pronoun
  // ("Koning is ... ontslagen"), headings ("knelpunt Visser:", "Tussenevaluatie Storm"), bare initials ("JW heeft",
  // "kh zit"), a sender's first-person care ("Bericht van Sanne: ik lig ..."), misspelt care words and care the
  // lexicon lacks ("episode", "infuus"). Each is a class for a later batch. det-names69b took out initials as a
  // subject ("JW heeft", "kh zit", "MvdB weer op") and a record's heading naming the person ("knelpunt Visser:").
  'corpus-batch69.tsv:6', // knelpunt: Hoop (deelnemer bij de kringloop) durft niet meer
  'corpus-batch69.tsv:14', // bakker gaat niet starten bij de bakkerij, zijn behandelaar b
  'corpus-batch69.tsv:24', // Koning is vorige week uit de GGZ-kliniek ontslagen en wil pe
  'corpus-batch69.tsv:56', // bij Koning zijn de klachten van PTSS flink opgespeeld na het
  'corpus-batch69.tsv:60', // notulen 14/3 - Lente: behandeling bij Accare loopt door, sta
  'corpus-batch69.tsv:70', // storm is weer gaan blowen en dat merk je aan alles, afsprake
  'corpus-batch69.tsv:74', // de Boer is doorverwezen naar het FACT-team
  'corpus-batch69.tsv:76', // Bakker, T. - diagnose: PTSS, behandeling: EMDR bij Psytrec,
  'corpus-batch69.tsv:107', // JK verhuist naar begeleid wonen, gaat gepaard met flinke ang
  'corpus-batch69.tsv:117', // w. zit weer in een detox, tweede keer dit jaar
  'corpus-batch69.tsv:199', // Van Hamid (zelf getypt in de groepsapp): "ik ben weer naar d
  'corpus-batch69.tsv:256', // Hanneke-Li heeft een schildklierprobleem en is daardoor erg
  'corpus-batch69.tsv:269', // Annaliese zit volgnes haar moeder in de kleniek in Assen, we
  'corpus-batch69.tsv:275', // Sophy heeft een burn uot volgens de bedrijfsarts, 6 weken th
  'corpus-batch69.tsv:279', // wilmien had vanochtend een aanval van hyperventillatie in de
  'corpus-batch69.tsv:294', // Jorien - startte in sept bij de zorginstelling als gastvrouw (model-dependent)
  'corpus-batch69.tsv:317', // hoi, is er iemand die ervaring heeft met een deelnemer met e
  'corpus-batch69.tsv:326', // succesverhaal van de maand: Mar! Na 2 jaar opnames en crisis
  'corpus-batch69.tsv:331', // update: Winter is weer thuis na 3 weken Delta, de dagbestedi
  'corpus-batch69.tsv:334', // heads-up: de Boer heeft weer een episode, hij heeft gisteren
  'corpus-batch69.tsv:337', // lentes eerste week bij de bakkerij: ze had 1 dag met een zwa
  'corpus-batch69.tsv:341', // Kort verslag intake: Koning, man, 34 jaar, schizoaffectieve
  'corpus-batch69.tsv:348', // Aanvulling op de notulen: de casus van Lente (eetstoornis) w
  'corpus-batch69.tsv:352', // Notulen 3/12, punt 4: Visser wordt aangemeld bij het FACT-te
  'corpus-batch69.tsv:439', // Hoop woont nu op de Molenstraat 17, 9402 KL, na de opname is
  'corpus-batch69.tsv:440', // Kun je de ggz-verklaring van Jager naar hem zelf mailen? adr
  'corpus-batch69.tsv:442', // dhr. de V. is gestopt met zijn ADHD-medicatie en dat merken
  'corpus-batch70.tsv:242', // det-fp70 (batch 70 joined, no name_health class built): "Van Dijk uit mijn caseload heeft een borderline-diagnose": a surname alone opening the line
  'corpus-batch70.tsv:246', // "considering his schizophrenia": English, the care after the sentence's name in a participle clause
  'corpus-batch70.tsv:248', // "De HIC in Zwolle heeft Robin gisteren ontslagen": a ward's abbreviation discharging the name
  'corpus-batch70.tsv:257', // "Crisis bij Sem, ... psychiater is ingelicht": the phone is found, "crisis" and "psychiater" are not the name's care
  'corpus-batch70.tsv:456', // "Kevin begeleid naar de Tactus-kliniek": the address is found, a named clinic visited is not read as care
  // Batch 73 (det-73, stop 36): four left, each a class for a later batch. A lower-case name that is also a verb,
  // as the object ("ik mis lies al een tijdje": "lies" read as a name would make "lies" in any chat a person);
  // "die man" pointing at the employer while "zijn schizofrenie" is the client's, told three clauses on; a
  // client's new husband's care ("haar nieuwe man is ook bij Iriszorg in behandeling"), his only by the marriage;
  // an address in a registration form under "Voor de inschrijving bij het Werkbedrijf:" (the office heading owns it;
  // the BSN row beside it is a person's record, which the address rules do not read across kinds).
  'corpus-batch73.tsv:73', // ik mis lies al een tijdje in de groep ... haar crohn
  'corpus-batch73.tsv:290', // Voor de inschrijving bij het Werkbedrijf:\nbsn ...\nadres Weg door Jonkerbos 76
  // Stop 37: batches 74 (hard clean look-alikes, Zuid-Holland) and 75 (names with a health detail in unusual
  // shapes) as they came, before any rule for them (batch 74: line 186/194, clean flagged 21/269; batch 75: line
  // 245/269, name_health 188/212).
  'corpus-batch74.tsv:124',
  'corpus-batch74.tsv:190',
  'corpus-batch74.tsv:303',
  'corpus-batch74.tsv:337',
  'corpus-batch74.tsv:364',
  'corpus-batch75.tsv:24',
  'corpus-batch75.tsv:46',
  'corpus-batch75.tsv:51',
  'corpus-batch75.tsv:65',
  'corpus-batch75.tsv:81',
  'corpus-batch75.tsv:101',
  'corpus-batch75.tsv:103',
  'corpus-batch75.tsv:117',
  'corpus-batch75.tsv:154',
  'corpus-batch75.tsv:185', // model-dependent: found by det-train42's model, not by the merged retrain
  'corpus-batch75.tsv:207',
  // Batch 72 (det-72): left without a rule; the cause category in brackets.
  'corpus-batch72.tsv:17', // "bsn Priscilla is ... voor de aanvraag jobcoach, haar psychiater heeft ...": a service applied for read as the possessive's owner (owner)
  'corpus-batch72.tsv:319', // "met Kelvin ..., de werkgever vroeg waarom hij zo trilde, ... van de lithium": the employer nearer than the name (owner)
  // det-lower37: a name that is also a word after "neemt" (no slot word before it), and care heard of "laatst"
  // in a question's next sentence, said of nobody named (capitalised too).
  'corpus-det-lower37-classes.tsv:4',
  'corpus-det-lower37-classes.tsv:34',
  // det-lists39: model-only lines the retrain moved below the bar (the rules found neither before either).
  // det-lowercase39: a model-only catch the retrain moved below the bar (77:202 found again, struck above).
  // det-lowercase39's classes file, left: initials after a heading or in dotted lower case, a crisis on initials,
  // a name after "de psychiater van", a pronoun a clause on, a care need after "begeleider vanuit", "de ggz kliniek".
  'corpus-det-lowercase39-classes.tsv:26', // "mbt kv: heeft een depressie": "mbt" heads the line before the initials
  'corpus-det-lowercase39-classes.tsv:27', // "cvd zit in een crisis": a crisis is read on a known first name only
  'corpus-det-lowercase39-classes.tsv:29', // "klant a.b. heeft autisme": dotted lower-case initials after a role word
  'corpus-det-lowercase39-classes.tsv:40', // "overleg met de psychiater van lisa over haar dosering": the treater's client
  // det-names40's classes file, left: a lower-case surname no list knows, two capitals without dots after "Mbt",
  // a care place arranged "voor" a person (missed with a known first name too).
  'corpus-det-names40-classes.tsv:65', // "tewolde zit in de kliniek ivm zijn verslaving": lower case, no list knows the name
  'corpus-det-names40-classes.tsv:76', // "Mbt RT: zij heeft een angststoornis": "RT" is as often an abbreviation
  'corpus-det-names40-classes.tsv:95', // "Voor Faadumo is een plek in de kliniek geregeld": a place arranged for someone
  // det-veto40's classes file, left: a speaker's saying of a care word before the name, persons not read, a work
  // sense, an adverb between "heeft" and a treater had.
  'corpus-det-veto40-classes.tsv:7', // "psychotisch geweest ..., aldus Rik zelf": the same, "zelf" not read
  'corpus-det-veto40-classes.tsv:9', // "Angstig en moe, zo kwam Sem binnen": no care word the gate knows
  'corpus-det-veto40-classes.tsv:19', // "Die zit weer flink in de schulden en drinkt veel te veel": plain words
  'corpus-det-veto40-classes.tsv:44', // "aangemeld bij de crisisdienst, het ging echt niet meer": a service, plain words
  'corpus-det-veto40-classes.tsv:78', // "Aan het werk gaat goed bij Ben, alleen zijn rugklachten": a work sentence
  'corpus-det-veto40-classes.tsv:80', // "werkt bij de ggz als schoonmaker maar is zelf ook in behandeling": work sense
]);
// Batch 55's clean lines still flagged (det-55) count towards this rate, none is listed: ten named
// colleagues or professionals with their own health (a stay in hospital, an operation, a pregnancy, a broken
// leg, a past burn-out, "ervaringsdeskundige ... over zijn eigen herstel van een psychose": the policy flags
// a colleague's health detail, README "Names with health details since batch 46"), and a symposium's
// speakers with topics in brackets (README det-37b: left as a judgement call).
// Batch 59's seven clean lines still flagged (det-59) count towards it: three professionals' mobile numbers
// labelled work by "(werk)", "(werktelefoon)" with "hij" on the line, "haar werkmobiel" (det-57's class; a
// client's work phone is still private), a meeting venue corrected in one line and one in Gronings ("'t
// Stadhoes, Grote Markt 1"), a trainer's folder title "'werken met verslaving'" and a
// "verslavingsarts-contactpersoon" (a role glued to a care word).
// Batch 57's ten clean lines still flagged (det-57) count towards it too: a colleague's own burn-out story
// in a congratulation (the policy's name_health, a label disagreement); a colleague's baby's birth date in a
// birth announcement; birth years as an example for an age group; an organisation's specialism in brackets
// ("Human Concern (eetstoornissen)"); a phone number in the sentence after an office's move, a service with
// its provider in brackets ("Woonbegeleiding Zaandam (Kwintes) is bereikbaar via ..."); an office address
// with clients as a group before it ("deelnemers ... kunnen terecht bij het Werkgeverspunt op ...") or a
// client in the next sentence; an IBAN corrected from an organisation's invoice "op hun site".
// speakers with topics in brackets (README det-37b: left as a judgement call). Batch 58's six (det-58): three
// organisations' numbers in a table, a crisis line and a jobcoach's extension (det-57's class), a course's
// venue, "Corné (jobcoach) is herstellende van een operatie" (a named colleague's operation: the policy flags
// it) and a self-correcting "lithium-werkgroep? nee, de werkgeversgroep".
// Batch 60's 31 (det-60): numbers beside a bare first name with nothing saying whose (as likely a client's:
// left to det-contact's learned signal), a title merely before a number ("jobcoach uit Heerlen: 06-...", "bij de
// werkgever, 0495 ...": tried, it lost client numbers), the writer asking to be called, "haar werknummer", "is van de jobcoach,
// niet van meneer", four organisations' IBANs, seven venues' and offices' addresses, shared mailboxes without a
// cue ("teamwerk@uwv.nl"), a signature in brackets ("(Femke, IPS Sittard)") and the employer's daughter's number.
// Batch 62's 16 (det-contacts2, stop 34; 37 of 275 on main): the writer asking "Kun je me even bellen? 06-..." (a
// never-read number was lost to "me ... bellen"), a colleague's number asked for ("@Sanne ... Ik heb alleen 06-..."),
// "Toevoegen via hem, 0229-... (kantoor)", an appointments desk's number with "wachttijd voor intake" after it, a
// named mentor "van het beschermd wonen" (name_health), five venues' and offices' addresses across a question or far
// from their venue word, a postcode "voor de navi", three organisations' IBANs ("de stichting haar rekening", a
// "kredietbank" beside "schuldhulpverlening", one corrected mid-line), and two professionals' e-mail addresses with
// "de jongeren" or "de plaatsing" beside them. Its line 118 ("pc 1352 ZP, huisnr 8, woont bij zijn ouders", labelled
// postcode) is found as an address too: a house number after a postcode is one here (README "address").
// Batch 63's three (det-nh): an office's new postcode after "verhuisd" (the other branch's address rules), a
// jobcoach's "werknummer" beside "zijn" (det-contacts2's), and "Daphne, weet je nog die kliniek voor eetstoornissen"
// (a clinic named by what it treats, said to the person called: a rule for it lost admissions "in een kliniek voor ...").
// Stop 35: the bar moved from 1 % to 1.1 % of the clean lines when batches 64 and 67 joined (written as hard
// look-alikes: names that are words, named colleagues at meetings about care, professionals named with a care
// topic). With them and det-nh64/det-names67/det-contacts65(b) merged, 110 of 10,582 clean lines (1.04 %) are
// flagged, 11 of them batch 64's meetings and talks with a named colleague ("notulen van het medicatieoverleg"),
// which the corpus labels clean while it labels a named colleague's own burn-out positive. The goal on text
// nobody here has read stays 3 % (MAX_FALSE_POSITIVE_RATE).
// Stop 36: batch 69 (names that are words, written with clean twins) brought 6 clean lines main already flagged,
// each a professional named beside a care topic ("Kofi (huisarts) heeft gezegd dat oxazepam ..."): 123 of 11,083
// (1.11 %). Batch 70 (380 hard clean lines) brought six more of that class that det-fp70 left ("Dr. Annemiek
// Schuurman, psychiater bij GGZ Oost Brabant", "Merel ..., zij is GZ-psycholoog"): 129 of 11,494 (1.12 %).
// det-prof36 (care-term-professional.ts) reads a professional named beside a care topic of their work (a role in
// brackets or apposition, "zij is apotheker", staff "van de gemeente", "namens", a service called or planned with):
// 117 of 11,730 (1.00 %, 130 before), none lost; the bar is back at 1.1 % (129 lines), 12 lines of margin.
// Stop 37: batch 74 (269 hard clean lines: organisations' numbers, offices, accounts and mailboxes beside care
// words) brought 21 clean lines main flags, batch 75 two: 146 of 13,028 (1.12 %); the bar moves to 1.15 % until
// the rules for them are in. det-fp37 passed seven of batch 74's (a mobile number beside a work mailbox or
// called "zakelijk nummer", accounts paid out from by a gemeente or penningmeester, "Rekeningnummer werkgroep")
// and one of batch 59's: 138 of 13,060 (1.06 %) with its class lines; the bar is back at 1.1 %.
export const TUNING_MAX_FALSE_POSITIVE_RATE = 0.011;

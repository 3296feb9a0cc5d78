import { MEDICINE_BRANDS } from './care-terms-breadth37.ts';
import { CLIENT_ROLES } from './client-words.ts';
import { FIRST_NAMES } from './first-names.ts';
import { particlesWith } from './name-particles.ts';
import { keyTest } from './word-records.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * The maintained word lists of person-names.ts: titles, particles, client nouns, and the words that
 * look like a name but are not one (sentence openers, institutions, months, noun endings). Add a
 * word here when the corpus shows a miss or a false positive of its kind; the rules stay there.
 */

// With common misspellings and abbreviations: "mnr", "menneer", "mevrw", "mvr", "mej".
export const TITLES = wordSet('meneer mijnheer menneer mnr mevrouw mevrw mevr mw mvr dhr mej juffrouw');
/**
 * Titles that only count with their full stop: "hr. Jansen" (but not "HR"), "mr. Bakker"; "mr" also
 * without it before a capitalised name ("mr Kowalski", "Mr Kowalski"; not "MR").
 */
// "pt. Kamminga", "Pt. Van Wijk": a patient in a clinical note (batch 56), with its full stop only.
// English "Mrs. de Vries", "Ms. de Boer" (det-english; not "ms" in lower case, a condition: "heeft ms.").
export const DOTTED_TITLES = wordSet('hr mr fam pt mrs ms');
// "de heer Ploeg", and a letter's salutation: "Geachte heer Ploeg", "Beste heer Zuidema" (batch 56).
export const HEER_BEFORE = wordSet('de geachte beste');
// A title is nearly always followed by a name, even one typed in lower case ("dhr. jansen", "meneer
// bakker"), unless that lower-case word is one of these: "mw. is gebeld", "dhr. heeft", "mevrouw zelf".
export const NOT_LOWERCASE_NAMES =
  wordSet(`is heeft had was wil kan moet zal gaat ging komt kwam werkt woont zit zat zegt zei
  vindt vond wordt werd zelf en of de het een die dat met van uit in op bij aan voor naar om te nog ook al niet wel
  geen krijgt kreeg gebruikt belde vertelde weet wist heb hebben zijn waren blijft bleef doet deed staat stond ligt
  lag loopt liep mag mocht hoeft start stopt stopte begint belt mailt appt vraagt vroeg sprak spreekt kreeg gaf geeft
  hoort hoorde voelt voelde denkt dacht zoekt zocht wacht wachtte kon kunnen zou zouden moest wilde werd worden
  heeft ook dus maar want toen nu dan daar hier er wat wie hoe waar die deze dit zo als of tot na door over onder
  voorzitter secretaris notulist projectleider collega klantmanager jobcoach trajectbegeleider consulent manager
  wethouder directeur teamleider coordinator adviseur begeleider
  hem hen hun mij me ons jou jullie zich jij hij zij ze wij we ik`);
/** First names that are also ordinary words or abbreviations; in lower case only before a particle ("jan de boer"). */
export const LOWERCASE_AMBIGUOUS =
  wordSet(`jan roos lieve fleur floor iris said mark bas sem stan kim noor isa ella dean
  lily cor luc lex rosa sterre hein tim tom sam rob piet bob nina lucas demi ruth vera flip jet linde mees nova
  luna jade ivy saar amber mo boy joke frank nick mats christian hind fay kay els
  lilly tony luis merel tuba steven ernst arend jasmijn mirte margriet madelief rozemarijn valentijn pascal
  marina mazen alma donna daisy janus dries bo`);
/**
 * det-lower37: names of the lists that are also words in lower case ("koos" chose, "wiel", "gul", "dirk" and
 * "otto" a supermarket and an agency, "harm", "dex" a medicine, Limburgish "mien", "sien", "riet" reed) or, of
 * the lexicon's, words and brands ("toke", "rein", "vital", "isis", "nada", "chanel", "milano", "lander").
 * In lower case these count only with a cue (a care term a few words on, a pronoun, a verb: person-names.ts);
 * every other known name counts in lower case wherever its capitalised form does.
 */
export const LOWERCASE_WORDLIKE = wordSet(`koos wiel gul dirk otto harm dex mien sien riet winston stanley
  lander flor lore toke rein vital isis nada lovely heaven divine chanel milano vienna zion medina alba mano
  levy ante celle fauve berk stef gust quint rune torre trix juno noach perla buse ebbe brik tars fiel aube
  anse ambre sieg stig inte nome nore oone lien tine mies lode sari sana dion`);
/**
 * det-lower38: the lexicon's names that are frequent in subtitles and are, in lower case, a Dutch or English
 * word, a place or a myth rather than a person ("flora", "lila", "sultan", "aria", "victoria", "destiny").
 */
export const LOWERCASE_COMMON_NOT_NAMES = wordSet(`eren erin ward eden thor odin ares athena magnus raven lila
  flora aria sultan belle destiny melody constance savannah victoria helena brooklyn sydney sidney santiago
  carolina dakota madison israel austin morgan charlie ruby skye aurora karen sandy bess bette glen basil reno
  cruz diaz bono lance rico moreno hazel grace amber maxine jade celeste`);
/**
 * det-lower38: given names of many origins that neither first-names.ts nor the lexicon knows (Spanish,
 * Portuguese and Italian, Polish, Romanian, Ukrainian, Turkish, Moroccan, Hindustani, Frisian), read in lower
 * case as the lists' names are ("klaus heeft weer een psychose gehad", "gesprek met dolores, ze ...").
 */
export const LOWERCASE_WORLD_NAMES = wordSet(`gilbert klaus friso ravindra dolores federica francisco joaquim
  fernando alberto alfredo stefania bogdana vasilica miroslav wieslaw jadwiga henryk lyudmyla kseniya aynur
  semra fikret nezihe zekiye mostafa mhamed btissam hakima`);
/**
 * Verbs after a lower-case first name that make it the subject: "fenna heeft", "samir is". det-names40: also
 * the verbs of suffering and struggling, whose object is the care ("Okafor kampt met angst", "van Rijswijk
 * lijdt aan een depressie", "tewolde worstelt met zijn verslaving").
 */
export const SUBJECT_VERBS = wordSet(
  `heeft had is was krijgt kreeg gebruikt zit woont blowt snuift slikt drinkt volgt doet raakte belandde has takes
  uses kampt kampte worstelt worstelde lijdt leed belandt tobt tobde sukkelt sukkelde kwakkelt kwakkelde`,
);
/** Nouns for a client that become a reference with a name after them: "cliënt Pietersen". */
export const CLIENT_NOUNS = wordSet(
  // "clt", "clte": the abbreviations typed in chat ("mijn clt Antoon heeft ...", batch 35).
  'client cliente clt clte patient patiente kandidaat kandidate deelnemer deelneemster klant werkzoekende familie',
);
// After a client noun a lower-case surname counts when the sentence goes on about that person:
// "cliënt jansen heeft ...", "klant de vries: ...".
export const AFTER_LOWERCASE_CLIENT = wordSetOf([...SUBJECT_VERBS, ':', ',', '(']);
// What an initial may be glued to: "(M. Bouazza)", "S.M.", and "_" joining the words of a file name
// ("verslag_intake_M.Bouazza_psychose.docx").
export const INITIAL_GLUE = wordSetOf(['.', '(', '_']);
export const ABBREVIATED_PARTICLES = wordSetOf(['v', 'd', 'vd', 'v.d']);
export const PARTICLES = particlesWith("het 't la le el al da dos du di von zu ben bin abu ait vd");
export const NOT_NAMES = wordSetOf([
  ...wordSet(`januari februari maart april mei juni juli augustus september oktober november december
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
  she he they hae hea`), // "She has diabetes": an English pronoun, no unknown name (batch 42-names).
  // det-vocab37: a medicine's brand is no surname ("Omdat Daan Lyrica slikt").
  ...MEDICINE_BRANDS,
]);
// Two capitalised words are a full name ("Jorien Wolters") unless the first is one of these: words
// that open a sentence, institutions, compass points and titles ("Gemeente Doetinchem", "Oost Gelre").
export const NOT_GIVEN_NAMES =
  wordSet(`de het een den der des in op bij met voor na van door om als dat die dit deze er ook
  en maar want wel niet geen nog zo dan toen nu hier daar wij we ik jij je hij zij ze u onze ons mijn zijn haar hun
  elke iedere alle veel meer sinds vanaf tot tussen tijdens via per over onder boven uit naar aan wat wie hoe waar
  heb welke welk hoeveel wiens waarvoor waarmee waarheen welks waarom wanneer graag dank namens succes oplossing knelpunt vraag let zie doel gemeente gemeenten regio
  provincie stichting ministerie minister team afdeling stad dorp wijk project programma werkgroep stuurgroep
  kenniscentrum centrum instituut universiteit hogeschool school ziekenhuis kliniek praktijk huisartsenpraktijk
  clientenraad raad college wethouder burgemeester staatssecretaris dokter dr prof drs ir mr oost west noord zuid
  nieuw nieuwe oud oude sint groot grote klein kleine sociaal sociale landelijk landelijke regionaal regionale
  casus bijlage hoofdstuk artikel fase stap module week ronde versie pilot update bespreken bespreking
  terugkoppeling nieuws mededeling mededelingen verslag check stand status notitie notities actiepunt
  huis dag hof hoek kamer bureau dienst vanuit volgens binnen buiten vanwege ondanks rond rondom zonder
  behalve dankzij omdat wegens richting jegens tegen achter langs inzake betreft zowel juist zelfs mede
  waarbij waardoor waarvan waarin daarbij daarvan daarin hierbij hiervan indien zodra neem bel zet
  stuur geef maak kijk leg breng houd regel zoek lees schrijf mail informeer meld betrek`);
// Before a full name there is no article or place preposition: "het Sociaal Domein", "in Oost Gelre".
export const NOT_BEFORE_NAMES = wordSet(
  "de het een 't in uit naar te richting vanuit rond regio gemeente provincie",
);
// A capitalised word that opens a sentence before "heeft", "is" ... is a name ("Xandra heeft ...",
// "Bakker is ...") unless it is one of these everyday sentence openers or ends like a Dutch noun,
// adjective or plural ("Begeleiding is", "Lastig is", "Werkgevers hebben").
export const SENTENCE_OPENERS =
  wordSet(`iedereen niemand iemand men alles niets wie wat welke welk hoeveel wiens elk ieder beide sommige velen weinig
  hoezo
  vandaag gisteren morgen inmiddels helaas gelukkig sindsdien daarnaast tevens momenteel intussen ondertussen
  uiteindelijk eerder later soms vaak altijd nooit misschien waarschijnlijk bovendien daarom dus toch verder
  vervolgens eerst daarna echter ook wel thuis werk geld tijd zorg hulp school onderwijs wonen taal stress
  pijn slaap sport rust structuur vooral vroeger nadien tot hoe waar waarom wanneer zij hij het dit dat
  deze die er dan nu toen hier daar zo niet geen alleen samen ieder elke elk tja nee ja ok oke oké goed
  fijn mooi jammer belangrijk duidelijk vraag actie succes knelpunt agenda notitie casus update status
  thema onderwerp punt stand resultaat conclusie advies besluit afspraak probleem risico kans uitdaging
  leefstijl gezondheid alcohol drugs cannabis roken medicatie bewegen voeding eten diagnose oorzaak reden
  gevolg symptoom symptomen klacht beeld ziektebeeld uitkomst bijwerking hoofdpijn moeheid vermoeidheid
  vanochtend vanmorgen vanmiddag vanavond vannacht gisteravond gistermiddag gisterochtend gistermorgen
  eergisteren overmorgen zojuist onlangs`); // det-nh: a time opening the sentence ("Vanochtend belde ze: ...")
// Labels before a colon that announce a place, an organisation or a topic, not a person.
export const NOT_PERSON_LABELS =
  wordSet(`regio gemeente locatie plaats waar woonplaats organisatie organisaties spreker
  sprekers thema onderwerp onderwerpen werkgever werkgevers bedrijf partner partners door`);
export const LIST_STATEMENT_VERBS = wordSet(
  'is zijn was waren wordt worden blijft blijkt komt speelt gaat geldt',
);
// Words that refer back to one person (not "ze" or "zijn", which are also "they" and "are").
export const BACK_REFERENCES = wordSet("zij hij haar z'n d'r");
export const PRONOUN_WINDOW = 4;
export const NOUN_ENDINGS = [
  'ing',
  'heid',
  'tie',
  'sie',
  'schap',
  'teit',
  'isme',
  'ment',
  'ers',
  'iek',
  'ig',
  'lijk',
];
// Letters that stand for someone in an anonymised case: "Mevrouw Y", "meneer X".
export const PLACEHOLDERS = wordSetOf(['X', 'Y', 'Z', 'N']);
// "B.V. Twente" is a company, not the initials of Mr Twente.
export const COMPANY_FORMS = wordSet('bv nv cv vof ua');
// Abbreviations typed as dotted letters, which read as initials ("N.B.", "P.S.", "A.U.B.", "T.a.v.", "o.a.",
// "i.v.m."): their letters together, as initialsOf gives them. Each reader of initials adds the few its place calls for.
export const DOTTED_ABBREVIATIONS = wordSet('nb ps aub tav ivm oa mbt zsm dwz ea');

// The only lower-case words a person reference can start with: one lookup rejects all other words.
export const LOWERCASE_STARTS = wordSetOf([
  ...TITLES,
  ...DOTTED_TITLES,
  ...CLIENT_NOUNS,
  ...FIRST_NAMES,
  'heer',
]);

// "Jonge vrouw uit 6541 WZ met een eetstoornis" (person-name-cues.ts): a person described (no name) by a
// postcode. Singular person nouns only ("vrouwen uit 7001 AB" are a group). Asked of every word of a
// sentence read for names: one bit per word (word-records.ts).
const DESCRIBED_PEOPLE = wordSet(
  `vrouw man jongen meisje jongeman jongedame dame heer meneer mevrouw moeder vader jongere ${CLIENT_ROLES}`,
);
export const isDescribedPerson = keyTest((key) => DESCRIBED_PEOPLE.has(key));

import type { DisguiseView } from './disguise-view.ts';
import { copyAsTyped } from './disguise-view.ts';
import type { Finding } from './findings.ts';
import { TITLE, tokenFlags } from './name-word-flags.ts';
import { isBareNameWord } from './person-name-word-placed.ts';
import { CLIENT_NOUNS } from './person-name-words.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/*
 * det-openers36: Dutch puts the verb second, so a sentence opening with a time or a place has the subject
 * after the verb: "Gisteren drinkt Sanne weer", "Nu hoort Sanne weer stemmen", "Sinds maandag zit Sanne op
 * de gesloten". The care phrases (care-terms*.ts, care-term-context.ts) read the verb and what follows it as
 * one run, which the name now splits. This view reads such a sentence in the order the phrases know, the
 * name first and the fronted words left out ("Sanne drinkt weer."); the guard scans it with the rules only
 * and keeps only a name_health finding on the moved name (guard.ts). The opener is a word of time or place
 * opening the sentence, at most three lower-case words after it, then a finite verb and a capitalised name no
 * list rules out; "Gisteren drinkt het team een borrel" has no name, "Sinds Pasen zit ..." no lower-case run.
 */
const OPENERS = wordSetOf([
  ...wordSet(`gisteren vandaag morgen eergisteren vanochtend vanmorgen vanmiddag vanavond vannacht
  gisteravond gistermiddag gisterochtend nu inmiddels intussen sinds sindsdien momenteel onlangs toen daarna
  vorige afgelopen deze al thuis op in tijdens na sedert alweer opeens ineens plots soms vaak elke iedere`),
  // det-orders37: any fronted time, reason, manner or place, not one phrase at a time: the prepositions that
  // open an adverbial ("Bij de training hoort ...", "Door de stress drinkt ...", "Volgens de huisarts zit ..."),
  // the adverbs of time, frequency, certainty and sequence, the days and months ("Maandag is ...").
  ...wordSet(`bij door vanwege wegens dankzij ondanks volgens rond rondom vanaf tot voor sinds met zonder
    buiten binnen onder tegen sinds omstreeks gedurende halverwege naast na`),
  ...wordSet(`laatst tegenwoordig binnenkort straks later vroeger eerder eindelijk opnieuw weer nog steeds
    altijd nooit regelmatig geregeld dagelijks wekelijks meestal vaker zelden helaas gelukkig jammer
    waarschijnlijk vermoedelijk blijkbaar kennelijk misschien wellicht zeker sowieso echt toch ook daarom
    daardoor hierdoor dus dan vervolgens bovendien verder overdag snachts smorgens savonds ondertussen
    afgelopen komende volgende vorig begin eind half midden pas hier daar`),
  ...wordSet(`maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni
    juli augustus september oktober november december`),
  // Questions asking when or why ("Sinds wanneer slikt Ilse lithium?", "Waarom ligt Bram op de PAAZ?").
  ...wordSet('wanneer waarom hoelang'),
]);
const FILLER_REACH = 4;
// The finite verbs of having, being, taking, hearing, getting, going and staying, present and past, and the
// modal verbs before an infinitive at the clause's end ("Helaas moet Jansen naar de crisisdienst").
const FINITE_VERBS = wordSet(`heeft had is was krijgt kreeg gebruikt gebruikte zit zat ligt lag slikt slikte
  drinkt dronk blowt blowde snuift snoof rookt rookte gokt gokte spuit spoot hoort hoorde ziet zag eet at
  slaapt sliep huilt huilde voelt voelde raakt raakte belandt belandde loopt liep kampt kampte lijdt leed
  wordt werd begint begon neemt nam moet moest kan kon wil wilde wou mag mocht zal zou gaat ging komt kwam
  woont woonde blijft bleef verblijft verbleef staat stond doet deed volgt volgde ontvangt ontving mist
  miste weigert weigerde stopt stopte start startte worstelt worstelde tobt tobde durft durfde hoeft hoefde
  krijgen lijkt leek blijkt bleek valt viel verzuimt verzuimde wacht wachtte hervalt herviel`);
// A name may be a title and a surname ("Helaas moet mw. de Wit ..."), or two or three words ("Sanne Visser").
const NAME_PARTICLES = wordSet("van de der den ter ten 't");
const NAME_REACH = 4;
const SENTENCE_ENDS = wordSet('. ! ?');

export interface WordOrderView extends DisguiseView {
  /** Per moved name: its start and end in the text. */
  readonly names: readonly number[];
}

/** The text with each verb-first sentence read name first, or null when it has none (nearly every text). */
export function wordOrderView(text: string, tokens: readonly Token[]): WordOrderView | null {
  let parts: string[] | null = null;
  const from: number[] = [];
  const to: number[] = [];
  const names: number[] = [];
  let copied = 0;
  for (let s = 0; s < tokens.length; s++) {
    const opener = tokens[s]!;
    // Capitalised first: a field read turns away most tokens before the list is asked (it was once per token).
    if (!opener.capitalised || !OPENERS.has(opener.key) || !opensSentence(tokens, s)) continue;
    const verb = verbAfter(tokens, s);
    if (verb < 0) continue;
    const nameEnd = nameEndAfter(tokens, verb + 1);
    const name = { start: tokens[verb + 1]!.start, end: tokens[nameEnd]!.end };
    parts ??= [];
    copyAsTyped(text, copied, opener.start, parts, from, to);
    copyAsTyped(text, name.start, name.end, parts, from, to);
    copyAsTyped(text, tokens[verb]!.end, tokens[verb]!.end + 1, parts, from, to); // a space, mapped to the verb's end
    parts[parts.length - 1] = ' ';
    copyAsTyped(text, tokens[verb]!.start, tokens[verb]!.end, parts, from, to);
    copied = name.end;
    names.push(name.start, name.end);
    s = nameEnd;
  }
  if (parts === null) return null;
  copyAsTyped(text, copied, text.length, parts, from, to);
  return { text: parts.join(''), from: Int32Array.from(from), to: Int32Array.from(to), names };
}

/** The view's name_health findings on a moved name, as places in the text. */
export function movedNameFindings(findings: readonly Finding[], view: WordOrderView): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.kind !== 'name_health' || f.end <= f.start) continue;
    const start = view.from[f.start]!;
    for (let i = 0; i < view.names.length; i += 2) {
      if (start === view.names[i]) out.push({ ...f, start, end: view.to[f.end - 1]! });
    }
  }
  return out;
}

/** The finite verb after the opener at s and its lower-case words, with a name after it: its index, or -1. */
function verbAfter(tokens: readonly Token[], s: number): number {
  for (let j = s + 1; j <= s + 1 + FILLER_REACH && j + 1 < tokens.length; j++) {
    const token = tokens[j]!;
    if (token.type === 'punct' || token.capitalised || token.lineBefore) return -1;
    // "Voor de cliënt heeft Sanne een plek in de kliniek geregeld": the care is the client's, fronted.
    if (CLIENT_NOUNS.has(token.key)) return -1;
    if (!FINITE_VERBS.has(token.key)) continue;
    return isNameAt(tokens, j + 1) || isTitledNameAt(tokens, j + 1) ? j : -1;
  }
  return -1;
}

function isNameAt(tokens: readonly Token[], k: number): boolean {
  const name = tokens[k];
  if (name === undefined || name.type !== 'word' || !name.capitalised || name.allCaps || name.hasDigit)
    return false;
  return name.text.length >= 3 && isBareNameWord(name);
}

/** "mw. de Wit", "meneer Jansen": a title, its dot, particles, then a capitalised word. */
function isTitledNameAt(tokens: readonly Token[], k: number): boolean {
  const title = tokens[k];
  if (title === undefined || (tokenFlags(title) & TITLE) === 0) return false;
  let j = k + 1;
  if (tokens[j]?.text === '.') j++;
  while (j < k + NAME_REACH && NAME_PARTICLES.has(tokens[j]?.key ?? '')) j++;
  const word = tokens[j];
  return word !== undefined && word.type === 'word' && word.capitalised && !word.hasDigit;
}

/** The last token of the name at k: a title's surname, the surname after a given name, or k itself. */
function nameEndAfter(tokens: readonly Token[], k: number): number {
  let end = k;
  for (let j = k + 1; j < k + NAME_REACH && j < tokens.length; j++) {
    const token = tokens[j]!;
    if (token.lineBefore) break;
    if (token.text === '.' && j === k + 1 && (tokenFlags(tokens[k]!) & TITLE) !== 0) continue;
    if (NAME_PARTICLES.has(token.key)) continue;
    if (token.type !== 'word' || !token.capitalised || token.allCaps) break;
    if (!isBareNameWord(token) && (tokenFlags(tokens[k]!) & TITLE) === 0) break;
    end = j;
  }
  return end;
}

function opensSentence(tokens: readonly Token[], s: number): boolean {
  return s === 0 || tokens[s]!.lineBefore || SENTENCE_ENDS.has(tokens[s - 1]!.text);
}

import type { DisguiseView } from './disguise-view.ts';
import { copyAsTyped } from './disguise-view.ts';
import type { Finding } from './findings.ts';
import { isBareNameWord } from './person-name-word-placed.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

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
const OPENERS = wordSet(`gisteren vandaag morgen eergisteren vanochtend vanmorgen vanmiddag vanavond vannacht
  gisteravond gistermiddag gisterochtend nu inmiddels intussen sinds sindsdien momenteel onlangs toen daarna
  vorige afgelopen deze al thuis op in tijdens na sedert alweer opeens ineens plots soms vaak elke iedere`);
const FILLER_REACH = 3;
const FINITE_VERBS = wordSet(`heeft had is was krijgt kreeg gebruikt gebruikte zit zat ligt lag slikt slikte
  drinkt dronk blowt blowde snuift snoof rookt rookte gokt gokte spuit spoot hoort hoorde ziet zag eet at
  slaapt sliep huilt huilde voelt voelde raakt raakte belandt belandde loopt liep kampt kampte lijdt leed
  wordt werd begint begon`);
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
    if (!OPENERS.has(opener.key) || !opener.capitalised || !opensSentence(tokens, s)) continue;
    const verb = verbAfter(tokens, s);
    if (verb < 0) continue;
    const name = tokens[verb + 1]!;
    parts ??= [];
    copyAsTyped(text, copied, opener.start, parts, from, to);
    copyAsTyped(text, name.start, name.end, parts, from, to);
    copyAsTyped(text, tokens[verb]!.end, tokens[verb]!.end + 1, parts, from, to); // a space, mapped to the verb's end
    parts[parts.length - 1] = ' ';
    copyAsTyped(text, tokens[verb]!.start, tokens[verb]!.end, parts, from, to);
    copied = name.end;
    names.push(name.start, name.end);
    s = verb + 1;
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
    if (!FINITE_VERBS.has(token.key)) continue;
    const name = tokens[j + 1]!;
    if (name.type !== 'word' || !name.capitalised || name.allCaps || name.hasDigit || name.text.length < 3)
      return -1;
    return isBareNameWord(name) ? j : -1;
  }
  return -1;
}

function opensSentence(tokens: readonly Token[], s: number): boolean {
  return s === 0 || tokens[s]!.lineBefore || SENTENCE_ENDS.has(tokens[s - 1]!.text);
}

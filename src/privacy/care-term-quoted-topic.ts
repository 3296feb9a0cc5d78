import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { endingsByLast, wordSet } from './word-sets.ts';

/*
 * Batch 71 (det-owner71): a care term inside a quoted title that a programme part or a theme introduces:
 * "Anouk en Thijs verzorgen het blok \"OCD op de werkvloer\" tijdens de jobcoachdag", "thema volgende
 * bijeenkomst is \"terugval in verslaving tijdens werk\"", "onderwerp: 'Depressie en werk'". The names
 * around it are the ones who present or organise it: the term is a topic, nobody's health. The quote
 * must be closed within a title's length, hold no pronoun or possessive ("thema is \"mijn burn-out\"" is
 * someone's words), and the programme word must stand in the same clause up to four words before the
 * opening quote. care-term-quoted-title.ts reads titles with their speaker after them ("door ...").
 * det-vocab39: or a schedule after the closing quote says it is planned ("Kevin: 'schrikreacties
 * herkennen' staat op de scholingskalender", "... komt op de agenda").
 */
// Not "sessie", "training", "module", "les": a client's own ("Sanne: sessie 'depressie' afgerond", det-55).
const PROGRAMME_WORDS = wordSet(`blok thema onderwerp titel programmaonderdeel agendapunt workshop lezing
  presentatie webinar masterclass`);
const PROGRAMME_ENDINGS = endingsByLast(['thema', 'lezing', 'workshop', 'blok']);
const SCHEDULE_ENDINGS = ['agenda', 'kalender', 'programma', 'planning'];
const PRONOUNS = wordSet("ik mijn me mij m'n hij zij ze haar zijn hem z'n d'r we wij jij je");
const QUOTES = new Set(['"', "'", '‘', '’', '“', '”', '«', '»']);
const CLAUSE_BREAKS = new Set(['.', ';', '!', '?']);
const TITLE_LENGTH = 8;
const PROGRAMME_REACH = 4;

/** The care term at token k stands in a quoted title that a programme word before the quote introduces. */
export function isQuotedProgrammeTopic(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  let open = k - 1;
  for (; open >= sentence.from && k - open <= TITLE_LENGTH; open--) {
    const token = tokens[open]!;
    if (QUOTES.has(token.text)) break;
    if (PRONOUNS.has(token.key) || CLAUSE_BREAKS.has(token.text)) return false;
  }
  if (open < sentence.from || !QUOTES.has(tokens[open]?.text ?? '')) return false;
  let close = k + 1;
  for (; close < sentence.to && close - open <= TITLE_LENGTH; close++) {
    const token = tokens[close]!;
    if (QUOTES.has(token.text)) break;
    if (PRONOUNS.has(token.key) || CLAUSE_BREAKS.has(token.text)) return false;
  }
  if (!QUOTES.has(tokens[close]?.text ?? '')) return false;
  if (isScheduledAfter(tokens, sentence, close)) return true;
  for (let j = open - 1; j >= sentence.from && open - j <= PROGRAMME_REACH; j--) {
    const token = tokens[j]!;
    if (CLAUSE_BREAKS.has(token.text) || QUOTES.has(token.text)) return false;
    const key = token.key;
    if (PROGRAMME_WORDS.has(key) || PROGRAMME_ENDINGS(key, key.length).some((e) => key.endsWith(e)))
      return true;
  }
  return false;
}

/** A schedule within reach after the closing quote at `close`: "staat op de agenda", "op de scholingskalender". */
function isScheduledAfter(tokens: readonly Token[], sentence: Sentence, close: number): boolean {
  for (let j = close + 1; j < sentence.to && j - close <= PROGRAMME_REACH + 1; j++) {
    const token = tokens[j]!;
    if (CLAUSE_BREAKS.has(token.text) || QUOTES.has(token.text) || PRONOUNS.has(token.key)) return false;
    if (SCHEDULE_ENDINGS.some((e) => token.key.endsWith(e))) return true;
  }
  return false;
}

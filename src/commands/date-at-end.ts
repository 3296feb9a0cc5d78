import { countsBack } from '../schedule/dutch-date.ts';
import type { Reader } from './read.ts';

/** The most words a date is written in: "dinsdag 30 december 2026", "volgende week dinsdag". */
const MOST_WORDS = 4;

/**
 * The words at the end of `text` that the date reader reads as a date (a deadline written without
 * "tot": "… voorbereiden over twee weken"), as typed; the longest such ending, without a leading
 * "op"/"per"/"vanaf". Null when there is none, or when it is only a weekday of two letters ("zo",
 * "do": words too), a day counted back ("van gisteren") or figures with full stops ("versie 1.2", "12.30"), more often no date.
 */
export function dateAtEnd(text: string, read: Pick<Reader, 'deadline'>): string | null {
  const words = text
    .trim()
    .replace(/[.!?]+$/, '')
    .split(/\s+/);
  for (let n = Math.min(MOST_WORDS, words.length - 1); n >= 1; n--) {
    const ending = words.slice(-n).join(' ');
    if (!read.deadline(ending)) continue;
    const phrase = ending.replace(/^(?:op|per|vanaf) /i, '');
    if (/^[a-z]{1,2}$/i.test(phrase) || /^[\d.]+$/.test(phrase)) return null;
    // "notulen van gisteren": a day past names what the text is about, never a deadline meant.
    if (countsBack(phrase)) return null;
    return phrase;
  }
  return null;
}

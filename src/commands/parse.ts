import { theOneSlipFrom } from '../domain/one-slip.ts';
import type { Command } from '../messages/commands.ts';
import { isCommonWord, isKnownFirstName } from '../privacy/name-lexicon.ts';
import { foldKey } from '../privacy/word-sets.ts';
import type { LocalDate } from '../schedule/local-time.ts';
import type { Typed } from './command.ts';
import { type Reader, readerFor } from './read.ts';
import { COMMANDS } from './table.ts';

let byWord: ReadonlyMap<string, Typed> | undefined;

/** Each typed first word and the module that reads it, from the table. */
function typedCommands(): ReadonlyMap<string, Typed> {
  if (!byWord) {
    const map = new Map<string, Typed>();
    for (const { typed } of Object.values(COMMANDS)) {
      for (const word of typed?.words ?? []) {
        // Two modules claiming one word is a programming error: the table would pick one silently.
        if (map.has(word)) throw new Error(`Twee commando's lezen "${word}"`);
        if (typed) map.set(word, typed);
      }
    }
    byWord = map;
  }
  return byWord;
}

/**
 * The text commands members type, the same on both platforms: after `/schakel` in Slack, or to the
 * bot in Teams. The first word finds the command in the table; the command's own `typed.parse`
 * reads the rest. An unknown word is `onbekend`; a known one whose rest cannot be read is
 * `ongeldig` (the member gets its usage, after the date that does not exist when one was typed). `today` (the local date in SCHAKEL_TIMEZONE) lets dates be
 * typed as people write them (src/commands/read.ts); dates come out as JJJJ-MM-DD.
 */
export function parseCommand(input: string, today?: LocalDate): Command {
  const found = commandWord(input.trim().replace(/\s+/g, ' ').split(' ')) ?? oneWordSaid(input);
  if (!found) {
    const meant = commandMisspelt(input);
    return { name: 'onbekend', text: input, ...(meant ? { meant } : {}) };
  }
  const [name, typed, rest] = found;
  const read = readerFor(today);
  const command = typed.parse(rest.join(' '), read);
  if (command) return command;
  // Not read, with a date in it that does not exist: the answer names that date; with a month
  // misspelt, the date meant when the command reads with it mended (and is not run).
  const meant = mendedMonth(name, rest.join(' '), read, today);
  return {
    name: 'ongeldig',
    command: name,
    ...(read.noSuchDate ? { noSuchDate: read.noSuchDate } : {}),
    ...(meant ? { dateMeant: meant.date, retyped: meant.retyped } : {}),
  };
}

/**
 * The date meant by a month misspelt in `rest` ("23 decmber"), when the command reads with it
 * mended, and the command as it then reads ("annuleer 23 december"), to be typed again.
 */
function mendedMonth(
  name: string,
  rest: string,
  read: Reader,
  today: LocalDate | undefined,
): { date: string; retyped: string } | undefined {
  const slip = read.monthMended;
  if (!slip || !rest.includes(slip.typed)) return undefined;
  const retyped = `${name} ${rest.replace(slip.typed, slip.meant)}`;
  const mended = parseCommand(retyped, today);
  return mended.name === 'ongeldig' || mended.name === 'onbekend' ? undefined : { date: slip.meant, retyped };
}

/**
 * The command word as parseCommand reads it ("vergeet mij" is one) and what follows it, each run of
 * white space one space; for no known command, the first word and the rest.
 */
export function splitCommand(input: string): { readonly word: string; readonly rest: string } {
  const tokens = input.trim().replace(/\s+/g, ' ').split(' ');
  const found = commandWord(tokens);
  if (found) return { word: found[0], rest: found[2].join(' ') };
  const [word = '', ...rest] = tokens;
  return { word, rest: rest.join(' ') };
}

/** A command word typed alone as said, with a question or exclamation mark ("Help!", "volgende?"). */
function oneWordSaid(input: string): ReturnType<typeof commandWord> {
  const said = /^\s*(\p{L}[\p{L}-]*)\s*[!?.]+\s*$/u.exec(input)?.[1];
  return said ? commandWord([said]) : null;
}

/**
 * The one command word that the first word typed is a slip from ("volgnde", "klar 3", "hlep"): a
 * letter added, left out, changed, or two swapped. Words of three letters or fewer, words that
 * are one slip from two commands ("vakantis"), and words that are words or first names of their own
 * ("taak", "staat", "Klaas": the frequent Dutch words and names of the guard's lexicon) name none:
 * a guess there would be wrong too often.
 */
function commandMisspelt(input: string): string | undefined {
  const first = squash(/^\s*(\p{L}[\p{L}-]*)[!?.,:]*(?:\s|$)/u.exec(input)?.[1] ?? '');
  const meant = theOneSlipFrom(
    first,
    [...squashedCommands()].filter(([squashed]) => squashed.length >= 4),
  );
  if (meant === undefined) return undefined;
  const key = foldKey(first);
  return isCommonWord(key) || isKnownFirstName(key) ? undefined : meant;
}

const hasLetter = (word: string) => /\p{L}/u.test(word);

/** A command word without its hyphens: "vergeetmij" and "vergeet-mij" are one. */
const squash = (word: string) => word.toLowerCase().replaceAll('-', '');

let bySquashedWord: ReadonlyMap<string, string> | undefined;

/** Each command word by its squashed form, built once beside typedCommands (not per message). */
function squashedCommands(): ReadonlyMap<string, string> {
  bySquashedWord ??= new Map([...typedCommands().keys()].map((w) => [squash(w), w] as const));
  return bySquashedWord;
}

/** Two words that name a command although the first is a command too ("agenda punt" is no agenda). */
const TWO_WORDS_BEFORE_ONE: ReadonlySet<string> = new Set([
  'agendapunt',
  'checkin-dagen',
  'checklist-werkgroep',
]);

/**
 * The command word as a person may write it: exactly ("vergeet-mij"), without or with other
 * hyphens ("vergeetmij", "check-in"), or as two words ("vergeet mij", "mijn gegevens", "agenda
 * punt"), and what follows it. Only where that names one command: a first word that is a command
 * itself stays that command ("actiepunt en …" is an actiepunt), unless the two words are one above.
 */
function commandWord(tokens: readonly string[]): [string, Typed, string[]] | null {
  // "Agendapunt: tekst", "agenda punt: tekst", "actiepunt : tekst": a colon closes the command word.
  const colonAt = tokens.slice(0, 3).findIndex((t) => t.endsWith(':'));
  if (colonAt >= 0) {
    const head = tokens
      .slice(0, colonAt + 1)
      .map((t, i) => (i === colonAt ? t.slice(0, -1) : t))
      .filter((t) => t !== '');
    // Only when the words before the colon are the command word, all of them.
    const found = head.length > 0 ? wordsBefore(head) : null;
    if (found && found[2].length === 0) return [found[0], found[1], tokens.slice(colonAt + 1)];
  }
  return wordsBefore(tokens);
}

/** The command word of `tokens` read as commandWord says, without a colon after it. */
function wordsBefore(tokens: readonly string[]): [string, Typed, string[]] | null {
  const [first = '', second, ...rest] = tokens;
  const byWord = typedCommands();
  const bySquashed = squashedCommands();
  const exact = byWord.get(first.toLowerCase());
  // Only words join: "agendapunt - lijstje" is an agendapunt whose text starts with "-".
  const joined =
    second === undefined || !hasLetter(first) || !hasLetter(second)
      ? undefined
      : bySquashed.get(squash(first + second));
  if (joined && (!exact || TWO_WORDS_BEFORE_ONE.has(joined))) {
    const typed = byWord.get(joined);
    if (typed) return [joined, typed, rest];
  }
  const single = exact ? first.toLowerCase() : hasLetter(first) ? bySquashed.get(squash(first)) : undefined;
  const typed = single === undefined ? undefined : byWord.get(single);
  if (single === undefined || !typed) return null;
  return [single, typed, second === undefined ? [] : [second, ...rest]];
}

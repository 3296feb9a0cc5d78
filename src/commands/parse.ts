import type { Command } from '../messages/commands.ts';
import type { LocalDate } from '../schedule/local-time.ts';
import type { Typed } from './command.ts';
import { readerFor } from './read.ts';
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
 * `ongeldig` (the member gets its usage). `today` (the local date in SCHAKEL_TIMEZONE) lets dates be
 * typed as people write them (src/commands/read.ts); dates come out as JJJJ-MM-DD.
 */
export function parseCommand(input: string, today?: LocalDate): Command {
  const { word, rest } = splitCommand(input);
  const name = word.toLowerCase();
  const typed = typedCommands().get(name);
  if (!typed) return { name: 'onbekend', text: input };
  return typed.parse(rest, readerFor(today)) ?? { name: 'ongeldig', command: name };
}

/** The command's first word and what follows it, each run of white space one space. */
export function splitCommand(input: string): { readonly word: string; readonly rest: string } {
  const [word = '', ...rest] = input.trim().replace(/\s+/g, ' ').split(' ');
  return { word, rest: rest.join(' ') };
}

import type { NoSuchDate } from '../schedule/dutch-date.ts';
import { nl } from './catalogue/nl.ts';
import { words } from './catalogue/words.ts';

/**
 * The text commands members type, as read by each command's module (src/commands/, through
 * `parseCommand` in src/commands/parse.ts), and how their usage is written.
 */
/** The button that answers "for which werkgroep?": its value is `<werkgroep id>|<the typed command>`. */
export const CHOOSE_WERKGROEP_ACTION = 'werkgroep_kies';

/** A button that runs a typed command for the one who presses it; its value is the command's text. */
export const COMMAND_ACTION = 'schakel_commando';

export type Command =
  | { readonly name: 'help'; readonly all: boolean }
  | { readonly name: 'overzicht' }
  | { readonly name: 'volgende' }
  | { readonly name: 'agenda' }
  | { readonly name: 'agendapunt'; readonly text: string }
  /** `toFinish`: asked by a bare `klaar`, to pick the one that is done. */
  | { readonly name: 'actiepunten'; readonly toFinish?: true }
  | {
      readonly name: 'actiepunt';
      readonly text: string;
      readonly dueDate: string | null;
      /** The date was typed counting back from today ("gisteren"): past on purpose, no next-year hint. */
      readonly countedBack?: true;
      /**
       * The deadline word ("tot", "voor") after which words meant as a date could not be read:
       * refused, never kept as text. `text` is then all that was typed, for the privacy guard.
       */
      readonly unreadAfter?: string;
      /** The date meant there, a month's slip mended ("3 december" for "3 decmber"), to ask after. */
      readonly dateMeant?: string;
    }
  | { readonly name: 'klaar'; readonly number: number }
  /** `schrap actiepunt <n>`: one noted by mistake removed (not done). */
  | { readonly name: 'schrap'; readonly number: number }
  /**
   * `deadline <n> <datum>` / `deadline <n> geen`: dueDate null removes it. `unread`: the words
   * after the number, meant as a date but not readable: refused (after the privacy guard), never stored.
   */
  | {
      readonly name: 'deadline';
      readonly number: number;
      readonly dueDate: string | null;
      readonly unread?: string;
      /** The date `unread` meant, a month's slip mended, to ask after. */
      readonly dateMeant?: string;
      /** The date was typed counting back from today ("gisteren"): past on purpose, no next-year hint. */
      readonly countedBack?: true;
    }
  | { readonly name: 'reeks' }
  | {
      readonly name: 'nieuwe-reeks';
      readonly date: string;
      readonly time: string;
      readonly everyWeeks: number;
      readonly durationMinutes: number;
    }
  | { readonly name: 'annuleer'; readonly date: string }
  /** `from`: the day the meeting was planned on, when two cancelled meetings share `date`. */
  | { readonly name: 'herstel'; readonly date: string; readonly from?: string }
  | {
      readonly name: 'verplaats';
      readonly date: string;
      readonly toDate: string;
      readonly toTime: string | null;
      /** `toDate` was typed counting back from today ("naar gisteren"): no next-year hint. */
      readonly countedBack?: true;
    }
  | {
      readonly name: 'wijzig';
      readonly from: string;
      readonly everyWeeks: number | null;
      readonly time: string | null;
    }
  | { readonly name: 'mijn-gegevens' }
  /** `taal en` / `language nl`; null when only `taal` was typed. */
  | { readonly name: 'taal'; readonly choice: string | null }
  | { readonly name: 'vergeet-mij'; readonly confirmed: boolean }
  | { readonly name: 'logboek' }
  | { readonly name: 'mislukt' }
  | { readonly name: 'vakantie'; readonly label: string; readonly from: string; readonly to: string }
  | { readonly name: 'vakanties' }
  | { readonly name: 'vakantie-weg'; readonly label: string; readonly from?: string }
  | { readonly name: 'herinneringen'; readonly setting: ReminderSetting | null }
  | { readonly name: 'formulier'; readonly form: 'reeks-nieuw' | 'reeks-wijzig' | 'bijeenkomst' }
  | { readonly name: 'checkin' | 'checklist' | 'checklist-werkgroep' | 'voortgang' }
  | { readonly name: 'checkin-dagen'; readonly days: number }
  | { readonly name: 'samenvatting'; readonly period: string | null }
  | { readonly name: 'samenvatting-laatste' }
  | StuurgroepCommand
  | { readonly name: 'landelijk'; readonly period: string | null }
  | { readonly name: 'nieuwe-werkgroep'; readonly naam: string | null }
  | { readonly name: 'koppel'; readonly werkgroep: string }
  | { readonly name: 'ontkoppel'; readonly werkgroep: string | null }
  /**
   * Not a command; `text` is what was typed, checked for client data and then dropped. `meant`:
   * the one command word its first word is a slip of the keyboard from ("volgnde", "klar 3").
   */
  | { readonly name: 'onbekend'; readonly text: string; readonly meant?: string }
  /**
   * A known command typed in a way it cannot be read; `command` names it, for its usage;
   * `noSuchDate` a date typed in it that does not exist (30 February), to be named; `dateMeant` the
   * date meant by a month misspelt in it ("23 december" for "23 decmber"), asked after, and
   * `retyped` the command with it mended ("annuleer 23 december"), the example to type.
   */
  | {
      readonly name: 'ongeldig';
      readonly command: string;
      readonly noSuchDate?: NoSuchDate;
      readonly dateMeant?: string;
      readonly retyped?: string;
    };

/** The stuurgroep's calendar: list, add, remove a meeting date, or change the digest settings. */
export type StuurgroepCommand =
  | { readonly name: 'stuurgroep'; readonly action: 'lijst' }
  | {
      readonly name: 'stuurgroep';
      readonly action: 'toevoegen' | 'weg';
      readonly date: string;
      /** The date was typed counting back from today ("gisteren"): past on purpose, no next-year hint. */
      readonly countedBack?: true;
    }
  | {
      readonly name: 'stuurgroep';
      readonly action: 'instellingen';
      readonly days: number | null;
      readonly periodKind: 'tertiaal' | 'sinds-vorige' | null;
    };

export type ReminderSetting =
  | { readonly key: 'agenda' | 'herinnering' | 'uur'; readonly value: number }
  | { readonly key: 'weekend' | 'checkin'; readonly value: boolean };

/** How each command is typed, in notation; agendapunt and actiepunt are told by an example instead (usageOf). */
export const USAGE: Record<string, string> = {
  klaar: 'klaar <nummer uit de lijst van actiepunten>',
  schrap: 'schrap actiepunt <nummer uit de lijst van actiepunten>',
  deadline: 'deadline <nummer> <datum>|geen',
  'checkin-dagen': 'checkin-dagen <1-28>',
  'nieuwe-reeks': 'nieuwe-reeks <datum> <UU:MM> [elke N weken] [duur M minuten]',
  annuleer: 'annuleer <datum>',
  herstel: 'herstel <datum>',
  verplaats: 'verplaats <datum> naar <datum> [UU:MM]',
  wijzig: 'wijzig vanaf <datum> [elke N weken] [om UU:MM]',
  vakantie: 'vakantie <naam> <datum> t/m <datum>',
  'vakantie-weg': 'vakantie weg <naam> [begindatum]',
  samenvatting: 'samenvatting [JJJJ-Tn | JJJJ-MM-DD (een stuurgroepdatum) | laatste]',
  stuurgroep:
    'stuurgroep [<datum> | weg <datum> | instellingen [dagen 1-60] [periode tertiaal|sinds-vorige]]',
  landelijk: 'landelijk [JJJJ-Tn | JJJJ-MM-DD..JJJJ-MM-DD]',
  'nieuwe-werkgroep': 'nieuwe-werkgroep [naam]',
  koppel: 'koppel <naam van de werkgroep>',
  ontkoppel: 'ontkoppel',
  herinneringen: `herinneringen [${nl.answers.admin.reminderSettings}]`,
};

/** How a <datum> may be written (in Dutch), said wherever a usage asks for one. */
export const DATE_HINT = nl.help.dateHint;

/**
 * A command's usage: by an example for the commands a member types most (agendapunt, actiepunt),
 * otherwise its notation with how to write a date when it asks for one.
 */
export function usageOf(name: string, prefix: string): string {
  const examples = words().answers.usageByExample;
  if (name in examples) return examples[name as keyof typeof examples](prefix);
  const usage = `${prefix}${USAGE[name] ?? name}`;
  return usage.includes('<datum>') ? `${usage}. ${words().help.dateHint}` : usage;
}

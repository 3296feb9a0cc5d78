import { dutchDateText } from '../schedule/dutch-date.ts';
import type { LocalDate } from '../schedule/local-time.ts';
import { nl } from './catalogue/nl.ts';
import { words } from './catalogue/words.ts';

/**
 * The text commands members type, the same on both platforms: after `/schakel` in
 * Slack, or to the bot in Teams. Parsed here once, so both adapters understand alike.
 */
/** The button that answers "for which werkgroep?": its value is `<werkgroep id>|<the typed command>`. */
export const CHOOSE_WERKGROEP_ACTION = 'werkgroep_kies';

/** A button that runs a typed command for the one who presses it; its value is the command's text. */
export const COMMAND_ACTION = 'schakel_commando';

export type Command =
  | { readonly name: 'help'; readonly all: boolean }
  | { readonly name: 'volgende' }
  | { readonly name: 'agenda' }
  | { readonly name: 'agendapunt'; readonly text: string }
  | { readonly name: 'actiepunten' }
  | { readonly name: 'actiepunt'; readonly text: string; readonly dueDate: string | null }
  | { readonly name: 'klaar'; readonly number: number }
  | { readonly name: 'reeks' }
  | {
      readonly name: 'nieuwe-reeks';
      readonly date: string;
      readonly time: string;
      readonly everyWeeks: number;
      readonly durationMinutes: number;
    }
  | { readonly name: 'annuleer'; readonly date: string }
  | {
      readonly name: 'verplaats';
      readonly date: string;
      readonly toDate: string;
      readonly toTime: string | null;
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
  | { readonly name: 'ontkoppel' }
  | { readonly name: 'onbekend' }
  /** A known command typed in a way it cannot be read; `command` names it, for its usage. */
  | { readonly name: 'ongeldig'; readonly command: string };

/** The stuurgroep's calendar: list, add, remove a meeting date, or change the digest settings. */
export type StuurgroepCommand =
  | { readonly name: 'stuurgroep'; readonly action: 'lijst' }
  | { readonly name: 'stuurgroep'; readonly action: 'toevoegen' | 'weg'; readonly date: string }
  | {
      readonly name: 'stuurgroep';
      readonly action: 'instellingen';
      readonly days: number | null;
      readonly periodKind: 'tertiaal' | 'sinds-vorige' | null;
    };

export type ReminderSetting =
  | { readonly key: 'agenda' | 'herinnering' | 'uur'; readonly value: number }
  | { readonly key: 'weekend' | 'checkin'; readonly value: boolean };

const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const TIME = '(\\d{1,2}[:.]\\d{2})';

export const USAGE: Record<string, string> = {
  agendapunt: 'agendapunt <tekst>',
  actiepunt: 'actiepunt <tekst> [tot <datum>]',
  klaar: 'klaar <nummer uit de lijst van actiepunten>',
  'nieuwe-reeks': 'nieuwe-reeks <datum> <UU:MM> [elke N weken] [duur M minuten]',
  annuleer: 'annuleer <datum>',
  verplaats: 'verplaats <datum> naar <datum> [UU:MM]',
  wijzig: 'wijzig vanaf <datum> [elke N weken] [om UU:MM]',
  vakantie: 'vakantie <naam> <datum> t/m <datum>',
  samenvatting: 'samenvatting [JJJJ-Tn | JJJJ-MM-DD (een stuurgroepdatum) | laatste]',
  stuurgroep:
    'stuurgroep [<datum> | weg <datum> | instellingen [dagen 1-60] [periode tertiaal|sinds-vorige]]',
  landelijk: 'landelijk [JJJJ-Tn | JJJJ-MM-DD..JJJJ-MM-DD]',
  'nieuwe-werkgroep': 'nieuwe-werkgroep [naam]',
  koppel: 'koppel <naam van de werkgroep>',
  ontkoppel: 'ontkoppel',
  herinneringen:
    'herinneringen [agenda <dagen> | herinnering <dagen> | uur <0-23> | weekend ja/nee | checkin ja/nee]',
};

/** How a <datum> may be written (in Dutch), said wherever a usage asks for one. */
export const DATE_HINT = nl.help.dateHint;

/** A command's usage, with how to write a date when it asks for one. */
export function usageOf(name: string, prefix: string): string {
  const usage = `${prefix}${USAGE[name] ?? name}`;
  return usage.includes('<datum>') ? `${usage}. ${words().help.dateHint}` : usage;
}

/**
 * `today` (the local date in SCHAKEL_TIMEZONE) lets dates be typed as people write them: "30 dec",
 * "30-12", "dinsdag", "volgende week dinsdag", "over twee weken", "morgen" (src/schedule/dutch-date.ts).
 * Without it only JJJJ-MM-DD is read. Dates come out as JJJJ-MM-DD.
 */
export function parseCommand(input: string, today?: LocalDate): Command {
  /** A typed date as JJJJ-MM-DD, or null. */
  const day = (text: string | undefined): string | null => {
    if (text === undefined) return null;
    if (today) return dutchDateText(text, today);
    return new RegExp(`^${DATE}$`).test(text) ? text : null;
  };
  const text = input.trim().replace(/\s+/g, ' ');
  const [word = '', ...restWords] = text.split(' ');
  const rest = restWords.join(' ');
  const name = word.toLowerCase();
  const bad = (): Command => ({ name: 'ongeldig', command: name });
  // Without details, the projectleider's commands open a form instead.
  if (rest === '') {
    if (name === 'nieuwe-reeks') return { name: 'formulier', form: 'reeks-nieuw' };
    if (name === 'wijzig') return { name: 'formulier', form: 'reeks-wijzig' };
    if (name === 'verplaats' || name === 'annuleer') return { name: 'formulier', form: 'bijeenkomst' };
  }
  switch (name) {
    case '':
    case 'help':
    case 'hulp':
      return { name: 'help', all: /^all/i.test(rest) };
    case 'volgende':
    case 'agenda':
    case 'actiepunten':
    case 'reeks':
    case 'mijn-gegevens':
    case 'logboek':
    case 'mislukt':
      return { name };
    case 'taal':
    case 'language':
      return { name: 'taal', choice: rest === '' ? null : rest.toLowerCase() };
    case 'checkin':
    case 'checklist':
    case 'checklist-werkgroep':
    case 'voortgang':
      return { name };
    case 'checkin-dagen': {
      const n = Number.parseInt(rest, 10);
      return String(n) === rest ? { name, days: n } : bad();
    }
    case 'samenvatting': {
      if (rest === '') return { name, period: null };
      if (rest.toLowerCase() === 'laatste') return { name: 'samenvatting-laatste' };
      if (new RegExp(`^(?:SG-)?${DATE}$`, 'i').test(rest)) return { name, period: rest.toUpperCase() };
      return /^\d{4}-T[123]$/i.test(rest) ? { name, period: rest.toUpperCase() } : bad();
    }
    case 'stuurgroep':
      return parseStuurgroep(rest, day) ?? bad();
    case 'landelijk': {
      if (rest === '') return { name, period: null };
      // One tertiaal, or VAN..TOT with dates or tertialen as `schakel national` takes them.
      const period = rest.toUpperCase().replace(/ ?\.\. ?/, '..');
      const bound = `(?:\\d{4}-T[123]|${DATE})`;
      return new RegExp(`^${bound}(?:\\.\\.${bound})?$`).test(period) ? { name, period } : bad();
    }
    case 'vergeet-mij':
      return { name, confirmed: rest.toLowerCase() === 'bevestig' };
    case 'herinneringen': {
      if (!rest) return { name, setting: null };
      const m = rest.toLowerCase().match(/^(agenda|herinnering|uur|weekend|checkin) (\d{1,2}|ja|nee)$/);
      if (!m?.[1] || !m[2]) return bad();
      const key = m[1];
      if (key === 'weekend' || key === 'checkin') {
        return m[2] === 'ja' || m[2] === 'nee' ? { name, setting: { key, value: m[2] === 'ja' } } : bad();
      }
      const n = Number(m[2]);
      return Number.isInteger(n) && (key === 'agenda' || key === 'herinnering' || key === 'uur')
        ? { name, setting: { key, value: n } }
        : bad();
    }
    case 'vakantie': {
      // The name may hold spaces, so each split before " t/m " is tried for a date.
      const m = rest.match(/^(.+) t\/m (.+)$/i);
      const to = day(m?.[2]);
      const words = (m?.[1] ?? '').split(' ');
      for (let i = 1; to && i < words.length; i++) {
        const from = day(words.slice(i).join(' '));
        if (from) return { name, label: words.slice(0, i).join(' '), from, to };
      }
      return bad();
    }
    case 'nieuwe-werkgroep':
      return { name, naam: rest || null };
    case 'koppel':
      return rest ? { name, werkgroep: rest } : bad();
    case 'ontkoppel':
      return { name };
    case 'agendapunt':
      return rest ? { name, text: rest } : bad();
    case 'actiepunt': {
      const m = rest.match(/^(.+) tot (.+)$/i);
      const due = day(m?.[2]);
      if (m?.[1] && due) return { name, text: m[1], dueDate: due };
      return rest ? { name, text: rest, dueDate: null } : bad();
    }
    case 'klaar': {
      const n = Number.parseInt(rest, 10);
      return Number.isInteger(n) && n > 0 && String(n) === rest ? { name, number: n } : bad();
    }
    case 'nieuwe-reeks': {
      const m = rest.match(
        new RegExp(
          `^(.+?) (?:om )?${TIME}(?: elke (\\d{1,2}) weken)?(?: duur (\\d{1,3})(?: minuten)?)?$`,
          'i',
        ),
      );
      const date = day(m?.[1]);
      return m?.[2] && date
        ? {
            name,
            date,
            time: clock(m[2]),
            everyWeeks: Number(m[3] ?? 4),
            durationMinutes: Number(m[4] ?? 90),
          }
        : bad();
    }
    case 'annuleer': {
      const date = day(rest);
      return date ? { name, date } : bad();
    }
    case 'verplaats': {
      const m = rest.match(new RegExp(`^(.+?) naar (.+?)(?: (?:om )?${TIME})?$`, 'i'));
      const [date, toDate] = [day(m?.[1]), day(m?.[2])];
      return m && date && toDate ? { name, date, toDate, toTime: m[3] ? clock(m[3]) : null } : bad();
    }
    case 'wijzig': {
      const m = rest.match(new RegExp(`^vanaf (.+?)(?: elke (\\d{1,2}) weken)?(?: om ${TIME})?$`, 'i'));
      const from = day(m?.[1]);
      return m && from && (m[2] || m[3])
        ? { name, from, everyWeeks: m[2] ? Number(m[2]) : null, time: m[3] ? clock(m[3]) : null }
        : bad();
    }
    default:
      return { name: 'onbekend' };
  }
}

function parseStuurgroep(rest: string, day: (text: string) => string | null): StuurgroepCommand | null {
  const name = 'stuurgroep';
  if (rest === '') return { name, action: 'lijst' };
  const removed = /^weg /i.test(rest);
  const date = day(removed ? rest.slice(4) : rest);
  if (date) return { name, action: removed ? 'weg' : 'toevoegen', date };
  const s = rest
    .toLowerCase()
    .match(
      /^instellingen(?: dagen (\d{1,3}))?(?: periode (tertiaal|sinds[- ]vorige))?(?: dagen (\d{1,3}))?$/,
    );
  if (!s || (s[1] && s[3])) return null;
  const days = s[1] ?? s[3];
  const periodKind = s[2] === 'tertiaal' ? s[2] : s[2] ? 'sinds-vorige' : null;
  return { name, action: 'instellingen', days: days ? Number(days) : null, periodKind };
}

/** "9.30" and "9:30" both mean 09:30. */
function clock(t: string): string {
  const [h = '0', m = '00'] = t.split(/[:.]/);
  return `${h.padStart(2, '0')}:${m}`;
}

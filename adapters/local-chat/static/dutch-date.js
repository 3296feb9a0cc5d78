// Input.Date drawn as a Dutch date field: the browser's own <input type="date"> follows the
// browser's language (mm/dd/yyyy in an English browser, which a Dutch reader takes as 4 March for
// 3 April). Here the person types day-month-year (3-4-2026, 3 april 2026) or picks from a Dutch
// calendar, sees the date written out with its weekday, and the card still sends JJJJ-MM-DD.
import { dutchCalendar } from './dutch-calendar.js';
import { typedInput } from './typed-input.js';

const AC = globalThis.AdaptiveCards;
const MONTHS = Array.from({ length: 12 }, (_, m) =>
  new Intl.DateTimeFormat('nl-NL', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, m, 1)),
);
const LONG = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const pad = (n) => String(n).padStart(2, '0');
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const asDate = (value) => new Date(`${value}T00:00:00Z`);
/** "vrijdag 3 april 2026". */
export const writtenOut = (value) => LONG.format(asDate(value));
/** "03-04-2026", as the field shows a date. */
export const dayMonthYear = (value) => value.split('-').reverse().join('-');
/** Today as the page knows it (the time in Schakel, which the local chat can move ahead). */
let todayIso = () => {
  const t = new Date();
  return iso(t.getFullYear(), t.getMonth() + 1, t.getDate());
};

/** A month by its Dutch name or the start of it (apr, mrt for maart): 1–12, or 0. */
function monthByName(word) {
  const w = word.replace(/\.$/, '');
  if (w === 'mrt') return 3;
  if (w.length < 3) return 0;
  return MONTHS.findIndex((name) => name.startsWith(w)) + 1;
}

/**
 * A date as Dutch people write it, day first: 3-4-2026, 3/4/26, 3.4.2026, 03042026, 3 april 2026,
 * 3 apr; or year first, 2026-04-03. Without a year, the first such day from `today` on. '' for nothing typed, null for text
 * that is no date.
 */
export function parseDutchDate(text, today = todayIso()) {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!t) return '';
  // Year first (2026-04-03, as pasted from elsewhere) cannot be misread either.
  const yearFirst = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (yearFirst) return parseDutchDate(`${yearFirst[3]}-${yearFirst[2]}-${yearFirst[1]}`);
  const parts =
    /^(\d{1,2})[-/. ](\d{1,2})(?:[-/. ](\d{2}|\d{4}))?$/.exec(t) ??
    /^(\d{2})(\d{2})(\d{4})$/.exec(t) ??
    /^(\d{1,2})\.? ?([a-z]+\.?)(?: (\d{2}|\d{4}))?$/.exec(t);
  if (!parts) return null;
  const day = Number(parts[1]);
  const month = /^\d+$/.test(parts[2]) ? Number(parts[2]) : monthByName(parts[2]);
  const valid = (y) => {
    const d = new Date(Date.UTC(y, month - 1, day));
    return month >= 1 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? iso(y, month, day) : null;
  };
  if (parts[3]) return valid(parts[3].length === 2 ? 2000 + Number(parts[3]) : Number(parts[3]));
  const year = Number(today.slice(0, 4));
  const thisYear = valid(year);
  return thisYear && thisYear >= today ? thisYear : valid(year + 1);
}

/**
 * What the server read of text the page cannot read ("vrijdag 18 dec", "volgende week dinsdag"):
 * the same Dutch date reading as the typed commands, today in Schakel's time. Text → JJJJ-MM-DD or
 * null; asked for once per text while the person types.
 */
const served = new Map();
const key = (text) => text.trim().toLowerCase().replace(/\s+/g, ' ');
/** A date typed in the field: read here, or by the server already; '' for nothing, null for no date. */
export const readDate = (text) => parseDutchDate(text) ?? served.get(key(text)) ?? null;
/** Asks the server to read `text` when the page cannot; resolves true once it has a date for it. */
async function askServer(text) {
  const k = key(text);
  if (parseDutchDate(text) !== null || served.has(k)) return false;
  const res = await fetch(`/api/datum?tekst=${encodeURIComponent(k)}`).catch(() => null);
  const body = res?.ok ? await res.json().catch(() => null) : null;
  served.set(k, body?.datum ?? null);
  return Boolean(body?.datum);
}

/**
 * The words the field says (from the catalogue, via the page's `woorden.datum`), and `today`: a
 * function giving today's date, JJJJ-MM-DD.
 */
let words = {};
export function useDateWords(w, today) {
  words = w ?? {};
  if (today) todayIso = today;
}
/** Where the calendar opens without a date filled in: today, or the nearest day it offers. */
const startOf = ({ min, max }) => {
  const today = todayIso();
  return min && today < min ? min : max && today > max ? max : today;
};
const fill = (template, value) => (template ?? '').replace('{datum}', writtenOut(value));
/** The words with their example: a week from today in Schakel's time (9-3-2026, 9 maart 2026). */
const withExample = (template) => {
  const next = new Date(asDate(todayIso()).getTime() + 7 * 86_400_000);
  const [y, m, d] = [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
  return (template ?? '')
    .replace('{voorbeeld}', `${d}-${m}-${y}`)
    .replace('{voluit}', `${d} ${MONTHS[m - 1]} ${y}`);
};

const DateField = typedInput(AC.DateInput, {
  parse: (text) => readDate(text),
  format: dayMonthYear,
  problems: () => ({
    none: withExample(words.notADate),
    beforeMin: (min) => fill(words.beforeMin, min),
    afterMax: (max) => fill(words.afterMax, max),
  }),
});

export class DutchDateInput extends DateField {
  internalRender() {
    const box = document.createElement('div');
    box.className = 'datum';
    const row = document.createElement('div');
    row.className = 'datum-rij';
    const said = document.createElement('div');
    said.className = 'datum-uitleg';
    said.setAttribute('aria-live', 'polite');
    const explain = () => {
      const value = readDate(text.value);
      said.textContent = value ? writtenOut(value) : value === '' ? withExample(words.hint) : '';
    };
    const text = this.textField('datum-tekst', words.placeholder, said, () => explain());
    // What the page cannot read, the server may ("vrijdag 18 dec"): said once it answers.
    text.addEventListener('input', () => {
      const asked = text.value;
      void askServer(asked).then((found) => {
        if (!found || text.value !== asked) return;
        if (document.activeElement !== text) text.value = dayMonthYear(readDate(asked));
        explain();
        this.valueChanged();
        if (this._renderedErrorMessageElement) this.validateValue();
      });
    });
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'datum-knop';
    button.textContent = words.calendar ?? '';
    button.setAttribute('aria-expanded', 'false');
    row.append(text, button);

    const calendar = dutchCalendar({
      button,
      bounds: () => ({ min: this.min, max: this.max }),
      chosen: () => readDate(text.value) || '',
      start: () => startOf(this),
      words,
      writtenOut,
      onPick: (value) => {
        text.value = dayMonthYear(value);
        explain();
        this.valueChanged();
        // An error shown for what was there before is not left beside the day picked.
        if (this._renderedErrorMessageElement || text.getAttribute('aria-invalid') === 'true')
          this.validateValue();
        text.focus();
      },
      onClose: () => text.focus(),
    });
    text.addEventListener('keydown', (ev) => {
      if (ev.key === 'ArrowDown' && ev.altKey) {
        ev.preventDefault();
        calendar.open();
      }
    });
    explain();
    box.append(row, said, calendar.element);
    return box;
  }
}

AC.GlobalRegistry.elements.register('Input.Date', DutchDateInput);

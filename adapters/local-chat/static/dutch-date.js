// Input.Date drawn as a Dutch date field: the browser's own <input type="date"> follows the
// browser's language (mm/dd/yyyy in an English browser, which a Dutch reader takes as 4 March for
// 3 April). Here the person types day-month-year (3-4-2026, 3 april 2026) or picks from a Dutch
// calendar, sees the date written out with its weekday, and the card still sends JJJJ-MM-DD.
import { dutchCalendar } from './dutch-calendar.js';
import { typedInput } from './typed-input.js';

const AC = globalThis.AdaptiveCards;
/** How the played person's language writes a date (the catalogue's dateLocale): nl-NL, en-GB. */
let dateLocale = 'nl-NL';
/** Month `m` (1-12) by its name in the played person's language: maart, March. */
const monthName = (m) =>
  new Intl.DateTimeFormat(dateLocale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, m - 1, 1));
const long = () =>
  new Intl.DateTimeFormat(dateLocale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
const pad = (n) => String(n).padStart(2, '0');
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const asDate = (value) => new Date(`${value}T00:00:00Z`);
/** "vrijdag 3 april 2026" (in English "Friday 3 April 2026"). */
export const writtenOut = (value) => long().format(asDate(value));
/** "03-04-2026", as the field shows a date. */
export const dayMonthYear = (value) => value.split('-').reverse().join('-');
/** Today as the page knows it (the time in Schakel, which the local chat can move ahead). */
let todayIso = () => {
  const t = new Date();
  return iso(t.getFullYear(), t.getMonth() + 1, t.getDate());
};

/**
 * What Schakel read of the text typed, JJJJ-MM-DD or null: one reader for the field and the
 * commands (src/schedule/dutch-date.ts behind /api/datum, today in Schakel's time), so the hint
 * under the field says the date the card then sends. Asked for once per text, after a pause in
 * typing or when the person leaves the field. "morgen" read yesterday is read again once Schakel's
 * day moved on (the local chat can move its time ahead), and an answer that comes after the day
 * moved on while it was asked is not kept but asked again; a date the field wrote itself never is.
 * A request that failed is kept as nothing: the field says Schakel could not read it, and it is
 * asked again (typing, leaving the field, or pressing the card's button).
 */
const served = new Map();
/** Of a text read as no date: how Schakel says the date it names does not exist ({ nl, en }), if so. */
const missing = new Map();
const exact = new Map();
const asking = new Map();
const failed = new Set();
let readOn = '';
const readings = () => {
  if (todayIso() !== readOn) {
    served.clear();
    missing.clear();
  }
  readOn = todayIso();
  return served;
};
const key = (text) => text.trim().toLowerCase().replace(/\s+/g, ' ');
/** A date typed in the field as Schakel read it: '' for nothing, null for no date, undefined until read. */
export const readDate = (text) => (key(text) ? (exact.get(key(text)) ?? readings().get(key(text))) : '');
/** Whether Schakel has answered for `text` yet. */
const known = (text) => !key(text) || exact.has(key(text)) || readings().has(key(text));
/** Whether the last request for `text` failed (not answered, or not with a reading). */
const unreadable = (text) => failed.has(key(text)) && !known(text);
/** Asks Schakel to read `text`; resolves once it answered or the request failed. */
function askServer(text) {
  const k = key(text);
  if (known(k)) return Promise.resolve();
  if (!asking.has(k)) {
    const day = todayIso();
    const answer = fetch(`/api/datum?tekst=${encodeURIComponent(k)}`)
      .then((res) => (res.ok ? res.json() : null))
      .catch(() => null)
      .then((body) => {
        asking.delete(k);
        // Read on a day that is over now ("morgen" of yesterday): asked again.
        if (todayIso() !== day) return askServer(k);
        if (body && 'datum' in body) {
          failed.delete(k);
          readings().set(k, body.datum ?? null);
          if (body.bestaatNiet) missing.set(k, body.bestaatNiet);
          else missing.delete(k);
        } else failed.add(k);
        document.dispatchEvent(new Event(READ));
      });
    asking.set(k, answer);
  }
  return asking.get(k);
}
/** Told on the page when a reading came in (or failed), so every field says it. */
const READ = 'schakel-datum-gelezen';
/**
 * Asks again for the texts of a card's date fields (`element`, the card pressed) whose request
 * failed; resolves once all answered. Null when none of them failed (cards.js).
 */
export const readFailedAgain = (element) => {
  const texts = [...element.querySelectorAll('.datum-tekst')].map((f) => key(f.value));
  const again = [...new Set(texts)].filter((k) => failed.has(k));
  return again.length > 0 ? Promise.all(again.map((k) => askServer(k))) : null;
};
/** A field's text changed from `before`: its failed reading is dropped, unless another field still holds it. */
const forget = (before, field) => {
  const k = key(before);
  const fields = [...document.querySelectorAll('.datum-tekst')];
  if (!fields.some((f) => f !== field && key(f.value) === k)) failed.delete(k);
};
/** A date as the field writes it (03-04-2026), known as that date without asking. */
const written = (value) => {
  const text = dayMonthYear(value);
  exact.set(key(text), value);
  return text;
};
/** Resolves once every text asked for is read; null when none is being read. */
export const datesBeingRead = () => (asking.size > 0 ? Promise.all(asking.values()) : null);
/** A pause in typing this long, and the text is asked for. */
const PAUSE_MS = 250;

/**
 * The words the field says (from the catalogue, via played-language.js, in the played person's language), and `today`: a
 * function giving today's date, JJJJ-MM-DD.
 */
let words = {};
export function useDateWords(w, today, locale) {
  words = w ?? {};
  if (today) todayIso = today;
  if (locale) dateLocale = locale;
}
/** Where the calendar opens without a date filled in: today, or the nearest day it offers. */
const startOf = ({ min, max }) => {
  const today = todayIso();
  return min && today < min ? min : max && today > max ? max : today;
};
const fill = (template, value) => (template ?? '').replace('{datum}', writtenOut(value));
/** The words with their example: a week from today in Schakel's time (9-3-2026, 9 maart 2026 or 9 March 2026). */
const withExample = (template) => {
  const next = new Date(asDate(todayIso()).getTime() + 7 * 86_400_000);
  const [y, m, d] = [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
  return (template ?? '')
    .replace('{voorbeeld}', `${d}-${m}-${y}`)
    .replace('{voluit}', `${d} ${monthName(m)} ${y}`);
};

/**
 * Why `text` is no date: a day no calendar has in the words the chat uses ("31 februari 2027
 * bestaat niet"), else that it is no date; each with an example.
 */
const noDate = (text) => {
  const said = text === undefined ? undefined : missing.get(key(text));
  if (!said || !words.noSuchDate) return withExample(words.notADate);
  return withExample(words.noSuchDate).replace('{bestaatniet}', said[words.taal] ?? said.nl);
};

const DateField = typedInput(AC.DateInput, {
  parse: (text) => readDate(text),
  format: written,
  problems: (text) => ({
    none: text !== undefined && unreadable(text) ? words.unreadable : noDate(text),
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
      said.textContent = value
        ? writtenOut(value)
        : value === ''
          ? withExample(words.hint)
          : unreadable(text.value)
            ? words.unreadable
            : '';
    };
    const text = this.textField('datum-tekst', words.placeholder, said, () => read(text.value));
    /** Schakel's reading of `asked`, said once it answers, if the person did not type on. */
    const read = (asked) =>
      askServer(asked).then(() => {
        if (key(text.value) !== key(asked)) return;
        const value = readDate(asked);
        if (value && document.activeElement !== text) text.value = written(value);
        explain();
        this.valueChanged();
        if (this._renderedErrorMessageElement) this.validateValue();
      });
    // A reading asked again from elsewhere (the card's button) is said here too.
    const heard = () => {
      if (!said.isConnected) return document.removeEventListener(READ, heard);
      if (key(text.value) && !asking.has(key(text.value))) explain();
    };
    document.addEventListener(READ, heard);
    let pause;
    let before = text.value;
    const changed = () => {
      if (key(text.value) !== key(before)) forget(before, text);
      before = text.value;
    };
    text.addEventListener('input', () => {
      changed();
      clearTimeout(pause);
      // No reading of what was there before is left beside what is there now.
      if (known(text.value)) return explain();
      said.textContent = '';
      pause = setTimeout(() => read(text.value), PAUSE_MS);
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
      locale: () => dateLocale,
      onPick: (value) => {
        text.value = written(value);
        changed();
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

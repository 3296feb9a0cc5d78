// Input.Time drawn as a Dutch time field: the browser's own <input type="time"> follows the
// browser's language (hh:mm AM/PM in an English browser). Here the person types the 24-hour
// time as Dutch people write it (14:00, 14.00, 14u, 1400) and the card still sends UU:MM.
import { typedInput } from './typed-input.js';

const AC = globalThis.AdaptiveCards;

/** A time as Dutch people write it: 14:00, 9.30, 14u, 14 uur, 1400, 14. '' for nothing, null for no time. */
export function parseDutchTime(text) {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\s*(uur|u)$/, '');
  if (!t) return '';
  const parts = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(t);
  if (!parts) return null;
  const hours = Number(parts[1]);
  const minutes = Number(parts[2] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The words the field says (from the catalogue, via played-language.js, in the played person's language). */
let words = {};
export function useTimeWords(w) {
  words = w ?? {};
}

export class DutchTimeInput extends typedInput(AC.TimeInput, {
  parse: parseDutchTime,
  format: (value) => value,
  problems: () => ({
    none: words.notATime,
    beforeMin: (min) => (words.beforeMin ?? '').replace('{tijd}', min),
    afterMax: (max) => (words.afterMax ?? '').replace('{tijd}', max),
  }),
}) {
  internalRender() {
    const box = document.createElement('div');
    box.className = 'tijdveld';
    const hint = document.createElement('div');
    hint.className = 'datum-uitleg';
    hint.textContent = words.hint ?? '';
    box.append(this.textField('tijd-tekst', words.placeholder, hint), hint);
    return box;
  }
}

AC.GlobalRegistry.elements.register('Input.Time', DutchTimeInput);

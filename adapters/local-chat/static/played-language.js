// The page's words that follow the language of the person played (`taal en`), beyond those in a
// conversation (chat.js's `state.spoken()`): a card's date and time fields and the meeting button.
import { useDateWords } from './dutch-date.js';
import { useTimeWords } from './dutch-time.js';

/**
 * Sets the date and time fields' words and the button "Bijeenkomst afronden" in the played
 * person's language; before their messages are drawn. Today in Schakel's zone, at the time in
 * Schakel (en-CA writes JJJJ-MM-DD).
 */
export function speakPlayedLanguage(state) {
  const spoken = state.spoken();
  useTimeWords(spoken.tijd);
  useDateWords(spoken.datum, () =>
    new Date(state.now ?? Date.now()).toLocaleDateString('en-CA', { timeZone: state.timeZone }),
  );
  const button = document.getElementById('afronden');
  if (button) button.textContent = spoken.afronden;
}

// The page's words that follow the language of the person played (`taal en`), beyond those in a
// conversation (chat.js's `state.spoken()`): a card's date and time fields, the meeting button,
// and the page's fixed words (the sidebar, the header, where one types: index.html's data-woord).
import { useDateWords } from './dutch-date.js';
import { useTimeWords } from './dutch-time.js';

/**
 * Sets the date and time fields' words, the button "Bijeenkomst afronden" and the page's fixed
 * words in the played person's language; before their messages are drawn. Today in Schakel's
 * zone, at the time in Schakel (en-CA writes JJJJ-MM-DD).
 */
export function speakPlayedLanguage(state) {
  const spoken = state.spoken();
  useTimeWords(spoken.tijd);
  useDateWords(
    spoken.datum,
    () => new Date(state.now ?? Date.now()).toLocaleDateString('en-CA', { timeZone: state.timeZone }),
    spoken.zijbalk?.dateLocale,
  );
  const button = document.getElementById('afronden');
  if (button) button.textContent = spoken.afronden;
  const fixed = spoken.zijbalk;
  if (!fixed) return;
  document.documentElement.lang = state.taal;
  for (const el of document.querySelectorAll('[data-woord]')) el.textContent = fixed[el.dataset.woord];
  for (const el of document.querySelectorAll('[data-woord-label]'))
    el.setAttribute('aria-label', fixed[el.dataset.woordLabel]);
  for (const el of document.querySelectorAll('[data-woord-placeholder]'))
    el.setAttribute('placeholder', fixed[el.dataset.woordPlaceholder]);
  const privacy = document.querySelector('#privacy a');
  if (privacy && spoken.privacy) privacy.textContent = spoken.privacy;
  const restart = document.getElementById('herstart');
  if (restart) restart.textContent = spoken.herstart;
  const as = document.getElementById('als');
  if (as && state.role)
    as.textContent = spoken.speeltAls.replace('{naam}', state.role.naam).replace('{rol}', roleIn(state));
  const explained = document.getElementById('rol-uitleg');
  if (explained && state.role) explained.textContent = `${roleIn(state)}, ${state.role.organisatie}`;
  if (state.conversation)
    document.getElementById('titel').textContent = conversationName(state, state.conversation);
}

/** What the played person is (projectleider, werkgroeplid GGZ…), in their own language. */
export function roleIn(state) {
  return state.spoken()?.rollen?.[state.role.soort] ?? state.role.rol;
}

/** A conversation's name in the sidebar and header: a channel's own, the personal chat's in the played person's words. */
export function conversationName(state, c) {
  if (c.type === 'channel') return `# ${c.name}`;
  return state.spoken()?.zijbalk?.title ?? c.name;
}

/** The sidebar's "3 nieuw" on a conversation, in the played person's words. */
export function unreadLabel(state, n) {
  return (state.spoken()?.zijbalk?.unread ?? '{n}').replace('{n}', String(n));
}

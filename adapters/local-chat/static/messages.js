// Schakel lokaal: the messages of the open conversation as the page draws them (messages.css):
// a message, its cards and file offers, a renewed card in its place, and the note a pressed
// button answered with.
import { markdown, renderCard } from './cards.js';
import { FILE_CONSENT, FILE_INFO, fileOffers } from './file-offers.js';

const CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * `d`: the page's state and helpers (chat.js), `time` its clock (time-in-schakel.js). Returns
 * `renderMessage` (a message's element) and `show` (a message drawn in, or renewed in its place).
 */
export function conversationMessages({ state, $, api, busy, warn, time }) {
  const renderFile = fileOffers({ state, api, busy, warn });

  /**
   * The notes a pressed button answered with (`Alleen de projectleider…`), per played person and
   * message: a redraw of the conversation (after the clock moved, a press during the jump) draws
   * them again, so nothing the person was told vanishes. Schakel renewing the card ends its note.
   */
  const notes = new Map();
  const noteKey = (id) => `${state.role?.key}\u0000${id}`;

  function addNote(bubble, text) {
    const note = document.createElement('div');
    note.className = 'notitie';
    note.setAttribute('role', 'status');
    note.textContent = text;
    bubble.querySelector('.notitie')?.remove();
    bubble.append(note);
  }

  /** The note under the message `id` as it is drawn now: the element pressed may have been redrawn. */
  function showNote(id, text) {
    notes.set(noteKey(id), text);
    const li = $('berichten').querySelector(`[data-id="${CSS.escape(id)}"]`);
    const bubble = li?.querySelector('.wolk');
    if (bubble) addNote(bubble, text);
  }

  /**
   * Each drawn message with the activity it was drawn from (as JSON, with the language): the same
   * message heard again (the live stream after the conversation's own load, a redraw of the same
   * conversation) keeps its element, so what the person chose or typed in its form stays.
   */
  const drawnFrom = new WeakMap();
  const drawnAs = (a) => `${state.taal}\u0000${JSON.stringify(a)}`;

  /** The element already drawn for `a`, when it shows `a` as it is and nobody waits for Schakel's answer to it. */
  function unchanged(old, a) {
    return old && a.id !== state.answering && drawnFrom.get(old) === drawnAs(a) ? old : null;
  }

  function renderMessage(a) {
    const li = document.createElement('li');
    drawnFrom.set(li, drawnAs(a));
    li.className = `bericht${a.fromBot ? '' : ' van-mij'}${a.taken ? ' weggehaald' : ''}`;
    li.dataset.id = a.id;
    const who = document.createElement('div');
    who.className = 'wie';
    who.dataset.at = a.timestamp;
    who.dataset.from = a.from.name;
    who.textContent = `${a.from.name} · ${time.stamp(a.timestamp)}`;
    const bubble = document.createElement('div');
    bubble.className = 'wolk';
    const cards = a.attachments.filter((x) => x.contentType === CARD);
    const files = a.attachments.filter((x) => x.contentType === FILE_CONSENT || x.contentType === FILE_INFO);
    if ((cards.length === 0 && files.length === 0) || !a.fromBot) {
      const text = document.createElement('div');
      text.className = 'tekst';
      text.innerHTML = markdown(a.text);
      bubble.append(text);
    }
    for (const c of cards) bubble.append(renderCard(c.content, (verb, data) => act(a, verb, data)));
    for (const f of files) bubble.append(renderFile(a, f));
    if (a.updated) {
      const note = document.createElement('div');
      note.className = 'bijgewerkt';
      note.textContent = state.spoken().bijgewerkt;
      bubble.append(note);
    }
    const said = notes.get(noteKey(a.id));
    if (said !== undefined) addNote(bubble, said);
    li.append(who, bubble);
    return li;
  }

  function show(a) {
    const list = $('berichten');
    const old = list.querySelector(`[data-id="${CSS.escape(a.id)}"]`);
    if (unchanged(old, a)) return;
    // Schakel renewed the message: a note about the card as it was no longer belongs under it.
    if (old) notes.delete(noteKey(a.id));
    const li = renderMessage(a);
    // The keyboard was on the card being renewed (its button was pressed by keyboard): it stays on
    // the card, as in accessible chat clients, not back at the top of the page.
    const hadFocus = old?.contains(document.activeElement) ?? false;
    if (old) old.replaceWith(li);
    else list.append(li);
    // A form that replaces the card the person just used (Tekst aanpassen) comes into view from its
    // top, and the keyboard goes to its first field; anything else only scrolls the chat along.
    const answered = old && a.id === state.answering;
    const field = answered ? li.querySelector('input, select, textarea') : null;
    if (answered) state.answering = null;
    if (field) {
      li.scrollIntoView({ block: 'start' });
      return field.focus({ preventScroll: true });
    }
    li.scrollIntoView({ block: 'end' });
    // The renewed card itself takes the focus: its words are read first, Tab goes on to its buttons.
    if (hadFocus) {
      const bubble = li.querySelector('.wolk');
      bubble.tabIndex = -1;
      bubble.focus({ preventScroll: true });
    }
  }

  /** The inputs `ids` of the card `id` emptied: Schakel refused what was typed in them as client data. */
  function emptyInputs(id, ids) {
    const li = $('berichten').querySelector(`[data-id="${CSS.escape(id)}"]`);
    for (const input of ids) {
      const field = li?.querySelector(`[id="${CSS.escape(input)}"] :is(input, textarea)`);
      if (field) field.value = '';
    }
  }

  /** The cards whose press is on its way to Schakel: a second press (a double click) sends nothing more. */
  const acting = new Set();

  async function act(activity, verb, data) {
    if (acting.has(activity.id)) return;
    acting.add(activity.id);
    state.answering = activity.id;
    busy(1);
    try {
      const out = await api('/api/actie', {
        rol: state.role.key,
        gesprek: state.conversation.id,
        activiteit: activity.id,
        verb,
        data,
      });
      if (out.kind === 'note' || out.fout) showNote(activity.id, out.text ?? out.fout);
      if (Array.isArray(out.emptied)) emptyInputs(activity.id, out.emptied);
    } finally {
      acting.delete(activity.id);
      busy(-1);
    }
  }

  /**
   * The elements for `berichten` in the list shown now: the one already drawn where a message is
   * unchanged (its form keeps what the person entered), a new one where it is new or renewed.
   */
  function redraw(berichten) {
    const list = $('berichten');
    const drawn = new Map([...list.children].map((li) => [li.dataset.id, li]));
    return berichten.map((a) => unchanged(drawn.get(a.id), a) ?? renderMessage(a));
  }

  return { renderMessage, redraw, show };
}

// The sidebar on a narrow window: the ☰ button opens it over the conversation. Open, it says so to
// a screen reader (aria-expanded) and takes the focus; Escape, or a tap on the conversation beside
// it (on the dimmed layer over it, so nothing under the finger is pressed), closes it and gives the
// focus back to ☰. Closed, it is hidden (chat.css), so Tab does not
// walk through links and buttons nobody can see.

const $ = (id) => document.getElementById(id);

const isOpen = () => $('zijbalk').classList.contains('open');

/**
 * Opens (`open` true) or closes the sidebar and tells the ☰ button. The focus in an open sidebar
 * that closes (a conversation chosen, Escape) goes back to ☰, not lost with what is hidden.
 */
export function showSidebar(open) {
  const focusInside = isOpen() && !open && $('zijbalk').contains(document.activeElement);
  $('zijbalk').classList.toggle('open', open);
  $('scherm').hidden = !open;
  $('menu').setAttribute('aria-expanded', String(open));
  if (focusInside) $('menu').focus();
}

function close() {
  if (!isOpen()) return;
  showSidebar(false);
  $('menu').focus();
}

/** The ☰ button's behaviour, once at start. */
export function narrowMenu() {
  $('menu').addEventListener('click', () => {
    showSidebar(!isOpen());
    if (isOpen()) $('rol').focus();
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && isOpen()) {
      ev.preventDefault();
      close();
    }
  });
  // A tap on the conversation beside the open sidebar closes it, as in a phone's app. It lands on the
  // layer over the conversation, not on what lies under it.
  $('scherm').addEventListener('click', close);
}

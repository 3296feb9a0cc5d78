// Schakel lokaal: the time in Schakel as the page shows it. The sidebar's clock and the line
// under "Bijeenkomst afronden" follow the server's (movable) clock; a message's stamp carries its
// day when that is not today in Schakel.

/**
 * `d`: the page's state and helpers (chat.js); `reopen` redraws the open conversation, so its
 * messages' days are told against a moved clock.
 */
export function timeInSchakel({ state, $, api, busy, reopen }) {
  // Dates as the played person's language writes them (the catalogue's localChat.sidebar.dateLocale).
  const writing = () => state.spoken?.()?.zijbalk?.dateLocale ?? 'nl-NL';
  const when = (iso, withDate) =>
    new Date(iso).toLocaleString(writing(), {
      timeZone: state.timeZone,
      ...(withDate ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } : {}),
      hour: '2-digit',
      minute: '2-digit',
    });

  /** The day of a moment in the chat's zone, to compare two moments by. */
  const dayOf = (iso) => new Date(iso).toLocaleDateString('nl-NL', { timeZone: state.timeZone });

  /**
   * When a message was sent: its time, and its day too when that is not today in Schakel (after
   * the clock moved, a reminder from the day before and the check-in of today are told apart).
   */
  function stamp(iso) {
    // A message can arrive before the answer that moved the clock: then it is itself the newest
    // time in Schakel, not a day ahead of it, and the stamps already shown are told against it.
    if (state.now && new Date(iso) > new Date(state.now)) {
      state.now = iso;
      restamp();
    }
    return stampAgainstNow(iso);
  }

  /** The stamps shown (`.wie` lines carry their moment), told again against the time in Schakel. */
  function restamp() {
    for (const line of document.querySelectorAll('.wie[data-at]'))
      line.textContent = `${line.dataset.from} · ${stampAgainstNow(line.dataset.at)}`;
  }

  function stampAgainstNow(iso) {
    if (!state.now || dayOf(iso) === dayOf(state.now)) return when(iso);
    const day = new Date(iso).toLocaleDateString(writing(), {
      timeZone: state.timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    });
    return `${day}, ${when(iso)}`;
  }

  /** The time in Schakel as the server said it: in the sidebar, and what message days are compared to. */
  function showNow(iso) {
    const moved = state.now !== iso;
    state.now = iso;
    $('nu').textContent = when(iso, true);
    if (moved) restamp();
  }

  /**
   * Under "Bijeenkomst afronden": the werkgroep and date of the meeting it lets happen here, and
   * the time in Schakel above it (the server's clock, which the buttons move).
   */
  let asked = 0;
  async function showNextMeeting() {
    const conversation = state.conversation;
    const mine = ++asked;
    const q = new URLSearchParams({ rol: state.role.key, id: conversation.id });
    const out = await api(`/api/volgende?${q}`);
    // Asked again since (the clock moved, Schakel answered): an older answer arriving after the
    // newer one would put back a meeting already held, and the time before the jump.
    if (mine !== asked) return;
    if (out.nu) showNow(out.nu);
    if (state.conversation !== conversation) return;
    $('volgende').textContent = out.tekst ?? out.fout ?? '';
    if (typeof out.kanAfronden === 'boolean') canFinish(out.kanAfronden);
  }

  /** "Bijeenkomst afronden" only when there is a meeting to finish; the line under it says why not. */
  function canFinish(yes) {
    $('afronden').disabled = !yes;
  }

  /** The meeting under the button as the server put it in the page (its first view). */
  function showFirst(first) {
    $('volgende').textContent = first.volgende;
    canFinish(first.kanAfronden);
  }

  /** The clock and "Volgende:" follow what happens: each minute, and soon after Schakel said something. */
  const REFRESH_EVERY_MS = 15_000;
  let refreshSoon;
  function refreshAfterAnswer() {
    clearTimeout(refreshSoon);
    refreshSoon = setTimeout(showNextMeeting, 300);
  }

  // One press at a time: a double click (or a press while the clock is still moving) would move
  // the clock twice. The buttons say so while they wait (aria-disabled), and a press is ignored.
  let moving = false;
  const CLOCK_BUTTONS = ['afronden', 'dag', 'week'];
  async function moveTime(step) {
    if (moving) return;
    moving = true;
    for (const id of CLOCK_BUTTONS) $(id).setAttribute('aria-disabled', 'true');
    busy(1);
    try {
      const out = await api('/api/klok', { rol: state.role.key, gesprek: state.conversation.id, stap: step });
      // A failed step answers with only fout: the clock keeps showing the time it had.
      if (out.nu) showNow(out.nu);
      $('tijd-melding').textContent = out.tekst ?? out.fout ?? '';
      await showNextMeeting();
      // The messages' days are told against the new time.
      await reopen();
    } finally {
      busy(-1);
      moving = false;
      for (const id of CLOCK_BUTTONS) $(id).removeAttribute('aria-disabled');
    }
  }

  return {
    stamp,
    restamp,
    showNow,
    showNextMeeting,
    showFirst,
    refreshAfterAnswer,
    moveTime,
    REFRESH_EVERY_MS,
  };
}

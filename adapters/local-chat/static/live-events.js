// Schakel lokaal: what happens in the person's conversations while the page is open, as it
// happens. The server's stream carries only the played person's own chat and channels; playing
// another person closes it and opens theirs, so the page never hears another person's.

/**
 * `d`: the page's state and helpers (chat.js): `show` draws a message in the open conversation,
 * `open` opens a conversation again. Returns `follow(role)`: from now on, hear what `role` may.
 */
export function liveEvents({ state, api, time, show, open, renderSidebar, keepPlayable }) {
  let stream = null;

  /** After Schakel's answer: the person may have chosen another language (taal en); the chat follows. */
  async function followLanguage(conversation) {
    const { taal } = await api(
      `/api/gesprek?${new URLSearchParams({ rol: state.role.key, id: conversation.id })}`,
    );
    if (taal && taal !== state.taal && state.conversation === conversation) open(conversation);
  }

  function onEvent(e) {
    // Someone was erased (vergeet-mij): the people who can still be played.
    if (e.kind === 'spelers') return keepPlayable(e.spelers);
    const a = e.activity;
    // A `koppel`, a new werkgroep or a moved meeting changes which meeting is next.
    if (a.fromBot) time.refreshAfterAnswer();
    if (a.fromBot && a.conversationId === state.conversation?.id) followLanguage(state.conversation);
    if (a.conversationId === state.conversation?.id) return show(a);
    if (e.kind === 'activity' && a.fromBot && state.role.gesprekken.some((c) => c.id === a.conversationId)) {
      state.unread.set(a.conversationId, (state.unread.get(a.conversationId) ?? 0) + 1);
      renderSidebar();
    }
  }

  return function follow(role) {
    stream?.close();
    stream = new EventSource(`/api/gebeurtenissen?${new URLSearchParams({ rol: role.key })}`);
    stream.addEventListener('message', (m) => onEvent(JSON.parse(m.data)));
  };
}

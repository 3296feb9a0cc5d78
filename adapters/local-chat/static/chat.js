// Schakel lokaal: the page. It talks only to the server it came from.
import { linkOnlyTo } from './cards.js';
import { addressed, keepAddress } from './conversation-address.js';
import { liveEvents } from './live-events.js';
import { conversationMessages } from './messages.js';
import { narrowMenu, showSidebar } from './narrow-menu.js';
import { conversationName, speakPlayedLanguage, unreadLabel } from './played-language.js';
import { timeInSchakel } from './time-in-schakel.js';

const $ = (id) => document.getElementById(id);
const state = {
  roles: [],
  role: null,
  conversation: null,
  unread: new Map(),
  busy: 0,
  timeZone: undefined,
  /** The time in Schakel, as the server last said it. */
  now: undefined,
  words: {},
  /** The words in a conversation (file offers, Bijgewerkt), per language; `taal`: the played person's. */
  conversationWords: {},
  taal: 'nl',
  spoken: () => state.conversationWords[state.taal] ?? state.conversationWords.nl,
  /** The message whose button the person pressed last, until Schakel answers by replacing it. */
  answering: null,
};

/** The server's answer; when it cannot be reached or answers no JSON, a `fout` the page can show. */
async function api(path, body) {
  try {
    const res = await fetch(
      path,
      body === undefined
        ? {}
        : {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          },
    );
    return await res.json();
  } catch {
    return { fout: state.words.onbereikbaar };
  }
}

/**
 * A line above the input when something the person did got no answer in the chat. The line takes
 * room from the conversation above it: a conversation read to its end stays at its end, so the
 * line does not hide the bottom of the last message.
 */
function warn(text) {
  const last = $('berichten').lastElementChild;
  const atEnd =
    last && last.getBoundingClientRect().bottom <= $('berichten').getBoundingClientRect().bottom + 1;
  $('melding').textContent = text ?? '';
  $('melding').hidden = !text;
  if (atEnd) last.scrollIntoView({ block: 'end' });
}

/** The played person's own chat and channels, as the server lists them (and streams them). */
const conversations = () => state.role.gesprekken;

function busy(delta) {
  state.busy += delta;
  $('typt').hidden = state.busy === 0;
}

const time = timeInSchakel({ state, $, api, busy, reopen: () => open(state.conversation) });
const { renderMessage, redraw, show } = conversationMessages({ state, $, api, busy, warn, time });

function renderSidebar() {
  const item = (c) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.id = c.id;
    b.setAttribute('aria-current', String(c.id === state.conversation?.id));
    const name = document.createElement('span');
    name.textContent = conversationName(state, c);
    b.append(name);
    const n = state.unread.get(c.id) ?? 0;
    if (n > 0) {
      const badge = document.createElement('span');
      badge.className = 'ongelezen';
      badge.textContent = String(n);
      badge.setAttribute('aria-label', unreadLabel(state, n));
      b.append(badge);
    }
    b.addEventListener('click', () => {
      // A step in the browser's history: Back comes back here.
      keepAddress(state.role, c, true);
      open(c);
    });
    li.append(b);
    return li;
  };
  const all = conversations();
  $('chats').replaceChildren(...all.filter((c) => c.type === 'personal').map(item));
  $('kanalen').replaceChildren(...all.filter((c) => c.type === 'channel').map(item));
}

/**
 * The opening whose messages are on their way (the newest: only its answer is drawn), and what
 * the live stream drew in the conversation meanwhile, which its answer may not hold yet.
 */
let loading = null;
/** The conversation the list shows (as the played person has it), once its messages are drawn. */
let drawn = null;

/** `preloaded`: the conversation's messages as the page came with them (the first view). */
async function open(conversation, preloaded) {
  const load = { heard: [] };
  loading = load;
  state.conversation = conversation;
  state.unread.delete(conversation.id);
  $('titel').textContent = conversationName(state, conversation);
  showSidebar(false);
  renderSidebar();
  time.showNextMeeting();
  const list = $('berichten');
  list.setAttribute('aria-busy', 'true');
  const q = new URLSearchParams({ rol: state.role.key, id: conversation.id });
  const { berichten, fout, taal } = preloaded ?? (await api(`/api/gesprek?${q}`));
  // A later opening (another conversation, or this one clicked again while it loaded) asked after
  // this one: its answer is as new or newer, and it draws. Drawn after it, this older answer would
  // take away a message heard since, and what the person chose meanwhile in a form.
  if (loading !== load) return;
  loading = null;
  // The same conversation drawn again (the clock moved, the language changed): a warning about
  // what the person did there stays; another conversation starts without it.
  const again = drawn === conversation;
  state.taal = taal ?? 'nl';
  speakPlayedLanguage(state);
  // The personal chat's name and the clock's date in the played person's words.
  renderSidebar();
  if (state.now) time.showNow(state.now);
  if (fout || !again) warn(fout);
  if (!berichten) return list.setAttribute('aria-busy', 'false');
  // The same conversation again (opened twice, the clock moved): what the person entered in a form stays.
  list.replaceChildren(...(again ? redraw(berichten) : berichten.map(renderMessage)));
  if (again) time.restamp();
  drawn = conversation;
  list.dataset.gesprek = conversation.id;
  // What the live stream said while the messages were on their way: drawn again, in its order (the
  // same as drawn already changes nothing).
  for (const a of load.heard) show(a);
  list.setAttribute('aria-busy', 'false');
  list.lastElementChild?.scrollIntoView({ block: 'end' });
}

/**
 * A message the live stream brings into the open conversation, kept too for an opening on its way;
 * while the list still shows the conversation before, it waits for that opening's drawing.
 */
function showLive(a) {
  loading?.heard.push(a);
  if (drawn === state.conversation) show(a);
}

const follow = liveEvents({ state, api, time, show: showLive, open, renderSidebar, keepPlayable });

/** The picker of people to play: only the name, which is what fits; the rest in its title. */
function fillPicker() {
  $('rol').replaceChildren(
    ...state.roles.map((r) => {
      const o = document.createElement('option');
      o.value = r.key;
      o.textContent = r.naam;
      o.title = `${r.naam}: ${r.rol}, ${r.organisatie}`;
      return o;
    }),
  );
  $('rol').value = state.role.key;
}

function explainRole() {
  $('rol-uitleg').textContent = `${state.role.rol}, ${state.role.organisatie}`;
  $('als').textContent = state.words.speeltAls
    .replace('{naam}', state.role.naam)
    .replace('{rol}', state.role.rol);
  $('rol').value = state.role.key;
}

function play(role) {
  state.role = role;
  explainRole();
  // "Een dag later." was said to the person played before: not this one's, nor in their language.
  $('tijd-melding').textContent = '';
  state.unread.clear();
  follow(state.role);
}

/**
 * Someone was erased (vergeet-mij): gone from the picker at once, not after a reload. The person
 * played, erased, is played no more: the page plays the first one left, in their own chat, and says why.
 */
async function keepPlayable(keys) {
  const before = state.role;
  state.roles = state.roles.filter((r) => keys.includes(r.key));
  // Nobody left: the page as it starts without anyone to play.
  if (state.roles.length === 0) return window.location.reload();
  if (!state.roles.includes(before)) play(state.roles[0]);
  fillPicker();
  if (state.role === before) return;
  keepAddress(state.role, conversations()[0], false);
  await open(conversations()[0]);
  warn(state.words.vergeten.replace('{naam}', before.naam).replace('{ander}', state.role.naam));
}

// What the server put in the page to show first: drawn before the page's load event, so that a
// headless browser's screenshot (`chromium --headless --screenshot`) shows the first card.
const begin = JSON.parse(document.getElementById('begin')?.textContent || 'null');

async function start() {
  const t = begin?.toestand ?? (await api('/api/toestand'));
  state.words = t.woorden;
  state.conversationWords = t.gesprekWoorden;
  speakPlayedLanguage(state);
  $('herstart').textContent = t.woorden.herstart;
  // Schakel's privacy statement, on its own server (not this page's port): opens beside the chat.
  const privacy = { textContent: t.privacy.tekst, href: t.privacy.adres, target: '_blank', rel: 'noopener' };
  $('privacy').replaceChildren(Object.assign(document.createElement('a'), privacy));
  linkOnlyTo(t.eigenAdressen);
  state.timeZone = t.tijdzone;
  state.roles = t.rollen;
  // Nobody to play (a real region, no demo people): the page says why and what to do.
  if (state.roles.length === 0) {
    warn(t.woorden.niemand);
    time.showNow(t.nu);
    $('team-naam').textContent = t.team;
    // The form's own display would outdo `hidden`.
    $('invoer').style.display = 'none';
    $('rol').disabled = true;
    for (const id of ['afronden', 'dag', 'week']) $(id).disabled = true;
    document.body.dataset.klaar = 'ja';
    return;
  }
  // The person and conversation in the address (#rol=…&gesprek=…: a reload, Back), else the
  // first person's own chat.
  const shown = addressed(state.roles);
  state.role = shown.role;
  // The first view the server put in the page is the first person's own chat: another asks for its own.
  const first = state.role === state.roles[0] && shown.conversation === conversations()[0] ? begin : null;
  time.showNow(t.nu);
  $('team-naam').textContent = t.team;
  // Only the name in the picker, which is too narrow for more; the role and organisation, in
  // full, on the line under it.
  fillPicker();
  explainRole();
  $('rol').addEventListener('change', () => {
    play(state.roles.find((r) => r.key === $('rol').value));
    // Kept in the address, a step in the history: a reload plays the same person (not silently
    // the first one), Back the one played before.
    keepAddress(state.role, conversations()[0], true);
    open(conversations()[0]);
  });
  // Back and Forward: the person and conversation of that step, within the page.
  window.addEventListener('popstate', () => {
    const { role, conversation } = addressed(state.roles);
    if (role !== state.role) play(role);
    if (conversation !== state.conversation) open(conversation);
  });
  $('invoer').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const text = $('tekst').value.trim();
    if (!text) return;
    $('tekst').value = '';
    busy(1);
    warn('');
    try {
      const out = await api('/api/bericht', {
        rol: state.role.key,
        gesprek: state.conversation.id,
        tekst: text,
      });
      warn(out.fout);
      // Not sent: the text comes back, so the person can send it again.
      if (out.fout && !$('tekst').value) $('tekst').value = text;
    } finally {
      busy(-1);
    }
  });
  $('tekst').addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey) {
      ev.preventDefault();
      $('invoer').requestSubmit();
    }
  });
  $('afronden').addEventListener('click', () => time.moveTime('bijeenkomst'));
  $('dag').addEventListener('click', () => time.moveTime('dag'));
  $('week').addEventListener('click', () => time.moveTime('week'));
  narrowMenu();
  setInterval(time.showNextMeeting, time.REFRESH_EVERY_MS);
  follow(state.role);
  if (first) time.showFirst(first);
  keepAddress(state.role, shown.conversation, false);
  await open(shown.conversation, first ?? undefined);
  document.body.dataset.klaar = 'ja';
}

start();

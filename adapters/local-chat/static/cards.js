// Adaptive Cards drawn with Microsoft's own renderer (the adaptivecards package, loaded from this
// server), and the little Markdown Teams understands in a card's text.
// Date and time fields in Dutch, whatever the browser's language (these register Input.Date and
// Input.Time).
import { datesBeingRead, readFailedAgain } from './dutch-date.js';
import './dutch-time.js';

const AC = globalThis.AdaptiveCards;

// Quotes too: a link's address is put between quotes in its href, where a quote would end it.
const escapeHtml = (s) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Schakel's own addresses (origins): a bare link to one of them is clickable, as in Teams. */
let own = [];
export function linkOnlyTo(origins) {
  own = origins;
}
const isOwn = (url) => {
  try {
    return own.includes(new URL(url.replaceAll('&amp;', '&')).origin);
  } catch {
    return false;
  }
};
const link = (href, label) => `<a href="${href}" target="_blank" rel="noopener">${label}</a>`;
// A [label](link), or a bare link (without the punctuation that ends its sentence).
const LINK = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)|(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)])/g;

// A backslash before a sign makes it text (CommonMark's escape, as Schakel writes what a member
// typed): it is held as a private-use character while the Markdown is read, and put back after.
const HELD = 0xe000;
const hold = (line) =>
  line.replace(/\\([!-/:-@[-`{-~])/g, (_, c) => String.fromCharCode(HELD + c.charCodeAt(0)));
const release = (html) =>
  html.replace(/[\ue021-\ue07e]/g, (c) => escapeHtml(String.fromCharCode(c.charCodeAt(0) - HELD)));

/**
 * Teams' Markdown in cards: **bold**, _italic_, [links](…), "- " lists, <at>mentions</at> and
 * backslash escapes; a bare link only when it is one of Schakel's own (the digest's PDF and chart,
 * a shared file).
 */
export function markdown(text) {
  const inline = (line) =>
    release(
      escapeHtml(line)
        .replace(/&lt;at&gt;(.*?)&lt;\/at&gt;/g, '<strong>@$1</strong>')
        .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|\s)_(.+?)_(?=\s|$)/g, '$1<em>$2</em>')
        .replace(LINK, (whole, label, href, bare) =>
          label !== undefined ? link(href, label) : isOwn(bare) ? link(bare, bare) : whole,
        ),
    );
  const out = [];
  let list = null;
  for (const line of hold(text).split(/\r\n|\r|\n/)) {
    const item = /^\s*[-•]\s+(.*)$/.exec(line);
    if (item) {
      list ??= [];
      list.push(`<li>${inline(item[1])}</li>`);
      continue;
    }
    if (list) {
      out.push(`<ul>${list.join('')}</ul>`);
      list = null;
    }
    if (line.trim()) out.push(`<p>${inline(line)}</p>`);
  }
  if (list) out.push(`<ul>${list.join('')}</ul>`);
  return out.join('');
}

// An empty Input.Number is not set, so it is valid unless required, as the Adaptive Cards input
// validation has it (min and max are hints of the range of a value given). The renderer (3.0.6) reads its value as valueAsNumber, NaN when
// empty, and then finds NaN outside min and max: every empty optional number was refused.
const numberIsValid = AC.NumberInput.prototype.isValid;
AC.NumberInput.prototype.isValid = function isValid() {
  // Something typed that is no number (the browser keeps it as badInput) is not empty.
  if (!this.isSet() && !this.renderedInputControlElement?.validity?.badInput) return !this.isRequired;
  return numberIsValid.call(this);
};

AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown(text);
  result.didProcess = true;
};

const hostConfig = new AC.HostConfig({
  fontFamily: '"Segoe UI", system-ui, -apple-system, "DejaVu Sans", sans-serif',
  supportsInteractivity: true,
  spacing: { small: 4, default: 10, medium: 16, large: 22, extraLarge: 30, padding: 4 },
  actions: {
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
    buttonSpacing: 8,
    maxActions: 8,
    spacing: 'default',
    showCard: { actionMode: 'inline' },
  },
  // As Teams: labels up to about 200 px wide, so "Samenwerkingsniveau nu" is not split mid-word.
  factSet: {
    title: { weight: 'bolder', wrap: true, maxWidth: 200 },
    value: { wrap: true },
    spacing: 10,
  },
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: {
        default: { default: '#242424', subtle: '#616161' },
        attention: { default: '#C4314B', subtle: '#C4314B' },
        good: { default: '#237B4B', subtle: '#237B4B' },
        accent: { default: '#4F52B2', subtle: '#4F52B2' },
      },
    },
  },
});

/**
 * Renders one card. `onExecute(verb, data)` is called for Action.Execute (Teams' Universal
 * Actions) after the renderer checked the required inputs; Action.OpenUrl opens the link.
 */
export function renderCard(content, onExecute) {
  const card = new AC.AdaptiveCard();
  card.hostConfig = hostConfig;
  card.parse(content);
  const checkedBySchakel = markedRequired(card, content);
  card.onExecuteAction = (action) => {
    const type = action.getJsonTypeName();
    if (type === 'Action.Execute' || type === 'Action.Submit')
      onExecute(action.verb ?? '', action.data ?? {});
    else if (type === 'Action.OpenUrl' && action.url) window.open(action.url, '_blank', 'noopener');
  };
  // A step that opens in the card (a confirmation, a form) may open below the visible part of
  // the chat: it is brought into view, and the keyboard goes to its first field; a confirmation
  // without fields takes the focus itself, so its words are read first and a second Enter on the
  // button that opened it confirms nothing (its first button is the one that publishes).
  card.onInlineCardExpanded = (action, isExpanded) => {
    const opened = action.card?.renderedElement;
    if (!isExpanded || !opened) return;
    opened.scrollIntoView({ block: 'nearest' });
    const field = opened.querySelector('input, select, textarea');
    if (field) {
      field.focus({ preventScroll: true });
      return;
    }
    opened.tabIndex = -1;
    opened.focus({ preventScroll: true });
  };
  const element = card.render();
  // Drawn with their required mark; checked by Schakel when sent, not by the renderer.
  for (const input of checkedBySchakel) input.isRequired = false;
  if (!element) return element;
  // Inside a bubble the card needs no side padding of its own (the renderer sets it inline).
  element.style.padding = '4px 0';
  nameFieldsByTheirLabels(element);
  waitForDates(element);
  problemsFollowTheirFields(card, element);
  return element;
}

/**
 * Schakel's problem beside a field (`<id>_problem`, adapters/teams/forms/render-card.ts) is about
 * what was sent: once the person changes the field it is no longer said beside the new value (a
 * date now in the future under "ligt in het verleden", a new text under "heb ik dit veld
 * leeggemaakt"), and said again if they put the value back. Schakel checks the field again when
 * the card is sent; the summary at the top goes when no problem is left beside a field.
 */
function problemsFollowTheirFields(card, element) {
  const shown = new Map();
  for (const input of card.getAllInputs()) {
    const problem = input.id && element.querySelector(`[id="${CSS.escape(`${input.id}_problem`)}"]`);
    if (problem) shown.set(input.id, { problem, sent: input.value });
  }
  if (shown.size === 0) return;
  const summary = element.querySelector('[id="problems"]');
  card.onInputValueChanged = (input) => {
    const field = shown.get(input.id);
    if (!field) return;
    field.problem.style.display = input.value === field.sent ? '' : 'none';
    if (!summary) return;
    const left = [...shown.values()].some(({ problem }) => problem.style.display !== 'none');
    summary.style.display = left ? '' : 'none';
  };
}

/**
 * The inputs Schakel shows again with a problem and checks itself: without `isRequired`, so no
 * message of the renderer's own stays beside Schakel's, but still required (`schakelRequired`,
 * adapters/teams/forms/render-card.ts). They are made required to draw their red *.
 */
function markedRequired(card, content) {
  const ids = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (node.schakelRequired === true && typeof node.id === 'string') ids.add(node.id);
      Object.values(node).forEach(walk);
    }
  };
  walk(content);
  const inputs = card.getAllInputs().filter((input) => ids.has(input.id));
  for (const input of inputs) input.isRequired = true;
  return inputs;
}

/**
 * A card button pressed while Schakel still reads a date typed in it (leaving the field asks at
 * once, dutch-date.js), or after a reading of one of its own date fields failed (asked again now): pressed again once it has
 * answered, so the card checks and sends that reading. One press waits per card; more presses
 * while it waits are ignored, so the card is sent once.
 */
function waitForDates(element) {
  let waiting = false;
  let again = false;
  element.addEventListener(
    'click',
    (ev) => {
      const button = ev.target.closest?.('.ac-pushButton');
      if (!button || again) return;
      const reading = waiting ? null : (datesBeingRead() ?? readFailedAgain(element));
      if (!waiting && !reading) return;
      ev.preventDefault();
      ev.stopImmediatePropagation();
      if (waiting) return;
      waiting = true;
      void reading.then(() => {
        waiting = false;
        // The press itself, once: not held back again, not asked again when it failed once more.
        again = true;
        button.click();
        again = false;
      });
    },
    true,
  );
}

/**
 * The renderer names a field by its label (aria-labelledby) but also puts its placeholder, or a
 * choice's title, in aria-label, which some screen readers say instead: the label alone names it.
 */
function nameFieldsByTheirLabels(element) {
  for (const field of element.querySelectorAll(
    'input[aria-label], select[aria-label], textarea[aria-label]',
  )) {
    const ids = (field.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    if (ids.some((id) => element.querySelector(`[id="${CSS.escape(id)}"]`)?.textContent?.trim())) {
      field.removeAttribute('aria-label');
    }
  }
}

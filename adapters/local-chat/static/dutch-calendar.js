// A Dutch month calendar under a date field (weeks from Monday, Dutch month and day names),
// opened by its button. A grid as in WAI-ARIA's date picker: one day in the tab order, the arrows
// move by day and week, Page Up/Down by month, Home/End to the week's ends, Enter picks, Escape
// closes; each day's name is the whole date with its weekday.
const DAY = 86_400_000;
const pad = (n) => String(n).padStart(2, '0');
const toIso = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const fromIso = (value) => new Date(`${value}T00:00:00Z`);
/** The month and year over the grid, in the played person's language (`locale`: nl-NL, en-GB). */
const monthIn = (locale) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
// Monday 5 January 2026 and the six days after it, named in `locale`.
const weekdaysIn = (locale) =>
  Array.from({ length: 7 }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 5 + i));
    const name = (weekday) => new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' }).format(day);
    return { short: name('short').replace('.', ''), long: name('long') };
  });

let count = 0;

export function dutchCalendar({
  button,
  bounds,
  chosen,
  start,
  words,
  writtenOut,
  locale = () => 'nl-NL',
  onPick,
  onClose,
}) {
  const MONTH = monthIn(locale());
  const id = `kalender-${++count}`;
  const element = document.createElement('div');
  element.className = 'kalender';
  element.id = id;
  element.hidden = true;
  button.setAttribute('aria-controls', id);
  const head = document.createElement('div');
  head.className = 'kalender-kop';
  const title = document.createElement('span');
  title.id = `${id}-titel`;
  title.setAttribute('aria-live', 'polite');
  const step = (label, months) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = months < 0 ? '‹' : '›';
    b.setAttribute('aria-label', label ?? '');
    b.addEventListener('click', () => draw(addMonths(focused, months), false));
    return b;
  };
  head.append(step(words.previousMonth, -1), title, step(words.nextMonth, 1));
  const grid = document.createElement('table');
  grid.setAttribute('role', 'grid');
  grid.setAttribute('aria-labelledby', title.id);
  const headRow = document.createElement('tr');
  for (const d of weekdaysIn(locale())) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.abbr = d.long;
    th.textContent = d.short;
    headRow.append(th);
  }
  const thead = document.createElement('thead');
  thead.append(headRow);
  const body = document.createElement('tbody');
  grid.append(thead, body);
  element.append(head, grid);

  const current = () => chosen() || start();
  let focused = fromIso(current());
  const allowed = (d) => {
    const { min, max } = bounds();
    const v = toIso(d);
    return !(min && v < min) && !(max && v > max);
  };

  function draw(day, focus = true) {
    focused = day;
    title.textContent = MONTH.format(day);
    const first = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
    const start = new Date(first.getTime() - ((first.getUTCDay() + 6) % 7) * DAY);
    const rows = [];
    for (let week = 0; week < 6; week++) {
      const tr = document.createElement('tr');
      for (let i = 0; i < 7; i++) {
        const d = new Date(start.getTime() + (week * 7 + i) * DAY);
        const td = document.createElement('td');
        if (d.getUTCMonth() === day.getUTCMonth()) td.append(dayButton(d));
        tr.append(td);
      }
      rows.push(tr);
    }
    body.replaceChildren(...rows);
    if (focus) body.querySelector('[tabindex="0"]')?.focus();
  }

  function dayButton(d) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = String(d.getUTCDate());
    b.dataset.datum = toIso(d);
    b.setAttribute('aria-label', writtenOut(toIso(d)));
    b.tabIndex = toIso(d) === toIso(focused) ? 0 : -1;
    if (!allowed(d)) b.setAttribute('aria-disabled', 'true');
    if (toIso(d) === chosen()) b.setAttribute('aria-pressed', 'true');
    return b;
  }

  const addMonths = (d, n) => {
    const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(d.getUTCDate(), last));
    return target;
  };

  function pick(value) {
    if (!allowed(fromIso(value))) return;
    close(false);
    onPick(value);
  }

  body.addEventListener('click', (ev) => {
    const b = ev.target.closest('button[data-datum]');
    if (b) pick(b.dataset.datum);
  });
  body.addEventListener('keydown', (ev) => {
    const weekday = (focused.getUTCDay() + 6) % 7;
    const moves = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -7,
      ArrowDown: 7,
      Home: -weekday,
      End: 6 - weekday,
    };
    if (ev.key in moves) {
      draw(new Date(focused.getTime() + moves[ev.key] * DAY));
    } else if (ev.key === 'PageUp' || ev.key === 'PageDown') {
      draw(addMonths(focused, ev.key === 'PageUp' ? -1 : 1));
    } else if (ev.key === 'Enter' || ev.key === ' ') {
      pick(toIso(focused));
    } else {
      return;
    }
    ev.preventDefault();
  });
  element.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape') return;
    ev.preventDefault();
    close(true);
  });

  function open() {
    element.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    draw(fromIso(current()));
  }
  function close(back) {
    element.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (back) onClose();
  }
  button.addEventListener('click', () => (element.hidden ? open() : close(true)));
  return { element, open };
}

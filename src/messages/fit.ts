import type { Field, Form } from './forms/model.ts';
import type { Block, Message } from './model.ts';

/**
 * The message as large as the platform takes in one message, by the one rule both platforms
 * follow. `fits` is the platform's own measure (Teams: the bytes of the activity it sends; Slack:
 * its blocks). A message that fits is left as it is. One that does not shows, of every list that
 * may be shortened (one with `more`), at most the same number of first items, the most that fits,
 * each such list followed by its `more` line (how many are left out, where to see them); an
 * inline choice in the same message (Klaar melden) offers the same first items. The lists are in
 * the order that matters (the nearest deadlines first), so what is shown is what is most urgent.
 * Text and lists without `more` are kept whole: if the message still does not fit, the platform
 * refuses it and the adapter says so (a 413 from Teams' connector).
 */
export function fitMessage(message: Message, fits: (m: Message) => boolean): Message {
  if (fits(message)) return message;
  const longest = Math.max(
    0,
    ...message.blocks.map((b) => (b.type === 'list' && b.more ? b.items.length : 0)),
  );
  if (longest === 0) return message;
  return capped(
    message,
    largestCap(longest, (cap) => fits(capped(message, cap))),
  );
}

/**
 * The largest cap below `longest` (a cap of `longest` is the whole, which did not fit) at which
 * `fitsAt` holds, found in a few tries (each one renders the message); 0 if none does.
 */
function largestCap(longest: number, fitsAt: (cap: number) => boolean): number {
  let low = 0;
  let high = longest - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fitsAt(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Every list with `more` at most `cap` items (then its line), every inline choice at most `cap` options. */
function capped(message: Message, cap: number): Message {
  return { ...message, blocks: message.blocks.flatMap((b) => cappedBlock(b, cap)) };
}

function cappedBlock(block: Block, cap: number): Block[] {
  if (block.type === 'list' && block.more && block.items.length > cap) {
    const more: Block = { type: 'note', text: block.more(block.items.length - cap) };
    return cap > 0 ? [{ ...block, items: block.items.slice(0, cap) }, more] : [more];
  }
  if (block.type === 'form' && block.form.fields[0].options.length > cap) {
    if (cap === 0) return [];
    const [field] = block.form.fields;
    return [
      { ...block, form: { ...block.form, fields: [{ ...field, options: field.options.slice(0, cap) }] } },
    ];
  }
  return [block];
}

/** How large a message is, in counts that say nothing of its content (for a log line). */
export function messageCounts(message: Message): string {
  const items = message.blocks.reduce((n, b) => n + (b.type === 'list' ? b.items.length : 0), 0);
  return `${message.blocks.length} blokken, ${items} regels in lijsten`;
}

/**
 * A form as large as the platform takes, by the same rule as a message: every section with
 * `items` asks at most the same number of its first items, the most that fits, and its text then
 * says how many are left out (the check-in's open knelpunten: the most relevant are asked).
 */
export function fitForm(form: Form, fits: (f: Form) => boolean): Form {
  if (fits(form)) return form;
  const longest = Math.max(
    0,
    ...form.fields.map((f) => (f.kind === 'section' && f.items ? f.items.fieldIds.length : 0)),
  );
  if (longest === 0) return form;
  return cappedForm(
    form,
    largestCap(longest, (cap) => fits(cappedForm(form, cap))),
  );
}

function cappedForm(form: Form, cap: number): Form {
  const left = new Set<string>();
  const fields: Field[] = form.fields.map((f) => {
    if (f.kind !== 'section' || !f.items || f.items.fieldIds.length <= cap) return f;
    for (const ids of f.items.fieldIds.slice(cap)) for (const id of ids) left.add(id);
    return { ...f, text: f.items.more(f.items.fieldIds.length - cap) };
  });
  return { ...form, fields: fields.filter((f) => !left.has(f.id)) };
}

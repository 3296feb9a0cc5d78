import { type Field, type Form, inputFields } from './model.ts';

// Which fields a form shows now: a short form grows as its reveal buttons are pressed.

/**
 * The reveal buttons already "pressed": those named in `pressed`, and those whose fields hold an
 * answer or a problem, so nothing the member filled in is ever hidden.
 */
export function openReveals(
  form: Form,
  problems: readonly { readonly field: string }[] = [],
  pressed: readonly string[] = [],
): Set<string> {
  const open = new Set(pressed);
  const withProblem = new Set(problems.map((p) => p.field));
  for (const f of inputFields(form)) {
    const filled = Array.isArray(f.initial) ? f.initial.length > 0 : f.initial !== undefined;
    if (f.revealedBy && (filled || withProblem.has(f.id))) open.add(f.revealedBy);
  }
  // A revealed field may sit behind an earlier button too: open the whole chain.
  const byId = new Map(form.fields.map((f) => [f.id, f]));
  for (const id of [...open]) {
    let parent = byId.get(id)?.revealedBy;
    while (parent && !open.has(parent)) {
      open.add(parent);
      parent = byId.get(parent)?.revealedBy;
    }
  }
  return open;
}

/** Whether `field` shows now: a field behind a closed button does not, a pressed button neither. */
export function isShown(field: Field, open: ReadonlySet<string>): boolean {
  if (field.revealedBy && !open.has(field.revealedBy)) return false;
  return !(field.kind === 'reveal' && open.has(field.id));
}

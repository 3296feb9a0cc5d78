import type { FieldProblem } from '../../domain/errors.ts';
import { words } from '../catalogue/words.ts';
import { type Form, type InputField, inputFields } from './model.ts';

/**
 * What a form shown again says under a field whose typed text was refused, after the refusal
 * itself (submissions/form-again.ts): that it was emptied or holds the stored text again, and that the other answers are still
 * there only when the person filled other fields. Null for any other field.
 */
export function refusalNote(form: Form, problems: readonly FieldProblem[], fieldId: string): string | null {
  const own = problems.filter((p) => p.field === fieldId);
  if (!own.some((p) => p.emptied)) return null;
  const w = words().forms;
  const said = own.some((p) => p.restored) ? w.refusedRestored : w.refusedEmptied;
  const refused = new Set(problems.filter((p) => p.emptied).map((p) => p.field));
  const others = inputFields(form).some((f) => !refused.has(f.id) && isFilled(f));
  return others ? `${said} ${w.otherAnswersKept}` : said;
}

function isFilled(field: InputField): boolean {
  const value = field.initial;
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return true;
  return value.length > 0;
}

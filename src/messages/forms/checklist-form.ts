import {
  CHECKLIST_ANSWERS,
  CHECKLIST_GROUPS,
  CHECKLIST_ITEMS,
  type ChecklistItemAnswer,
} from '../../domain/checklist.ts';
import { words } from '../catalogue/words.ts';
import { type FieldSchemas, type ParseResult, parseFields, requiredChoiceSchema } from './fields.ts';
import type { ChoiceOption, Field, Form, RawValues } from './model.ts';
import { withValues } from './submitted-values.ts';

/**
 * The checklist "Effectief samenwerken", asked once per tertiaal. Members each give their own
 * view; the projectleider's variant records the status the werkgroep agreed on together.
 */

export interface ChecklistAnswer {
  /** All 20 items, in order 1-20. */
  readonly items: ReadonlyArray<{ readonly item: number; readonly answer: ChecklistItemAnswer }>;
}

export interface ChecklistContext {
  readonly roundId: string;
  readonly werkgroepName: string;
  /** As the member reads it, e.g. "januari t/m april 2026". */
  readonly period: string;
  /** The projectleider records the werkgroep's agreed status instead of their own view. */
  readonly agreed?: boolean;
  /** Last tertiaal's answers, so only what changed needs a click. */
  readonly previous?: ChecklistAnswer;
}

/** In Dutch; the form and the parser word it in the member's language. */
export const CHECKLIST_ITEM_MISSING = 'Kies Ja, In ontwikkeling of Nee.';

export function checklistItemField(item: number): string {
  return `item_${item}`;
}

export function checklistForm(ctx: ChecklistContext): Form {
  const w = words().checklist;
  const options: readonly ChoiceOption[] = CHECKLIST_ANSWERS.map((a) => ({ value: a, label: w.answers[a] }));
  const fields: Field[] = CHECKLIST_GROUPS.flatMap((group) => [
    { kind: 'section' as const, id: `group_${group.id}`, heading: w.groups[group.id] },
    ...CHECKLIST_ITEMS.filter((i) => i.group === group.id).map(
      (i): Field => ({
        kind: 'choice',
        id: checklistItemField(i.number),
        label: `${i.number}. ${w.items[i.number - 1] ?? i.text}`,
        required: true,
        errorMessage: w.missing,
        // Three answers side by side to tap, not twenty menus to open.
        style: 'expanded',
        options,
      }),
    ),
  ]);
  const form: Form = {
    id: 'checklist',
    title: ctx.agreed ? w.agreedTitle : w.title,
    submitLabel: w.submit,
    intro:
      w.intro(ctx.werkgroepName, ctx.period, ctx.agreed ? w.agreed : w.own) +
      (ctx.previous ? w.previous : ''),
    fields,
    privateMetadata: { roundId: ctx.roundId, variant: ctx.agreed ? 'agreed' : 'member' },
  };
  return ctx.previous ? withValues(form, checklistValues(ctx.previous)) : form;
}

export function checklistSchemas(): FieldSchemas {
  return Object.fromEntries(
    CHECKLIST_ITEMS.map((i) => [
      checklistItemField(i.number),
      requiredChoiceSchema(CHECKLIST_ANSWERS, () => words().checklist.missing),
    ]),
  );
}

export function parseChecklist(raw: RawValues): ParseResult<ChecklistAnswer> {
  const { values, problems } = parseFields(checklistSchemas(), raw);
  if (problems.length > 0) return { ok: false, problems };
  const items = CHECKLIST_ITEMS.map((i) => ({
    item: i.number,
    answer: values[checklistItemField(i.number)] as ChecklistItemAnswer,
  }));
  return { ok: true, value: { items } };
}

export function checklistValues(answer: ChecklistAnswer): Record<string, string> {
  return Object.fromEntries(answer.items.map((i) => [checklistItemField(i.item), i.answer]));
}

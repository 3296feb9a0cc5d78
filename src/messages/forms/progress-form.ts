import type { FieldProblem } from '../../domain/errors.ts';
import { MAX_PROGRESS_COUNT } from '../../domain/progress-limits.ts';
import { words } from '../catalogue/words.ts';
import { type FieldSchemas, type ParseResult, parseFields, wholeNumberSchema } from './fields.ts';
import type { Field, Form, RawValues } from './model.ts';
import { withValues } from './submitted-values.ts';

/**
 * The projectleider's voortgang numbers for a period. The commitment is an
 * inspanningsverplichting, so every number is optional: the stuurgroep sees what is known.
 */

export interface ProgressAnswer {
  readonly trajecten: number | null;
  readonly duurzameUitstroom: number | null;
  /** Whole percent, 0-100. */
  readonly duurzameUitstroomPercentage: number | null;
  readonly leerbijeenkomsten: number | null;
  readonly casusbesprekingen: number | null;
}

/** The region's own targets, shown beside the fields (Achterhoek: 100, 40 %, 3, 10 per year). */
export interface ProgressTargets {
  readonly trajecten?: number;
  readonly duurzameUitstroomPercentage?: number;
  readonly leerbijeenkomsten?: number;
  readonly casusbesprekingen?: number;
}

export interface ProgressContext {
  readonly roundId: string;
  readonly regionName: string;
  /** As the projectleider reads it, e.g. "januari t/m april 2026". */
  readonly period: string;
  readonly targets?: ProgressTargets;
  readonly previous?: ProgressAnswer;
}

export const PROGRESS_FIELDS = {
  trajecten: 'trajecten',
  duurzameUitstroom: 'duurzame_uitstroom',
  duurzameUitstroomPercentage: 'duurzame_uitstroom_pct',
  leerbijeenkomsten: 'leerbijeenkomsten',
  casusbesprekingen: 'casusbesprekingen',
} as const satisfies Record<keyof ProgressAnswer, string>;

const MAX_COUNT = MAX_PROGRESS_COUNT;
/** The problems beside the fields, in the member's language. */
function progressMessages() {
  const w = words().forms.progress;
  return {
    count: w.count(MAX_COUNT),
    percentage: w.percentage,
    nothing: w.nothing,
    moreThanTrajecten: w.moreThanTrajecten,
  };
}

export function progressForm(ctx: ProgressContext): Form {
  const t = ctx.targets ?? {};
  const w = words().forms.progress;
  const goal = (n: number | undefined) => (n === undefined ? '' : w.goal(n));
  const count = (id: string, label: string, help: string): Field => ({
    kind: 'number',
    id,
    label,
    ...(help ? { help } : {}),
    // What a client that checks the range itself (Teams) says: whole numbers, as the server does.
    errorMessage: w.count(MAX_COUNT),
    required: false,
    min: 0,
    max: MAX_COUNT,
    step: 1,
  });
  const fields: Field[] = [
    count(PROGRESS_FIELDS.trajecten, w.trajecten, `${w.trajectenHelp}${goal(t.trajecten)}`),
    count(PROGRESS_FIELDS.duurzameUitstroom, w.uitstroom, w.uitstroomHelp),
    {
      kind: 'number',
      id: PROGRESS_FIELDS.duurzameUitstroomPercentage,
      label: w.percentageLabel,
      help: `${w.percentageHelp}${t.duurzameUitstroomPercentage === undefined ? '' : w.percentageGoal(t.duurzameUitstroomPercentage)}`,
      errorMessage: w.percentage,
      required: false,
      min: 0,
      max: 100,
      step: 1,
    },
    count(PROGRESS_FIELDS.leerbijeenkomsten, w.leerbijeenkomsten, goal(t.leerbijeenkomsten).trim()),
    count(PROGRESS_FIELDS.casusbesprekingen, w.casusbesprekingen, goal(t.casusbesprekingen).trim()),
  ];
  const form: Form = {
    id: 'progress',
    title: w.title,
    submitLabel: words().forms.save,
    intro: w.intro(ctx.regionName, ctx.period),
    fields,
    privateMetadata: { roundId: ctx.roundId },
  };
  return ctx.previous ? withValues(form, progressValues(ctx.previous)) : form;
}

export function progressSchemas(): FieldSchemas {
  const PROGRESS_MESSAGES = progressMessages();
  return {
    [PROGRESS_FIELDS.trajecten]: wholeNumberSchema(0, MAX_COUNT, PROGRESS_MESSAGES.count),
    [PROGRESS_FIELDS.duurzameUitstroom]: wholeNumberSchema(0, MAX_COUNT, PROGRESS_MESSAGES.count),
    [PROGRESS_FIELDS.duurzameUitstroomPercentage]: wholeNumberSchema(0, 100, PROGRESS_MESSAGES.percentage),
    [PROGRESS_FIELDS.leerbijeenkomsten]: wholeNumberSchema(0, MAX_COUNT, PROGRESS_MESSAGES.count),
    [PROGRESS_FIELDS.casusbesprekingen]: wholeNumberSchema(0, MAX_COUNT, PROGRESS_MESSAGES.count),
  };
}

export function parseProgress(raw: RawValues): ParseResult<ProgressAnswer> {
  const { values, problems } = parseFields(progressSchemas(), raw);
  const get = (id: string) => (values[id] as number | null | undefined) ?? null;
  const answer: ProgressAnswer = {
    trajecten: get(PROGRESS_FIELDS.trajecten),
    duurzameUitstroom: get(PROGRESS_FIELDS.duurzameUitstroom),
    duurzameUitstroomPercentage: get(PROGRESS_FIELDS.duurzameUitstroomPercentage),
    leerbijeenkomsten: get(PROGRESS_FIELDS.leerbijeenkomsten),
    casusbesprekingen: get(PROGRESS_FIELDS.casusbesprekingen),
  };
  const extra: FieldProblem[] = [];
  const PROGRESS_MESSAGES = progressMessages();
  if (problems.length === 0 && Object.values(answer).every((v) => v === null)) {
    extra.push({ field: PROGRESS_FIELDS.trajecten, message: PROGRESS_MESSAGES.nothing });
  }
  if (answer.trajecten !== null && answer.duurzameUitstroom !== null) {
    if (answer.duurzameUitstroom > answer.trajecten) {
      extra.push({ field: PROGRESS_FIELDS.duurzameUitstroom, message: PROGRESS_MESSAGES.moreThanTrajecten });
    }
  }
  const all = [...problems, ...extra];
  return all.length > 0 ? { ok: false, problems: all } : { ok: true, value: answer };
}

export function progressValues(answer: ProgressAnswer): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of Object.keys(PROGRESS_FIELDS) as (keyof ProgressAnswer)[]) {
    const value = answer[key];
    if (value !== null) values[PROGRESS_FIELDS[key]] = String(value);
  }
  return values;
}

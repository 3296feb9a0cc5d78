import { z } from 'zod';
import { hasInvisibleCharacter, normalName, showsNothing } from '../../domain/control-characters.ts';
import type { FieldProblem } from '../../domain/errors.ts';
import { OVERLEG_KINDS, type OverlegKind } from '../../domain/members.ts';
import { words } from '../catalogue/words.ts';
import { COMMAND_ACTION } from '../commands.ts';
import {
  dateSchema,
  type FieldSchemas,
  type ParseResult,
  parseFields,
  requiredChoiceSchema,
  timeSchema,
  tooLongText,
  wholeNumberSchema,
} from './fields.ts';
import {
  DURATION_MINUTES,
  durationField,
  EVERY_WEEKS,
  meetingDateField,
  meetingTimeField,
} from './meeting-fields.ts';
import type { ChoiceOption, Field, Form, FormMetadata, RawValues } from './model.ts';
import { listOf } from './raw-values.ts';

/**
 * The projectleider's guided set-up of a new werkgroep: name, kind, first meeting and rhythm,
 * the channel it was asked from, and its members. Whether the date lies in the past and whether
 * the name is taken in the region are for the use case to decide (src/werkgroep-setup/onboarding.ts).
 */
export interface WerkgroepFormAnswer {
  readonly name: string;
  readonly kind: OverlegKind;
  readonly date: string;
  readonly time: string;
  readonly everyWeeks: number;
  readonly durationMinutes: number;
  /** True when the channel the form was asked from should receive the reminders. */
  readonly linkChannel: boolean;
  readonly memberIds: readonly string[];
}

export interface WerkgroepFormContext {
  /** Travels with the form: where it was asked from and its request key (see onboarding.ts). */
  readonly metadata: FormMetadata;
  /** The region's other members to choose from (the projectleider is added anyway). */
  readonly members: readonly ChoiceOption[];
  /** Null when this place cannot be linked; then `channelNote` says why and what to do. */
  readonly channelNote: string | null;
  readonly regionName: string;
  readonly name?: string;
  /** Today in the werkgroep's time zone (JJJJ-MM-DD): the calendar offers no earlier day. */
  readonly today?: string;
}

export const WERKGROEP_FIELDS = {
  name: 'naam',
  kind: 'soort',
  date: 'datum',
  time: 'tijd',
  everyWeeks: 'elke',
  duration: 'duur',
  link: 'koppel',
  members: 'leden',
} as const;

export const MAX_NAME = 80;

const KINDS = ['werkgroep', 'casusoverleg', 'leerbijeenkomst', 'stuurgroep'] as const;

/** The problems beside the fields, in the member's language. */
function messages() {
  const w = words().forms.werkgroep;
  return {
    name: w.nameMissing,
    kind: w.kindMissing,
    everyWeeks: w.everyWeeksProblem,
    duration: words().forms.durationProblem,
    link: w.linkMissing,
  };
}

export function werkgroepForm(ctx: WerkgroepFormContext): Form {
  const w = words().forms.werkgroep;
  const problem = messages();
  const fields: Field[] = [
    {
      kind: 'text',
      id: WERKGROEP_FIELDS.name,
      label: w.name,
      placeholder: 'Werkgroep GGZ & Werk Oost',
      required: true,
      errorMessage: problem.name,
      multiline: false,
      maxLength: MAX_NAME,
      ...(ctx.name ? { initial: ctx.name.slice(0, MAX_NAME) } : {}),
    },
    {
      kind: 'choice',
      id: WERKGROEP_FIELDS.kind,
      label: w.kind,
      options: KINDS.map((k) => ({ value: k, label: w.kinds[k] })),
      required: true,
      errorMessage: problem.kind,
      initial: 'werkgroep',
    },
    meetingDateField(WERKGROEP_FIELDS.date, w.first, ctx.today),
    meetingTimeField(WERKGROEP_FIELDS.time),
    {
      kind: 'number',
      id: WERKGROEP_FIELDS.everyWeeks,
      label: w.everyWeeks,
      help: w.everyWeeksHelp,
      required: true,
      errorMessage: problem.everyWeeks,
      ...EVERY_WEEKS,
      step: 1,
      initial: 4,
    },
    durationField(WERKGROEP_FIELDS.duration),
  ];
  if (ctx.channelNote === null) {
    fields.push({
      kind: 'choice',
      id: WERKGROEP_FIELDS.link,
      label: w.link,
      options: [
        { value: 'ja', label: w.linkYes },
        { value: 'nee', label: w.linkNo },
      ],
      required: true,
      errorMessage: problem.link,
      initial: 'ja',
    });
  }
  if (ctx.members.length > 0) {
    fields.push({
      kind: 'multichoice',
      id: WERKGROEP_FIELDS.members,
      label: w.members,
      help: w.membersHelp,
      placeholder: w.membersPlaceholder,
      searchable: true,
      options: ctx.members,
      required: false,
    });
  }
  return {
    id: 'werkgroep',
    title: w.title,
    submitLabel: w.submit,
    intro: [w.intro(ctx.regionName), ...(ctx.channelNote ? [ctx.channelNote] : [])].join(' '),
    privateMetadata: ctx.metadata,
    fields,
    // "Annuleren" shows the overview again, where "Nieuwe werkgroep" took its place.
    back: { id: COMMAND_ACTION, value: 'overzicht' },
  };
}

const name = z.preprocess(
  (v) => (typeof v === 'string' ? normalName(v) : v),
  z
    .string({ error: () => messages().name })
    .min(1, { error: () => messages().name })
    // One sign that shows nothing (a Hangul filler, a soft hyphen) is no name either.
    .refine((v) => !showsNothing(v), { error: () => messages().name, abort: true })
    .max(MAX_NAME, { error: tooLongText(MAX_NAME) })
    .refine((v) => !hasInvisibleCharacter(v), { error: () => words().fields.controlCharacter }),
);
const members = z.preprocess(
  (v) => listOf(v as string | readonly string[] | undefined),
  z.array(z.uuid({ error: () => words().fields.notInList })),
);

function schemas(raw: RawValues): FieldSchemas {
  const problem = messages();
  return {
    [WERKGROEP_FIELDS.name]: name,
    [WERKGROEP_FIELDS.kind]: requiredChoiceSchema(OVERLEG_KINDS, problem.kind),
    [WERKGROEP_FIELDS.date]: dateSchema(words().forms.dateMissing),
    [WERKGROEP_FIELDS.time]: timeSchema(words().forms.timeMissing),
    [WERKGROEP_FIELDS.everyWeeks]: wholeNumberSchema(EVERY_WEEKS.min, EVERY_WEEKS.max, problem.everyWeeks),
    [WERKGROEP_FIELDS.duration]: wholeNumberSchema(
      DURATION_MINUTES.min,
      DURATION_MINUTES.max,
      problem.duration,
    ),
    // Only asked where the channel can be linked; absent means "no".
    ...(WERKGROEP_FIELDS.link in raw
      ? { [WERKGROEP_FIELDS.link]: requiredChoiceSchema(['ja', 'nee'], problem.link) }
      : {}),
    [WERKGROEP_FIELDS.members]: members,
  };
}

/**
 * Each field of the answer that could be read, also when others could not, with the problems of
 * the rest: the use case then checks what it can (a name taken, a date in the past) in the same
 * reply as a field left empty.
 */
export function readWerkgroepForm(raw: RawValues): {
  readonly answer: Partial<WerkgroepFormAnswer>;
  readonly problems: readonly FieldProblem[];
} {
  const { values: v, problems } = parseFields(schemas(raw), raw);
  const all: FieldProblem[] = [...problems];
  const problem = messages();
  for (const [field, message] of [
    [WERKGROEP_FIELDS.everyWeeks, problem.everyWeeks],
    [WERKGROEP_FIELDS.duration, problem.duration],
  ] as const) {
    if (v[field] === null && !problems.some((p) => p.field === field)) all.push({ field, message });
  }
  const text = (field: string) => (typeof v[field] === 'string' ? (v[field] as string) : undefined);
  const number = (field: string) => (typeof v[field] === 'number' ? (v[field] as number) : undefined);
  const answer: { -readonly [K in keyof WerkgroepFormAnswer]?: WerkgroepFormAnswer[K] } = {
    name: text(WERKGROEP_FIELDS.name),
    kind: text(WERKGROEP_FIELDS.kind) as OverlegKind | undefined,
    date: text(WERKGROEP_FIELDS.date),
    time: text(WERKGROEP_FIELDS.time),
    everyWeeks: number(WERKGROEP_FIELDS.everyWeeks),
    durationMinutes: number(WERKGROEP_FIELDS.duration),
    linkChannel: v[WERKGROEP_FIELDS.link] === 'ja',
  };
  const members = v[WERKGROEP_FIELDS.members] as string[] | undefined;
  if (members) answer.memberIds = [...new Set(members)];
  return { answer, problems: all };
}

export function parseWerkgroepForm(raw: RawValues): ParseResult<WerkgroepFormAnswer> {
  const { answer, problems } = readWerkgroepForm(raw);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { memberIds: [], ...answer } as WerkgroepFormAnswer };
}

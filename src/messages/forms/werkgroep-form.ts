import { z } from 'zod';
import type { FieldProblem } from '../../domain/errors.ts';
import { OVERLEG_KINDS, type OverlegKind } from '../../domain/members.ts';
import {
  dateSchema,
  type FieldSchemas,
  NOT_IN_LIST,
  type ParseResult,
  parseFields,
  requiredChoiceSchema,
  timeSchema,
  tooLong,
  wholeNumberSchema,
} from './fields.ts';
import {
  DATE_MISSING,
  DURATION_MESSAGE,
  durationField,
  meetingDateField,
  meetingTimeField,
  TIME_MISSING,
} from './meeting-fields.ts';
import {
  type ChoiceOption,
  type Field,
  type Form,
  type FormMetadata,
  listOf,
  type RawValues,
} from './model.ts';

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

const KINDS: readonly ChoiceOption[] = [
  { value: 'werkgroep', label: 'Werkgroep' },
  { value: 'casusoverleg', label: 'Casusoverleg' },
  { value: 'leerbijeenkomst', label: 'Leerbijeenkomst' },
  { value: 'stuurgroep', label: 'Stuurgroep' },
];

const LINK: readonly ChoiceOption[] = [
  { value: 'ja', label: 'Ja, de herinneringen komen in dit kanaal' },
  { value: 'nee', label: 'Nee, ik koppel later een kanaal' },
];

const MESSAGES = {
  name: 'Vul de naam van de werkgroep in.',
  kind: 'Kies wat voor overleg het is.',
  everyWeeks: 'Vul in om de hoeveel weken jullie bijeenkomen: 1 tot en met 52.',
  duration: DURATION_MESSAGE,
  link: 'Kies of dit kanaal de herinneringen krijgt.',
} as const;

export function werkgroepForm(ctx: WerkgroepFormContext): Form {
  const fields: Field[] = [
    {
      kind: 'text',
      id: WERKGROEP_FIELDS.name,
      label: 'Naam',
      placeholder: 'Werkgroep GGZ & Werk Oost',
      required: true,
      errorMessage: MESSAGES.name,
      multiline: false,
      maxLength: MAX_NAME,
      ...(ctx.name ? { initial: ctx.name.slice(0, MAX_NAME) } : {}),
    },
    {
      kind: 'choice',
      id: WERKGROEP_FIELDS.kind,
      label: 'Soort overleg',
      options: KINDS,
      required: true,
      errorMessage: MESSAGES.kind,
      initial: 'werkgroep',
    },
    meetingDateField(WERKGROEP_FIELDS.date, 'Eerste bijeenkomst'),
    meetingTimeField(WERKGROEP_FIELDS.time),
    {
      kind: 'number',
      id: WERKGROEP_FIELDS.everyWeeks,
      label: 'Elke hoeveel weken',
      help: 'Een werkgroep komt meestal elke 4 weken bijeen, een stuurgroep elke 16 of 17 weken.',
      required: true,
      errorMessage: MESSAGES.everyWeeks,
      min: 1,
      max: 52,
      step: 1,
      initial: 4,
    },
    durationField(WERKGROEP_FIELDS.duration),
  ];
  if (ctx.channelNote === null) {
    fields.push({
      kind: 'choice',
      id: WERKGROEP_FIELDS.link,
      label: 'Dit kanaal koppelen',
      options: LINK,
      required: true,
      errorMessage: MESSAGES.link,
      initial: 'ja',
    });
  }
  if (ctx.members.length > 0) {
    fields.push({
      kind: 'multichoice',
      id: WERKGROEP_FIELDS.members,
      label: 'Leden',
      help: 'Jij wordt zelf ook lid. Ontbreekt er iemand? Vraag je beheerder om die persoon aan Schakel toe te voegen.',
      placeholder: 'Typ een naam om te zoeken',
      searchable: true,
      options: ctx.members,
      required: false,
    });
  }
  return {
    id: 'werkgroep',
    title: 'Nieuwe werkgroep',
    submitLabel: 'Aanmaken',
    intro: [
      `Een nieuw overleg in ${ctx.regionName}. De tijd blijft gelijk, ook als de zomertijd begint of eindigt.`,
      ...(ctx.channelNote ? [ctx.channelNote] : []),
    ].join(' '),
    privateMetadata: ctx.metadata,
    fields,
  };
}

const name = z.preprocess(
  (v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : v),
  z
    .string({ error: MESSAGES.name })
    .min(1, { error: MESSAGES.name })
    .max(MAX_NAME, { error: tooLong(MAX_NAME) }),
);
const members = z.preprocess(
  (v) => listOf(v as string | readonly string[] | undefined),
  z.array(z.uuid({ error: NOT_IN_LIST })),
);

function schemas(raw: RawValues): FieldSchemas {
  return {
    [WERKGROEP_FIELDS.name]: name,
    [WERKGROEP_FIELDS.kind]: requiredChoiceSchema(OVERLEG_KINDS, MESSAGES.kind),
    [WERKGROEP_FIELDS.date]: dateSchema(DATE_MISSING),
    [WERKGROEP_FIELDS.time]: timeSchema(TIME_MISSING),
    [WERKGROEP_FIELDS.everyWeeks]: wholeNumberSchema(1, 52, MESSAGES.everyWeeks),
    [WERKGROEP_FIELDS.duration]: wholeNumberSchema(15, 480, MESSAGES.duration),
    // Only asked where the channel can be linked; absent means "no".
    ...(WERKGROEP_FIELDS.link in raw
      ? { [WERKGROEP_FIELDS.link]: requiredChoiceSchema(['ja', 'nee'], MESSAGES.link) }
      : {}),
    [WERKGROEP_FIELDS.members]: members,
  };
}

export function parseWerkgroepForm(raw: RawValues): ParseResult<WerkgroepFormAnswer> {
  const { values: v, problems } = parseFields(schemas(raw), raw);
  const all: FieldProblem[] = [...problems];
  for (const [field, message] of [
    [WERKGROEP_FIELDS.everyWeeks, MESSAGES.everyWeeks],
    [WERKGROEP_FIELDS.duration, MESSAGES.duration],
  ] as const) {
    if (v[field] === null && !problems.some((p) => p.field === field)) all.push({ field, message });
  }
  if (all.length > 0) return { ok: false, problems: all };
  return {
    ok: true,
    value: {
      name: String(v[WERKGROEP_FIELDS.name]),
      kind: v[WERKGROEP_FIELDS.kind] as OverlegKind,
      date: String(v[WERKGROEP_FIELDS.date]),
      time: String(v[WERKGROEP_FIELDS.time]),
      everyWeeks: Number(v[WERKGROEP_FIELDS.everyWeeks]),
      durationMinutes: Number(v[WERKGROEP_FIELDS.duration]),
      linkChannel: v[WERKGROEP_FIELDS.link] === 'ja',
      memberIds: [...new Set((v[WERKGROEP_FIELDS.members] as string[] | undefined) ?? [])],
    },
  };
}

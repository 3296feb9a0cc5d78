import { z } from 'zod';
import { CHECKLIST_ANSWERS } from '../domain/checklist.ts';
import {
  CONTROL_CHARACTER,
  hasControlCharacter,
  NOT_ONE_LINE,
  ONE_LINE,
} from '../domain/control-characters.ts';
import { KNELPUNT_CATEGORY_SLUGS, KNELPUNT_STATUSES } from '../domain/knelpunten.ts';
import { isLadderLevel } from '../domain/ladder.ts';
import { DOMAINS, OVERLEG_KINDS, ROLES } from '../domain/members.ts';
import { parseLocalDate } from '../schedule/local-time.ts';
import { seriesInputSchema } from '../schedule/series-schema.ts';

/**
 * schakel/v1: one installation or one region as a JSON file (issue 7). Ids are the file's own: a
 * region that keeps its history in a spreadsheet can number its members "m1", "m2"; Schakel maps
 * such ids to stable database ids on import. Check-ins are tied to a meeting date, not to an
 * internal round, and the checklist and voortgang to a tertiaal or any date inside one.
 */

const oneOf = (values: readonly string[]) => `verwacht een van ${values.join(', ')}`;
const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: oneOf(values) });

const id = z
  .string({ error: 'verwacht een tekst' })
  .min(1, 'mag niet leeg zijn')
  .max(100, 'verwacht hoogstens 100 tekens');
const regionId = z
  .string({ error: 'verwacht een tekst' })
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'verwacht kleine letters, cijfers en streepjes, zoals "achterhoek"');
const someText = (max: number) =>
  z
    .string({ error: 'verwacht een tekst' })
    .trim()
    .min(1, 'mag niet leeg zijn')
    .max(max, `verwacht hoogstens ${max} tekens`);
/** Free text: lines, but no NUL (PostgreSQL cannot store it) or other invisible control character. */
const text = (max: number) => someText(max).refine((v) => !hasControlCharacter(v), CONTROL_CHARACTER);
/** A name is one line: a line break or another control character would break where it is shown (the ICS feed). */
const name = (max: number) => someText(max).regex(ONE_LINE, NOT_ONE_LINE);
const localDate = z
  .string({ error: 'verwacht een datum als JJJJ-MM-DD' })
  .refine((s) => parseLocalDate(s) !== null, 'verwacht een datum als JJJJ-MM-DD');
const tertiaal = z.string().regex(/^\d{4}-T[123]$/, 'verwacht een tertiaal zoals 2026-T2');
const level = z
  .number({ error: 'verwacht een getal' })
  .refine(isLadderLevel, 'verwacht een niveau van 1 tot en met 6 in halve stappen');
const count = z
  .number({ error: 'verwacht een getal' })
  .int('verwacht een heel getal')
  .min(0, 'verwacht 0 of meer');

export const regionSchema = z.strictObject({
  id: regionId,
  name: name(200),
  startLevel: level.nullable(),
  targetLevel: level.nullable(),
});

export const memberSchema = z.strictObject({
  id,
  regionId,
  name: name(200),
  organisation: name(200),
  domain: choice(DOMAINS),
  roles: z.array(choice(ROLES)).default(['lid']),
  email: z.email('verwacht een e-mailadres').optional(),
});

export const werkgroepSchema = z.strictObject({
  id,
  regionId,
  name: name(200),
  kind: choice(OVERLEG_KINDS).default('werkgroep'),
  memberIds: z.array(id).default([]),
  /** The meeting series as Schakel keeps it, with its changes and moved or cancelled meetings. */
  series: seriesInputSchema.optional(),
});

export const knelpuntSchema = z.strictObject({
  description: text(1000),
  category: choice(KNELPUNT_CATEGORY_SLUGS as unknown as readonly [string, ...string[]]),
  oplossing: text(1000).nullable().default(null),
  status: choice(KNELPUNT_STATUSES).default('open'),
});

export const checkinSchema = z.strictObject({
  memberId: id,
  werkgroepId: id,
  /** The date of the meeting the check-in was about. */
  date: localDate,
  level,
  toelichting: text(2000).optional(),
  wentWell: text(2000).optional(),
  knelpunten: z.array(knelpuntSchema).max(3, 'verwacht hoogstens 3 knelpunten per check-in').default([]),
});

const answers = z.record(
  z.string().regex(/^([1-9]|1[0-9]|20)$/, 'verwacht een onderdeel van 1 tot en met 20'),
  choice(CHECKLIST_ANSWERS),
);

/** A tertiaal label, or a date that says which tertiaal (for spreadsheets that keep dates). */
const when = { tertiaal: tertiaal.optional(), date: localDate.optional() };
const oneWhen = (v: { tertiaal?: string | undefined; date?: string | undefined }) =>
  (v.tertiaal === undefined) !== (v.date === undefined);
const whenMessage = { message: 'verwacht precies één van tertiaal of date', path: ['tertiaal'] };

export const checklistSchema = z.strictObject({ regionId, ...when, answers }).refine(oneWhen, whenMessage);

export const voortgangSchema = z
  .strictObject({
    regionId,
    ...when,
    values: z.strictObject({
      trajecten: count.nullable().optional(),
      duurzameUitstroom: count.nullable().optional(),
      duurzameUitstroomPercentage: count.max(100, 'verwacht hoogstens 100').nullable().optional(),
      leerbijeenkomsten: count.nullable().optional(),
      casusbesprekingen: count.nullable().optional(),
    }),
  })
  .refine(oneWhen, whenMessage);

export const interchangeSchema = z.strictObject({
  format: z.literal('schakel/v1', { error: 'verwacht "schakel/v1"' }),
  exportedAt: z.iso
    .datetime({ offset: true, error: 'verwacht een tijdstip zoals 2026-05-01T12:00:00Z' })
    .optional(),
  regions: z.array(regionSchema).default([]),
  members: z.array(memberSchema).default([]),
  werkgroepen: z.array(werkgroepSchema).default([]),
  checkins: z.array(checkinSchema).default([]),
  checklist: z.array(checklistSchema).default([]),
  voortgang: z.array(voortgangSchema).default([]),
});

export type InterchangeInput = z.input<typeof interchangeSchema>;
export type Interchange = z.output<typeof interchangeSchema>;

import { z } from 'zod';
import { CHECKLIST_ANSWERS } from '../domain/checklist.ts';
import { hasControlCharacter, ONE_LINE } from '../domain/control-characters.ts';
import { KNELPUNT_CATEGORY_SLUGS, KNELPUNT_STATUSES } from '../domain/knelpunten.ts';
import { isLadderLevel } from '../domain/ladder.ts';
import { DOMAINS, OVERLEG_KINDS, ROLES } from '../domain/members.ts';
import { MAX_PROGRESS_COUNT } from '../domain/progress-limits.ts';
import { say } from '../messages/zod-words.ts';
import { parseLocalDate } from '../schedule/local-time.ts';
import { seriesInputSchema } from '../schedule/series-schema.ts';

/**
 * schakel/v1: one installation or one region as a JSON file (issue 7). Ids are the file's own: a
 * region that keeps its history in a spreadsheet can number its members "m1", "m2"; Schakel maps
 * such ids to stable database ids on import. Check-ins are tied to a meeting date, not to an
 * internal round, and the checklist and voortgang to a tertiaal or any date inside one.
 */

const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(
    values,
    say((w) => w.oneOf(values.join(', '))),
  );

const id = z
  .string(say((w) => w.text))
  .min(
    1,
    say((w) => w.notEmpty),
  )
  .max(
    100,
    say((w) => w.atMostCharacters(100)),
  );
const regionId = z.string(say((w) => w.text)).regex(
  /^[a-z0-9][a-z0-9-]{1,62}$/,
  say((w) => w.regionId),
);
const someText = (max: number) =>
  z
    .string(say((w) => w.text))
    .trim()
    .min(
      1,
      say((w) => w.notEmpty),
    )
    .max(
      max,
      say((w) => w.atMostCharacters(max)),
    );
/** Free text: lines, but no NUL (PostgreSQL cannot store it) or other invisible control character. */
const text = (max: number) =>
  someText(max).refine(
    (v) => !hasControlCharacter(v),
    say((w) => w.controlCharacter),
  );
/** A name is one line: a line break or another control character would break where it is shown (the ICS feed). */
const name = (max: number) =>
  someText(max).regex(
    ONE_LINE,
    say((w) => w.notOneLine),
  );
const localDate = z.string(say((w) => w.date)).refine(
  (s) => parseLocalDate(s) !== null,
  say((w) => w.date),
);
const tertiaal = z.string().regex(
  /^\d{4}-T[123]$/,
  say((w) => w.tertiaal),
);
const level = z.number(say((w) => w.number)).refine(
  isLadderLevel,
  say((w) => w.level),
);
const wholeCount = z
  .number(say((w) => w.number))
  .int(say((w) => w.wholeNumber))
  .min(
    0,
    say((w) => w.zeroOrMore),
  );
const count = wholeCount.max(
  MAX_PROGRESS_COUNT,
  say((w) => w.atMost(MAX_PROGRESS_COUNT)),
);

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
  email: z.email(say((w) => w.email)).optional(),
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
  knelpunten: z
    .array(knelpuntSchema)
    .max(
      3,
      say((w) => w.atMostKnelpunten),
    )
    .default([]),
});

const answers = z.record(
  z.string().regex(
    /^([1-9]|1[0-9]|20)$/,
    say((w) => w.checklistItem),
  ),
  choice(CHECKLIST_ANSWERS),
);

/** A tertiaal label, or a date that says which tertiaal (for spreadsheets that keep dates). */
const when = { tertiaal: tertiaal.optional(), date: localDate.optional() };
const oneWhen = (v: { tertiaal?: string | undefined; date?: string | undefined }) =>
  (v.tertiaal === undefined) !== (v.date === undefined);
const whenMessage = { ...say((w) => w.tertiaalOrDate), path: ['tertiaal'] };

export const checklistSchema = z.strictObject({ regionId, ...when, answers }).refine(oneWhen, whenMessage);

export const voortgangSchema = z
  .strictObject({
    regionId,
    ...when,
    values: z.strictObject({
      trajecten: count.nullable().optional(),
      duurzameUitstroom: count.nullable().optional(),
      duurzameUitstroomPercentage: wholeCount
        .max(
          100,
          say((w) => w.atMost(100)),
        )
        .nullable()
        .optional(),
      leerbijeenkomsten: count.nullable().optional(),
      casusbesprekingen: count.nullable().optional(),
    }),
  })
  .refine(oneWhen, whenMessage);

export const interchangeSchema = z.strictObject({
  format: z.literal(
    'schakel/v1',
    say((w) => w.format),
  ),
  exportedAt: z.iso.datetime({ offset: true, ...say((w) => w.moment) }).optional(),
  regions: z.array(regionSchema).default([]),
  members: z.array(memberSchema).default([]),
  werkgroepen: z.array(werkgroepSchema).default([]),
  checkins: z.array(checkinSchema).default([]),
  checklist: z.array(checklistSchema).default([]),
  voortgang: z.array(voortgangSchema).default([]),
});

export type InterchangeInput = z.input<typeof interchangeSchema>;
export type Interchange = z.output<typeof interchangeSchema>;

import { z } from 'zod';
import { ONE_LINE } from '../domain/control-characters.ts';
import { PrivacyRefusal } from '../domain/errors.ts';
import { DOMAINS, type PlatformUser, ROLES } from '../domain/members.ts';
import { type Words, words } from '../messages/catalogue/words.ts';
import { say } from '../messages/zod-words.ts';
import type { Guard } from '../privacy/guard.ts';
import { type GuardedText, guardTexts } from '../privacy/guarded-text.ts';
import { decodeTextFile } from '../text-encoding.ts';
import { readCsvRecords } from './csv-records.ts';

/** One member as a CSV row names them; Dutch headers, English ones accepted too. */
export interface MemberRow {
  readonly row: number;
  /** A name may be a name, but not a name with a diagnosis, a BSN or a phone number. */
  readonly name: GuardedText;
  readonly organisation: GuardedText;
  readonly domain: (typeof DOMAINS)[number];
  /** None when the cell is empty: such a member is stored, but not looked up on a platform. */
  readonly email: string | null;
  readonly roles: ReadonlyArray<(typeof ROLES)[number]>;
}

export interface RowProblem {
  /** As a spreadsheet numbers it (header = row 1); null for the file as a whole. */
  readonly row: number | null;
  /** The column; null for the file or the row as a whole. */
  readonly field: string | null;
  readonly message: string;
}

const HEADERS: Record<string, keyof Omit<MemberRow, 'row' | 'roles'> | 'role'> = {
  naam: 'name',
  name: 'name',
  organisatie: 'organisation',
  organisation: 'organisation',
  domein: 'domain',
  domain: 'domain',
  'e-mail': 'email',
  email: 'email',
  'e-mailadres': 'email',
  emailadres: 'email',
  'e-mail adres': 'email',
  mailadres: 'email',
  mail: 'email',
  'e-mail address': 'email',
  'email address': 'email',
  rol: 'role',
  rollen: 'role',
  role: 'role',
};

/** The columns a file must have, by the Dutch name the usage text gives them. */
const REQUIRED = { name: 'naam', organisation: 'organisatie', domain: 'domein', email: 'e-mail' } as const;

/** Every column by the Dutch name the usage text gives it. */
const COLUMN_NAMES = { ...REQUIRED, role: 'rol' } as const;

/**
 * The refusal of a header with two cells for one column ("naam" twice, "E-mail" and
 * "E-mailadres"): which one a member's value is taken from is no guess to make. Null when none is.
 */
function columnNamedTwice(
  header: readonly string[],
  columns: ReadonlyArray<keyof typeof COLUMN_NAMES | undefined>,
): string | null {
  for (const column of Object.keys(COLUMN_NAMES) as Array<keyof typeof COLUMN_NAMES>) {
    const cells = header.filter((_, j) => columns[j] === column).map((h) => h.trim());
    if (cells.length > 1) return words().imports.csv.columnsTwice(cells, COLUMN_NAMES[column]);
  }
  return null;
}

/** The guard's field names (naam, organisatie) back to the row's. */
const GUARDED: Record<string, string> = { naam: 'name', organisatie: 'organisation' };

/** A CSV message read when the problem is found, in the language being spoken (nl-imports.ts, csv). */
const csv = (pick: (w: Words['imports']['csv']) => string) => ({ error: () => pick(words().imports.csv) });

const NAME_MAX = 120;
const ORGANISATION_MAX = 160;

// A name or organisation of one letter is odd but present (the schakel/v1 import takes it too):
// only an empty cell is missing.
const rowSchema = z.object({
  name: z
    .string()
    .trim()
    .min(
      1,
      csv((w) => w.nameMissing),
    )
    .max(
      NAME_MAX,
      csv((w) => w.nameTooLong(NAME_MAX)),
    )
    .regex(
      ONE_LINE,
      say((w) => w.notOneLine),
    ),
  organisation: z
    .string()
    .trim()
    .min(
      1,
      csv((w) => w.organisationMissing),
    )
    .max(
      ORGANISATION_MAX,
      csv((w) => w.organisationTooLong(ORGANISATION_MAX)),
    )
    .regex(
      ONE_LINE,
      say((w) => w.notOneLine),
    ),
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(
      z.enum(
        DOMAINS,
        say((w) => w.oneOf(DOMAINS.join(', '))),
      ),
    ),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => (v === '' ? null : v))
    .pipe(z.email(csv((w) => w.noEmail)).nullable()),
  role: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => (v === '' ? ['lid'] : v.split(/\s*[;|]\s*/)))
    .pipe(
      z.array(
        z.enum(
          ROLES,
          csv((w) => w.roles(ROLES.join(', '))),
        ),
      ),
    ),
});

/** The file's bytes as text (text-encoding.ts), or the problem that it is not UTF-8 or UTF-16. */
export function decodeCsv(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problems: RowProblem[] } {
  const text = decodeTextFile(bytes);
  return text === null
    ? {
        ok: false,
        problems: [{ row: null, field: null, message: words().imports.csv.fileIs(words().imports.notUtf8) }],
      }
    : { ok: true, text };
}

/**
 * The whole file, checked before anything is stored: either every row is a member, or the
 * problems name the row (as a spreadsheet numbers it, header = row 1) and the column.
 */
export function parseMembersCsv(
  text: string,
  guard: Pick<Guard, 'check'>,
): { ok: true; rows: MemberRow[]; ignoredColumns: string[] } | { ok: false; problems: RowProblem[] } {
  const read = readCsvRecords(text.replace(/^\uFEFF/, ''));
  if (!read.ok) {
    const { row, column, message } = read.problem;
    return { ok: false, problems: [{ row, field: column, message }] };
  }
  // Nothing in it but blank lines: said as that, not as a header without its columns.
  if (read.records.every((r) => r.cells.every((c) => c.trim() === ''))) {
    return {
      ok: false,
      problems: [{ row: null, field: null, message: words().imports.csv.fileIs(words().imports.csv.empty) }],
    };
  }
  const [{ row: headerRow = 1, cells: header = [] } = {}, ...body] = read.records;
  const separator = words().imports.csv.separators[read.separator];
  const columns = header.map((h) => HEADERS[h.trim().toLowerCase()]);
  // A problem names the column as the file's header writes it ("e-mail", "E-mail" or "email").
  const label: Record<string, string> = {};
  columns.forEach((c, j) => {
    if (c) label[c] = header[j]!.trim();
  });
  const named = (key: string) => label[key] ?? key;
  const twice = columnNamedTwice(header, columns);
  if (twice)
    return { ok: false, problems: [{ row: headerRow, field: words().imports.csv.header, message: twice }] };
  const missing = Object.entries(REQUIRED)
    .filter(([c]) => !columns.includes(c as never))
    .map(([, dutch]) => dutch);
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        {
          row: headerRow,
          field: words().imports.csv.header,
          message: words().imports.csv.missingColumns(missing.join(', ')),
        },
      ],
    };
  }
  const rows: MemberRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of body) {
    // More cells than columns: a separator inside a cell, most often. Refused, never cut off.
    const filled = cells.findLastIndex((c) => c.trim() !== '') + 1;
    if (filled > header.length) {
      problems.push({
        row,
        field: null,
        message: words().imports.csv.tooManyCells(filled, header.length, separator),
      });
      continue;
    }
    const raw: Record<string, string> = { role: '' };
    columns.forEach((c, j) => {
      if (c) raw[c] = cells[j] ?? '';
    });
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({
          row,
          field: issue.path[0] === undefined ? words().imports.csv.wholeRow : named(String(issue.path[0])),
          message: issue.message,
        });
      }
      continue;
    }
    // The same person twice: the same address, or without one the same name and organisation.
    const { email } = parsed.data;
    const key = email ?? `${parsed.data.name.toLowerCase()}\n${parsed.data.organisation.toLowerCase()}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push(
        email
          ? { row, field: named('email'), message: words().imports.csv.emailTwice(earlier) }
          : { row, field: named('name'), message: words().imports.csv.sameMemberTwice(earlier) },
      );
      continue;
    }
    seen.set(key, row);
    const { role, name, organisation, ...rest } = parsed.data;
    try {
      const texts = guardTexts(guard, { naam: name, organisatie: organisation });
      rows.push({
        row,
        ...rest,
        name: texts.naam as GuardedText,
        organisation: texts.organisatie as GuardedText,
        roles: [...new Set(role)],
      });
    } catch (err) {
      if (!(err instanceof PrivacyRefusal)) throw err;
      for (const p of err.problems)
        problems.push({ row, field: named(GUARDED[p.field] ?? p.field), message: p.message });
    }
  }
  // Columns Schakel does not read (an empty header, as Excel's trailing separator makes, is none).
  const ignoredColumns = header.filter((h, j) => !columns[j] && h.trim() !== '').map((h) => h.trim());
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows, ignoredColumns };
}

/** Finds a member's accounts on the platforms by e-mail (Slack users.lookupByEmail, the Teams roster). */
export interface MemberMatcher {
  lookup(email: string): Promise<PlatformUser[]>;
}

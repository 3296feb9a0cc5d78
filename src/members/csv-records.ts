import { CsvError, parse } from 'csv-parse/sync';
import { words } from '../messages/catalogue/words.ts';

/** One row of a CSV file, numbered as a spreadsheet numbers it (the header is row 1). */
export interface CsvRecord {
  readonly row: number;
  readonly cells: readonly string[];
}

/** Where a file could not be read as CSV, and why with what to do about it, in the language being spoken. */
export interface CsvSyntaxProblem {
  readonly row: number;
  /** The header's name of the column, or "kolom 3" when the header itself could not be read. */
  readonly column: string;
  readonly message: string;
}

/** The separators Excel saves with: comma (CSV UTF-8), semicolon (Dutch Excel), tab (Unicode text). */
const SEPARATORS = [',', ';', '\t'] as const;
export type Separator = (typeof SEPARATORS)[number];

/**
 * The file's one separator, read from its header row: the one found most often outside quotes
 * (a comma when there is none). One per file, so that in a comma file "lid;projectleider" is one
 * cell, and in a semicolon file "Dijk, Kees van" is.
 */
export function separatorOf(text: string): Separator {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return SEPARATORS.reduce((best, s) => ((counts.get(s) ?? 0) > (counts.get(best) ?? 0) ? s : best));
}

/**
 * Excel's hint line "sep=;" (any case), which makes Excel open the file in columns whatever the
 * computer's list separator. Excel hides it and shows the header as row 1, so the file is read from
 * the line after it, with the separator it names.
 */
const EXCEL_SEPARATOR_LINE = /^sep=([,;\t])\r?\n/i;

function withoutSeparatorLine(file: string): { text: string; separator: Separator } {
  const hint = EXCEL_SEPARATOR_LINE.exec(file);
  if (!hint) return { text: file, separator: separatorOf(file) };
  return { text: file.slice(hint[0].length), separator: hint[1] as Separator };
}

const options = (separator: Separator) => ({ delimiter: separator, relax_column_count: true });

/** What went wrong, by the parser's code, in the words of someone who edits the file in a spreadsheet (nl-imports.ts, csv). */
const REASONS: Record<string, 'quoteNotClosed' | 'quoteInCell' | 'textAfterQuote'> = {
  CSV_QUOTE_NOT_CLOSED: 'quoteNotClosed',
  INVALID_OPENING_QUOTE: 'quoteInCell',
  CSV_INVALID_CLOSING_QUOTE: 'textAfterQuote',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'textAfterQuote',
};

/**
 * The rows of a CSV file (comma, semicolon or tab: one, as its header row or Excel's sep= line has it), empty lines left
 * out but counted, so row numbers stay those of the spreadsheet; or the first place where the file is no CSV.
 */
export function readCsvRecords(
  file: string,
): { ok: true; records: CsvRecord[]; separator: Separator } | { ok: false; problem: CsvSyntaxProblem } {
  const { text, separator } = withoutSeparatorLine(file);
  let cells: string[][];
  try {
    cells = parse(text, options(separator));
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    return { ok: false, problem: syntaxProblem(text, separator, err) };
  }
  const records: CsvRecord[] = [];
  cells.forEach((c, i) => {
    if (c.length > 1 || c[0]?.trim() !== '') records.push({ row: i + 1, cells: c });
  });
  return { ok: true, records, separator };
}

function syntaxProblem(text: string, separator: Separator, err: CsvError): CsvSyntaxProblem {
  // The parser counts the records it finished (empty lines too): the next one is the broken row.
  const context = err as CsvError & { records?: number; index?: number };
  const row = (context.records ?? 0) + 1;
  const index = context.index ?? 0;
  const w = words().imports.csv;
  const reason = REASONS[err.code];
  return { row, column: columnName(text, separator, row, index), message: reason ? w[reason] : w.notCsv };
}

/** The header's name for column `index`, when the broken row is not the header itself. */
function columnName(text: string, separator: Separator, row: number, index: number): string {
  if (row > 1) {
    try {
      const [header = []] = parse(text, { ...options(separator), to: 1 }) as string[][];
      const name = header[index]?.trim();
      if (name) return name;
    } catch {
      // The header cannot be read either: the column by its number.
    }
  }
  return words().imports.csv.column(index + 1);
}

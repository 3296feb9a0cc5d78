import { CsvError, parse } from 'csv-parse/sync';

/** One row of a CSV file, numbered as a spreadsheet numbers it (the header is row 1). */
export interface CsvRecord {
  readonly row: number;
  readonly cells: readonly string[];
}

/** Where a file could not be read as CSV, and why in Dutch with what to do about it. */
export interface CsvSyntaxProblem {
  readonly row: number;
  /** The header's name of the column, or "kolom 3" when the header itself could not be read. */
  readonly column: string;
  readonly message: string;
}

const OPTIONS = { delimiter: [',', ';', '\t'], relax_column_count: true };

/** What went wrong, by the parser's code, in the words of someone who edits the file in a spreadsheet. */
const REASONS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED:
    'het aanhalingsteken (") aan het begin van deze cel wordt nergens gesloten, zodat de rest van het bestand in de cel valt. Zet een " aan het eind van de cel, of haal het weg.',
  INVALID_OPENING_QUOTE:
    'er staat een aanhalingsteken (") midden in deze cel. Haal het weg, of zet de hele cel tussen aanhalingstekens en schrijf het teken in de cel dubbel ("").',
  CSV_INVALID_CLOSING_QUOTE:
    'na het aanhalingsteken (") dat deze cel sluit, staat nog tekst. Schrijf een aanhalingsteken in de cel dubbel (""), of haal het weg.',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    'na het aanhalingsteken (") dat deze cel sluit, staat nog tekst. Schrijf een aanhalingsteken in de cel dubbel (""), of haal het weg.',
};
const OTHER_REASON =
  "deze rij is geen leesbare CSV. Sla het bestand opnieuw op als 'CSV UTF-8 (door komma's gescheiden)' en probeer het opnieuw.";

/**
 * The rows of a CSV file (comma, semicolon or tab), empty lines left out but counted, so row
 * numbers stay those of the spreadsheet; or the first place where the file is no CSV.
 */
export function readCsvRecords(
  text: string,
): { ok: true; records: CsvRecord[] } | { ok: false; problem: CsvSyntaxProblem } {
  let cells: string[][];
  try {
    cells = parse(text, OPTIONS);
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    return { ok: false, problem: syntaxProblem(text, err) };
  }
  const records: CsvRecord[] = [];
  cells.forEach((c, i) => {
    if (c.length > 1 || c[0]?.trim() !== '') records.push({ row: i + 1, cells: c });
  });
  return { ok: true, records };
}

function syntaxProblem(text: string, err: CsvError): CsvSyntaxProblem {
  // The parser counts the records it finished (empty lines too): the next one is the broken row.
  const context = err as CsvError & { records?: number; index?: number };
  const row = (context.records ?? 0) + 1;
  const index = context.index ?? 0;
  return { row, column: columnName(text, row, index), message: REASONS[err.code] ?? OTHER_REASON };
}

/** The header's name for column `index`, when the broken row is not the header itself. */
function columnName(text: string, row: number, index: number): string {
  if (row > 1) {
    try {
      const [header = []] = parse(text, { ...OPTIONS, to: 1 }) as string[][];
      const name = header[index]?.trim();
      if (name) return name;
    } catch {
      // The header cannot be read either: the column by its number.
    }
  }
  return `kolom ${index + 1}`;
}

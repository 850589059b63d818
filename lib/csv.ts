import Papa from "papaparse";

/**
 * A cell's text as a spreadsheet may open it: one that it would run as a formula (=, +, -, @)
 * is prefixed with an apostrophe, so an exported name cannot execute on opening.
 */
export function spreadsheetSafe(cell: string | number | boolean | null | undefined): string {
  const text = cell === null || cell === undefined ? "" : String(cell);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV line (RFC 4180), every cell guarded by `spreadsheetSafe`. */
export function csvLine(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return (
    cells
      .map((cell) => {
        const text = spreadsheetSafe(cell);
        return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
      })
      .join(",") + "\r\n"
  );
}

/** A row and the line it starts on as a text editor counts them (a quoted cell may span lines). */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvRowError {
  line: number;
  message: string;
}

export interface ParsedCsv {
  rows: CsvRow[];
  errors: CsvRowError[];
  delimiter: string;
}

const unclosedQuote =
  "A quoted cell is not closed on this line (or is followed by more text): the line was skipped.";

/**
 * Parses CSV text with papaparse: quoted cells over several lines, doubled quotes, CRLF or LF,
 * a BOM, and `;` or tab separators as European spreadsheets write them (guessed from the header
 * line). A quote that never closes would swallow the rest of the file into one cell; instead its
 * line becomes a row error and reading goes on at the next line. Blank lines are left out.
 * Used on both sides of an import: the browser reads the file, the server validates every row again.
 */
export function parseCsv(text: string): ParsedCsv {
  const source = text.replace(/^\uFEFF/, "");
  const delimiter = guessDelimiter(source);
  const lineOf = lineCounter(source);
  const rows: CsvRow[] = [];
  const errors: CsvRowError[] = [];
  let offset = 0;
  while (offset < source.length) {
    let rowStart = 0;
    const failure = { at: -1 };
    Papa.parse<string[]>(source.slice(offset), {
      delimiter,
      step: (result, parser) => {
        if (result.errors.length > 0) {
          failure.at = rowStart;
          errors.push({ line: lineOf(offset + rowStart), message: unclosedQuote });
          parser.abort();
          return;
        }
        if (result.data.some((cell) => cell.trim() !== ""))
          rows.push({ line: lineOf(offset + rowStart), cells: result.data });
        rowStart = result.meta.cursor;
      },
    });
    if (failure.at < 0) break;
    const nextLine = source.indexOf("\n", offset + failure.at);
    offset = nextLine === -1 ? source.length : nextLine + 1;
  }
  return { rows, errors, delimiter };
}

/** The header line decides the separator: a `;`-separated header means a `;`-separated file. */
function guessDelimiter(source: string): string {
  const header = source.slice(0, source.search(/\r?\n|$/));
  return Papa.parse(header, { delimitersToGuess: [",", ";", "\t"] }).meta.delimiter;
}

/** Line numbers (1-based) for offsets asked in increasing order, counted once through the text. */
function lineCounter(source: string): (offset: number) => number {
  let position = 0;
  let line = 1;
  return (offset) => {
    for (; position < offset; position++) if (source[position] === "\n") line++;
    return line;
  };
}

/** Rows as objects keyed by the header row's names, each with the line it starts on. */
export function csvRecords(text: string): {
  header: string[];
  rows: { line: number; record: Record<string, string> }[];
  errors: CsvRowError[];
} {
  const { rows, errors } = parseCsv(text);
  const [head, ...body] = rows;
  const names = (head?.cells ?? []).map((h) => h.trim());
  return {
    header: names,
    rows: body.map(({ line, cells }) => ({
      line,
      record: Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ""])),
    })),
    errors,
  };
}

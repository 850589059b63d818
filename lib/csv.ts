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

/**
 * Parses CSV text (RFC 4180: quoted cells, doubled quotes, CRLF or LF, a BOM) into rows of
 * cells. Used on both sides of an import: the browser reads the file, the server never
 * trusts that reading and validates every row again.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const source = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === "") quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += char;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ""));
}

/** Rows as objects keyed by the header row's names. */
export function csvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const [header = [], ...rows] = parseCsv(text);
  const names = header.map((h) => h.trim());
  return {
    header: names,
    records: rows.map((cells) => Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ""]))),
  };
}

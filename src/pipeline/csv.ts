/**
 * Reads a CSV file with papaparse into records keyed by header, each with its 1-based line number,
 * and turns papaparse's complaints into one-line errors that name the file and line.
 */
import Papa from "papaparse";
import { DataError } from "./errors.ts";

export interface CsvRecord {
  line: number;
  fields: Record<string, string>;
}

/** Parses `text` (from `file`) and checks that the header holds exactly `columns`, in any order. */
export function parseCsv(text: string, file: string, columns: readonly string[]): CsvRecord[] {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (normalised.trim() === "") throw new DataError(file, 1, "file is empty; it needs a header row");
  const rowStarts: number[] = [];
  const rows: string[][] = [];
  const errors: Papa.ParseError[] = [];
  let cursor = 0;
  Papa.parse<string[]>(normalised, {
    // Never guess: papaparse's delimiter guess fails on a row with too few fields and blames line 1.
    delimiter: ",",
    skipEmptyLines: false,
    step: (result) => {
      rowStarts.push(cursor);
      cursor = result.meta.cursor;
      rows.push(result.data);
      for (const e of result.errors) errors.push({ ...e, row: rows.length - 1 });
    },
  });
  const lineAt = (offset: number) => {
    let n = 1;
    for (let i = normalised.indexOf("\n"); i !== -1 && i < offset; i = normalised.indexOf("\n", i + 1)) n++;
    return n;
  };
  // papaparse counts the newline before a row as part of the previous row's cursor.
  const rowLine = (row: number) => {
    const start = rowStarts[row] ?? 0;
    return lineAt(normalised[start] === "\n" ? start + 1 : start);
  };
  for (const e of errors) {
    const what =
      e.code === "MissingQuotes"
        ? 'unclosed quote: a field opens with " but never closes'
        : e.code === "InvalidQuotes"
          ? // Also what an unclosed quote mid-file looks like: the field runs on to the next row's quote.
            'a quoted field does not close properly: a closing " is missing, or a " inside it is not doubled ("")'
          : e.message;
    throw new DataError(file, rowLine(e.row ?? 0), what);
  }
  const header = rows[0]!.map((h) => h.trim());
  const missing = columns.filter((c) => !header.includes(c));
  const extra = header.filter((h) => !columns.includes(h));
  if (missing.length || extra.length)
    throw new DataError(
      file,
      1,
      `header must name the columns ${columns.join(", ")}` +
        (missing.length ? `; missing ${missing.join(", ")}` : "") +
        (extra.length ? `; unknown ${extra.join(", ")}` : ""),
    );
  const records: CsvRecord[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = rowLine(r);
    if (row.length === 1 && row[0]!.trim() === "") continue;
    if (row.length !== header.length)
      throw new DataError(file, line, `row has ${row.length} fields; the header has ${header.length}`);
    const fields: Record<string, string> = {};
    header.forEach((h, i) => (fields[h] = row[i]!));
    records.push({ line, fields });
  }
  return records;
}

/**
 * One CSV row (no header, no line end) with `columns` in order, quoted only where a field needs it,
 * so an editor can paste it under the header of the file it is written for.
 */
export function csvRow(columns: readonly string[], fields: Readonly<Record<string, string>>): string {
  // What papaparse's unparse quotes (a delimiter, quote, line break or BOM, or a space at either end),
  // without its per-call set-up: triage writes a row for every number of every article.
  let row = "";
  for (let i = 0; i < columns.length; i++) {
    const f = fields[columns[i]!] ?? "";
    const quoted = f.startsWith(" ") || f.endsWith(" ") || /[",\r\n\uFEFF]/.test(f);
    row += `${i ? "," : ""}${quoted ? `"${f.replaceAll('"', '""')}"` : f}`;
  }
  return row;
}

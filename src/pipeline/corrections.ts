/**
 * The corrections changelog: `data/corrections.csv`, one row per changed field of a claim, read with
 * papaparse and checked against the claims by the data step, so a correction cannot name a claim or
 * field that does not exist, or claim a value the data no longer holds. Errors are one line,
 * `file:line: message`. The checked rows are written to data/generated/corrections.json.
 *
 *   date,claim,field,before,after,note
 *   2026-02-03,crypto-seized-2025-001,qualifier,exact,about,"The article says ""around""."
 */
import { parseCsv } from "./csv.ts";
import { DataError } from "./errors.ts";
import { proseProblems } from "./prose-refs.ts";
import type { Claim, Correction } from "./types.ts";
import { CORRECTABLE_FIELDS, type CorrectableField } from "./vocabulary.ts";

export const CORRECTION_COLUMNS = ["date", "claim", "field", "before", "after", "note"] as const;

const isRealDate = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
};

/** Whether `text` is what claims.csv now holds in `field` for `claim`. */
function holds(claim: Claim, field: CorrectableField, text: string): boolean {
  switch (field) {
    case "value":
      return claim.iso !== null ? text === claim.iso : text !== "" && Number(text) === claim.value;
    case "source":
    case "quote":
    case "formula":
      return text === (claim[field] ?? "");
    default:
      return text === claim[field];
  }
}

/**
 * Parses and validates the corrections file against the claims. Returns the corrections sorted by
 * date (file order within a day); throws a {@link DataError} naming the file and line.
 */
export function parseCorrections(
  text: string,
  claims: readonly Claim[],
  file = "data/corrections.csv",
): Correction[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const ids = new Set(byId.keys());
  const corrections = parseCsv(text, file, CORRECTION_COLUMNS).map(({ line, fields }): Correction => {
    const fail = (message: string): never => {
      throw new DataError(file, line, message);
    };
    const get = (k: string) => (fields[k] ?? "").trim();
    const date = get("date");
    if (!isRealDate(date)) fail(`date "${date}" is not a calendar date written YYYY-MM-DD`);
    const claim = get("claim");
    if (!byId.has(claim)) fail(`claim "${claim}" is not an id in data/claims.csv`);
    const rawField = get("field");
    const field =
      CORRECTABLE_FIELDS.find((f) => f === rawField) ??
      fail(`field "${rawField}" is not one of ${CORRECTABLE_FIELDS.join(", ")}`);
    const before = get("before");
    const after = get("after");
    if (before === after) fail(`before and after are the same ("${after}"); nothing was corrected`);
    const note = get("note");
    if (!note) fail("note is empty; say why the claim changed");
    const problem = proseProblems(note, ids)[0];
    if (problem) fail(`note ${problem}`);
    return { date, claim, field, before, after, note, line };
  });

  // The latest correction of each field must leave the claim as the data now holds it.
  const latest = new Map<string, Correction>();
  for (const c of [...corrections].sort((a, b) => a.date.localeCompare(b.date) || a.line - b.line))
    latest.set(`${c.claim}\0${c.field}`, c);
  for (const c of latest.values())
    if (!holds(byId.get(c.claim)!, c.field, c.after))
      throw new DataError(
        file,
        c.line,
        `after "${c.after}" is not what data/claims.csv now holds in ${c.field} for ${c.claim}`,
      );

  return [...corrections].sort((a, b) => a.date.localeCompare(b.date) || a.line - b.line);
}

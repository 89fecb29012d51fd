/**
 * Curated claims: rows of `data/claims.csv`, each verified against its seed. A quoted row must quote
 * its seed exactly and the quote must hold a mention carrying the row's value and unit. A derived row
 * (formula instead of quote) is recomputed from the claims it names.
 */
import { parseCsv } from "./csv.ts";
import { proseProblems } from "./prose-refs.ts";
import { MAX_WHOLE_PARAGRAPH } from "./text.ts";
import { DataError } from "./errors.ts";
import { CLAIM_COLUMNS, QUALIFIERS, UNITS, isQualifier, isUnit } from "./vocabulary.ts";
import type { Claim, Mention, SeedText, Unit } from "./types.ts";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Two normalised values are the same number (allowing for float noise in derived arithmetic). */
export const sameValue = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** `2023-11` or `2023-11-05` → days since 1970-01-01 (the month's first day when no day is given). */
export function isoToDays(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1);
  return Number.isFinite(t) ? t / 86_400_000 : null;
}

/** The value a mention offers for a unit: its own, or its bracketed conversion's. */
function mentionOffers(m: Mention, unit: Unit, value: number): boolean {
  if (m.unit === unit && sameValue(m.value, value)) return true;
  return m.conversion !== null && m.conversion.unit === unit && sameValue(m.conversion.value, value);
}

// ── Formulas: ids, numbers, + - * / and parentheses. ──────────────────────────────────────────

type Expr =
  | { kind: "num"; value: number }
  | { kind: "ref"; id: string }
  | { kind: "op"; op: "+" | "-" | "*" | "/"; left: Expr; right: Expr };

/** Parses a derived row's formula; throws a plain Error with what is wrong. */
export function parseFormula(source: string): Expr {
  const tokens = source.match(/[a-z0-9]+(?:-[a-z0-9]+)*(?:\.\d+)?|[-+*/()]|\S/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const primary = (): Expr => {
    const t = tokens[i++];
    if (t === undefined) throw new Error("formula ends too early");
    if (t === "(") {
      const e = sum();
      if (tokens[i++] !== ")") throw new Error("formula has an unclosed (");
      return e;
    }
    if (/^\d+(?:\.\d+)?$/.test(t)) return { kind: "num", value: Number(t) };
    if (ID.test(t)) return { kind: "ref", id: t };
    throw new Error(`formula has an unexpected "${t}"`);
  };
  const product = (): Expr => {
    let e = primary();
    while (peek() === "*" || peek() === "/") {
      const op = tokens[i++] as "*" | "/";
      e = { kind: "op", op, left: e, right: primary() };
    }
    return e;
  };
  const sum = (): Expr => {
    let e = product();
    while (peek() === "+" || peek() === "-") {
      const op = tokens[i++] as "+" | "-";
      e = { kind: "op", op, left: e, right: product() };
    }
    return e;
  };
  const e = sum();
  if (i !== tokens.length) throw new Error(`formula has an unexpected "${tokens[i]}"`);
  return e;
}

function refs(e: Expr, out: string[] = []): string[] {
  if (e.kind === "ref") out.push(e.id);
  if (e.kind === "op") {
    refs(e.left, out);
    refs(e.right, out);
  }
  return out;
}

function evaluate(e: Expr, get: (id: string) => number): number {
  if (e.kind === "num") return e.value;
  if (e.kind === "ref") return get(e.id);
  const l = evaluate(e.left, get);
  const r = evaluate(e.right, get);
  return e.op === "+" ? l + r : e.op === "-" ? l - r : e.op === "*" ? l * r : l / r;
}

/** Parses `claims.csv` text and verifies every row against the seeds and their mentions. */
export function verifyClaims(
  csvText: string,
  seeds: ReadonlyMap<string, SeedText>,
  mentions: ReadonlyMap<string, readonly Mention[]>,
  file = "data/claims.csv",
  seedDir = "seeds",
): Claim[] {
  const records = parseCsv(csvText, file, CLAIM_COLUMNS);
  const claims: Claim[] = [];
  const byId = new Map<string, Claim>();
  const formulas = new Map<string, Expr>();

  for (const { line, fields: f } of records) {
    const fail = (msg: string): never => {
      throw new DataError(file, line, msg);
    };
    const id = f["id"]!.trim();
    if (!ID.test(id)) fail(`id "${id}" must be lower-case words joined by hyphens`);
    if (byId.has(id)) fail(`duplicate id "${id}" (first on line ${byId.get(id)!.line})`);
    const metric = f["metric"]!.trim();
    if (!ID.test(metric)) fail(`metric "${metric}" must be lower-case words joined by hyphens`);
    const period = f["period"]!.trim();
    if (!period) fail("period is empty");
    const rawUnit = f["unit"]!.trim();
    const rawValue = f["value"]!.trim();
    // A statement claim leaves value and unit empty: its quote is the claim.
    const statement = rawUnit === "" && rawValue === "";
    if (!statement && rawUnit === "")
      fail(`unit is empty; give one of ${UNITS.join(", ")}, or leave value empty too for a statement`);
    if (!statement && rawValue === "")
      fail(`value is empty; give a number, or leave unit empty too for a statement`);
    const unit = statement
      ? null
      : isUnit(rawUnit)
        ? rawUnit
        : fail(`unknown unit "${rawUnit}"; use one of ${UNITS.join(", ")}`);
    const rawQualifier = f["qualifier"]!.trim() || "exact";
    const qualifier = isQualifier(rawQualifier)
      ? rawQualifier
      : fail(`unknown qualifier "${rawQualifier}"; use one of ${QUALIFIERS.join(", ")}`);
    if (statement && qualifier !== "exact") fail("a statement (no value, no unit) takes no qualifier");
    let iso: string | null = null;
    let value: number | null = null;
    if (unit === "date") {
      const days = isoToDays(rawValue);
      if (days === null) fail(`date value "${rawValue}" must be YYYY-MM or YYYY-MM-DD`);
      iso = rawValue;
      value = days!;
    } else if (!statement) {
      value = Number(rawValue);
      if (!Number.isFinite(value)) fail(`value "${rawValue}" is not a number (write 16700000, not $16.7M)`);
    }
    const source = f["source"]!.trim();
    const quote = f["quote"]!;
    const formula = f["formula"]!.trim();
    const claim: Claim = {
      id,
      metric,
      period,
      value,
      unit,
      qualifier,
      iso,
      source: null,
      quote: null,
      note: f["note"]!.trim(),
      formula: null,
      inputs: [],
      mention: null,
      asWritten: null,
      quoteStart: null,
      quoteEnd: null,
      line,
    };

    if (formula) {
      if (source || quote.trim()) fail("a derived row has a formula and no source or quote");
      if (statement) fail("a derived row needs a value and a unit");
      try {
        const expr = parseFormula(formula);
        formulas.set(id, expr);
        claim.formula = formula;
        claim.inputs = [...new Set(refs(expr))].sort();
      } catch (e) {
        fail((e as Error).message);
      }
    } else {
      if (!source) fail("source is empty (name a seed file, or give a formula for a derived row)");
      const seed = seeds.get(source);
      if (!seed) fail(`unknown source "${source}": no such file in ${seedDir}/`);
      if (!quote.trim()) fail("quote is empty");
      const at = seed!.text.indexOf(quote);
      if (at === -1) fail(`quote not found in ${seedDir}/${source}`);
      const end = at + quote.length;
      const lineStart = seed!.text.lastIndexOf("\n", at) + 1;
      const lineEndAt = seed!.text.indexOf("\n", end);
      const paragraph = seed!.text.slice(lineStart, lineEndAt === -1 ? undefined : lineEndAt).trim();
      if (quote.trim() === paragraph && paragraph.length > MAX_WHOLE_PARAGRAPH)
        fail(
          `quote reproduces a whole paragraph of ${seedDir}/${source}; quote only the clause that carries the claim`,
        );
      claim.source = source;
      claim.quote = quote;
      claim.quoteStart = at;
      claim.quoteEnd = end;
      if (unit !== null && value !== null) {
        const inside = (mentions.get(source) ?? []).filter((m) => m.start >= at && m.end <= end);
        const carrier = inside.find((m) => mentionOffers(m, unit, value));
        if (!carrier) {
          const found = inside.map((m) => `${m.text} (${m.value} ${m.unit})`).join(", ") || "none";
          fail(`no number in the quote carries ${rawValue} ${unit}; numbers found there: ${found}`);
        }
        claim.mention = carrier!.id;
        claim.asWritten =
          carrier!.unit === unit && sameValue(carrier!.value, value)
            ? carrier!.text
            : carrier!.conversion!.text;
      }
    }
    byId.set(id, claim);
    claims.push(claim);
  }

  const ids = new Set(byId.keys());
  const unitOf = (id: string) => (byId.has(id) ? byId.get(id)!.unit : undefined);
  for (const c of claims) {
    const problem = proseProblems(c.note, ids, unitOf)[0];
    if (problem) throw new DataError(file, c.line, `note ${problem}`);
  }

  // Derived rows: unknown ids, cycles, then recompute in dependency order.
  const state = new Map<string, "visiting" | "done">();
  const resolve = (id: string, path: string[]): number | null => {
    const claim = byId.get(id)!;
    const expr = formulas.get(id);
    if (!expr) return claim.value;
    if (state.get(id) === "done") return claim.value;
    if (state.get(id) === "visiting")
      throw new DataError(file, claim.line, `derived rows form a cycle: ${[...path, id].join(" → ")}`);
    state.set(id, "visiting");
    for (const ref of claim.inputs) {
      const input = byId.get(ref);
      if (!input) throw new DataError(file, claim.line, `formula names unknown claim id "${ref}"`);
      if (input.value === null)
        throw new DataError(file, claim.line, `formula names "${ref}", a statement with no value`);
      if (!/[*/]/.test(claim.formula!) && input.unit !== claim.unit)
        throw new DataError(
          file,
          claim.line,
          `formula adds ${input.unit} (${ref}) to ${claim.unit}; convert explicitly with * or /`,
        );
    }
    const computed = evaluate(expr, (ref) => resolve(ref, [...path, id])!);
    if (claim.value === null || !sameValue(computed, claim.value))
      throw new DataError(
        file,
        claim.line,
        `derived value ${claim.value} does not match its formula ${claim.formula} = ${Number(computed.toPrecision(12))}`,
      );
    state.set(id, "done");
    return claim.value;
  };
  for (const id of formulas.keys()) resolve(id, []);

  return claims;
}

/**
 * A derived claim's formula as tokens to render twice: once naming the input claims (as links),
 * once with their values, so a reader can redo the arithmetic.
 *
 *   formulaTokens("a - b") // → [{ ref: "a" }, { op: "−" }, { ref: "b" }]
 */
import { parseFormula } from "../../pipeline/claims.ts";

export type FormulaToken = { ref: string } | { op: string } | { num: number } | { paren: "(" | ")" };

type Expr = ReturnType<typeof parseFormula>;

const SIGN = { "+": "+", "-": "−", "*": "×", "/": "÷" } as const;
const PRECEDENCE = { "+": 1, "-": 1, "*": 2, "/": 2 } as const;

function tokens(e: Expr, out: FormulaToken[]): FormulaToken[] {
  if (e.kind === "ref") out.push({ ref: e.id });
  else if (e.kind === "num") out.push({ num: e.value });
  else {
    const wrap = (child: Expr, right: boolean) => {
      const needs =
        child.kind === "op" &&
        (PRECEDENCE[child.op] < PRECEDENCE[e.op] ||
          (right && PRECEDENCE[child.op] === PRECEDENCE[e.op] && (e.op === "-" || e.op === "/")));
      if (needs) out.push({ paren: "(" });
      tokens(child, out);
      if (needs) out.push({ paren: ")" });
    };
    wrap(e.left, false);
    out.push({ op: SIGN[e.op] });
    wrap(e.right, true);
  }
  return out;
}

/** The formula of a derived claim as tokens, with the parentheses the arithmetic needs and no more. */
export const formulaTokens = (formula: string): FormulaToken[] => tokens(parseFormula(formula), []);

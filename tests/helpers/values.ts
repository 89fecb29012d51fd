/**
 * The number a reader looks for in a chart, whatever the label's style: "13.2" in "₸13.2T",
 * "more than 13.2 trillion tenge" and "(about $13.2B)"; "2023" in "November 2023".
 *
 *   valueCore(loadChart("atm-withdrawals").points[0]) // "12.2"
 */
import { formatValue } from "../../src/shared/format.ts";
import type { ChartPoint } from "../../src/pipeline/schema.ts";

export const valueCore = (p: Pick<ChartPoint, "value" | "unit" | "iso">): string =>
  /\d[\d,.]*/.exec(formatValue(p.value, p.unit, { compact: true, iso: p.iso }))![0].replace(/\.$/, "");

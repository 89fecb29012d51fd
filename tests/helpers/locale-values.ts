/**
 * The number a Russian or Kazakh value shows, scaled back to whole units, read the way a reader
 * reads it: "более 13,2 трлн тенге" → 13.2e12, "3 500-ден астам" → 3500, "$642 000" → 642000.
 * Null when the text shows no number.
 *
 *   shownNumber("около $16,7 млн") // 16700000
 */
const SCALES: Record<string, number> = { "тыс.": 1e3, млн: 1e6, млрд: 1e9, трлн: 1e12 };

export function shownNumber(text: string): number | null {
  const m = /(\d+(?:\u00a0\d{3})*(?:,\d+)?)(?:\u00a0(тыс\.|млн|млрд|трлн))?/.exec(text);
  if (!m) return null;
  return Number(m[1]!.replace(/\u00a0/g, "").replace(",", ".")) * (SCALES[m[2] ?? ""] ?? 1);
}

/** How far a shown number may be from the value: half the last digit a figure in its scale shows. */
export function shownTolerance(value: number): number {
  const scale = Math.abs(value) >= 1e6 ? 10 ** (Math.floor(Math.log10(Math.abs(value)) / 3) * 3) : 1;
  return scale * 0.05 + 0.5;
}

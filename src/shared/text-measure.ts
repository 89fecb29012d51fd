/**
 * Text measurement without a browser: widths from a per-character table, so layout runs the same in
 * Node and in tests. The table is Observable Plot's `defaultWidth` map (observablehq/plot
 * src/marks/text.js: round(measureText(c).width * 10) at 10px system-ui), plus the few symbols our
 * labels use.
 *
 *   textWidth("3.6×", 28, { bold: true }) // ≈ 53 px
 *   wrapText("Cryptocurrency seized from shut platforms", 150, 14) // ["Cryptocurrency seized", "from shut platforms"]
 */

const WIDTHS: Record<string, number> = {
  a: 56, b: 63, c: 57, d: 63, e: 58, f: 37, g: 62, h: 60, i: 26, j: 26, k: 55, l: 26, m: 88,
  n: 60, o: 60, p: 62, q: 62, r: 39, s: 54, t: 38, u: 60, v: 55, w: 79, x: 54, y: 55, z: 55,
  A: 69, B: 67, C: 73, D: 74, E: 61, F: 58, G: 76, H: 75, I: 28, J: 55, K: 67, L: 58, M: 89,
  N: 75, O: 78, P: 65, Q: 78, R: 67, S: 65, T: 65, U: 75, V: 69, W: 98, X: 69, Y: 67, Z: 67,
  0: 64, 1: 48, 2: 62, 3: 64, 4: 66, 5: 63, 6: 65, 7: 58, 8: 65, 9: 65,
  " ": 29, "!": 32, '"': 49, "'": 31, "(": 39, ")": 39, ",": 31, "-": 48, ".": 31, "/": 32,
  ":": 31, ";": 31, "?": 52, "‘": 31, "’": 31, "“": 47, "”": 47, "…": 82,
  // Not in Plot's table; measured the same way.
  $: 63, "%": 90, "+": 66, "×": 66, "₸": 62, "–": 56, "—": 100, "&": 72,
}; // prettier-ignore

/** Bold glyphs run about 7% wider than regular ones in system-ui. */
const BOLD = 1.07;

export interface TextStyle {
  bold?: boolean;
}

/** Width in px of `text` set at `fontSize` px. Deliberately errs a little wide. */
export function textWidth(text: string, fontSize: number, { bold = false }: TextStyle = {}): number {
  let sum = 0;
  for (const ch of text) sum += WIDTHS[ch] ?? WIDTHS.e!;
  return (sum / 100) * fontSize * (bold ? BOLD : 1);
}

/**
 * Greedy word wrap into lines no wider than `maxWidth`. A single word wider than the line stays
 * whole on its own line (we never hyphenate labels).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, style: TextStyle = {}): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, style) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

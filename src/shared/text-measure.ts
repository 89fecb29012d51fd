/**
 * Text measurement without a browser: widths from a per-character table, so layout runs the same in
 * Node and in tests. The table is Observable Plot's `defaultWidth` map (observablehq/plot
 * src/marks/text.js: round(measureText(c).width * 10) at 10px system-ui), plus the few symbols our
 * labels use, and Cyrillic with the Kazakh letters: Chromium's canvas widths for the system font stack
 * (Debian's DejaVu Sans), scaled onto the table by the median ratio of the Latin letters, and never
 * narrower than a Latin look-alike's ("а" as "a"), so Russian and Kazakh labels wrap before they clip.
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
  "\u00a0": 29, "«": 60, "»": 60, "№": 102,
  а: 60, б: 60, в: 58, г: 52, д: 68, е: 60, ё: 60, ж: 88, з: 52, и: 64, й: 64, к: 59, л: 63, м: 74,
  н: 64, о: 60, п: 64, р: 62, с: 57, т: 57, у: 58, ф: 84, х: 58, ц: 67, ч: 58, ш: 90, щ: 92, ъ: 69,
  ы: 77, ь: 58, э: 54, ю: 83, я: 59,
  А: 69, Б: 67, В: 67, Г: 60, Д: 77, Е: 62, Ё: 62, Ж: 106, З: 63, И: 73, Й: 73, К: 70, Л: 74, М: 89,
  Н: 75, О: 78, П: 74, Р: 65, С: 73, Т: 65, У: 60, Ф: 84, Х: 69, Ц: 76, Ч: 67, Ш: 105, Щ: 107, Ъ: 82,
  Ы: 87, Ь: 67, Э: 68, Ю: 106, Я: 68,
  ә: 60, ғ: 58, қ: 59, ң: 65, ө: 60, ұ: 58, ү: 58, һ: 62, і: 27,
  Ә: 77, Ғ: 66, Қ: 70, Ң: 74, Ө: 77, Ұ: 60, Ү: 60, Һ: 67, І: 29,
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
 * whole on its own line (we never hyphenate labels). Lines break at ordinary spaces only: a
 * no-break space (U+00A0) holds a formatted value together ("13,2 трлн тенге").
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, style: TextStyle = {}): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
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

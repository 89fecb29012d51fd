/**
 * Triage for the terminal: one row per number (line, verdict, number, claim, the article's sentence
 * and the claim's quote, both shortened around the number), then, on request, the rows to paste.
 *
 *   console.log(formatTriage(report, { seedDir: "seeds", rows: true }));
 */
import type { TriageItem, TriageReport } from "./triage.ts";

const WIDTH = { verdict: 9, number: 24, claim: 30, sentence: 52 };

/** `text` cut to `width` characters around [start, end), with an ellipsis where it was cut. */
export function around(text: string, start: number, end: number, width: number): string {
  const flat = text.replace(/\s+/g, " ");
  if (flat.length <= width) return flat;
  const room = Math.max(0, width - (end - start) - 2);
  let from = Math.max(0, start - Math.floor(room / 2));
  const to = Math.min(flat.length, from + width - 2);
  from = Math.max(0, to - (width - 2));
  return `${from > 0 ? "…" : ""}${flat.slice(from, to).trim()}${to < flat.length ? "…" : ""}`;
}

const cell = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

/** Where the item's number stands in its sentence, and the claim's quote shortened around its own. */
function sentences(item: TriageItem): [string, string] {
  const { mention } = item;
  const at = mention.sentence.indexOf(mention.text);
  const article = around(
    mention.sentence,
    Math.max(0, at),
    Math.max(0, at) + mention.text.length,
    WIDTH.sentence,
  );
  const quote = item.claimQuote ?? "";
  const number = item.claimNumber ?? "";
  const numberAt = number ? quote.indexOf(number) : -1;
  const claim = quote
    ? around(quote, Math.max(0, numberAt), Math.max(0, numberAt) + number.length, WIDTH.sentence)
    : "–";
  return [article, claim];
}

export interface TriageTableOptions {
  /** The folder the article was read from, for the heading. */
  seedDir?: string;
  /** Also list the claims.csv and decisions.csv rows to paste. */
  rows?: boolean;
}

/** The report as a table, with a heading that counts the verdicts. */
export function formatTriage(report: TriageReport, options: TriageTableOptions = {}): string {
  const counts = { confirms: 0, disagrees: 0, new: 0 };
  for (const item of report.items) counts[item.verdict]++;
  const where = options.seedDir ? `${options.seedDir}/${report.source}` : report.source;
  const lines = [
    `triage ${where}${report.date ? ` (dated ${report.date})` : ""}: ` +
      `${counts.confirms} confirm, ${counts.disagrees} disagree, ${counts.new} new`,
    [
      "line".padStart(5),
      cell("verdict", WIDTH.verdict),
      cell("number", WIDTH.number),
      cell("claim", WIDTH.claim),
      cell("article says", WIDTH.sentence),
      "claim says",
    ].join("  "),
  ];
  for (const item of report.items) {
    const [article, claim] = sentences(item);
    lines.push(
      [
        String(item.mention.line).padStart(5),
        cell(item.verdict, WIDTH.verdict),
        cell(item.mention.text, WIDTH.number),
        cell(item.claim ?? "–", WIDTH.claim),
        cell(article, WIDTH.sentence),
        claim,
      ]
        .join("  ")
        .trimEnd(),
    );
  }
  if (options.rows) lines.push(...pasteRows(report));
  return lines.join("\n");
}

/** The rows an editor pastes, each with the number it comes from. */
function pasteRows(report: TriageReport): string[] {
  const withRows = report.items.filter((i) => i.suggestion);
  if (!withRows.length) return [];
  const lines = [
    "",
    "Rows for data/claims.csv (paste the ones the story should cite; edit metric, period and note):",
  ];
  for (const item of withRows)
    lines.push(
      `  # line ${item.mention.line}, ${item.verdict}: ${item.mention.text}`,
      `  ${item.suggestion!.claimCsv}`,
    );
  const decisions = withRows.flatMap((i) =>
    i.suggestion!.decisions.map((d) => ({ d, claim: i.suggestion!.claim.id })),
  );
  if (decisions.length) {
    lines.push(
      "",
      "Rows for data/decisions.csv (needed once the claim row named is pasted; rewrite each reason):",
    );
    for (const { d, claim } of decisions)
      lines.push(
        `  # with ${claim}${d.replaces ? `; replaces the existing row for ${d.conflict}` : ""}`,
        `  ${d.csv}`,
      );
  }
  return lines;
}

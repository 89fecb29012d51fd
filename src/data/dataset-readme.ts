/** The README inside the dataset download: what each file and column means, and every editorial call. */
import type { Coverage } from "../pipeline/schema.ts";
import type { Conflict } from "../pipeline/types.ts";
import type { ClaimRecord } from "./generated.ts";
import { conflictValues } from "./conflict-values.ts";
import { plainText } from "./story-copy.ts";

export function datasetReadme(
  coverage: Coverage,
  conflicts: readonly Conflict[],
  claims: ReadonlyMap<string, ClaimRecord>,
): string {
  const decisions = conflicts
    .map((k) => {
      const d = k.decision;
      const call = d
        ? `${d.difference}; the story uses ${d.chosen ?? "none of them"}. ${plainText(d.reason, claims)}`
        : "no decision recorded yet.";
      const what =
        k.kind === "conversion" ? `one amount converted to ${conflictValues(k)}` : conflictValues(k);
      const title = k.title ? `${k.title}, ` : "";
      return `- \`${k.id}\` (${title}the sources give ${what}; claims ${k.items.map((i) => i.claim ?? "none").join(", ")}): ${call}`;
    })
    .join("\n");
  return `# Kazakhstan's crackdown on illicit crypto platforms: the data

Dataset version ${coverage.version}${coverage.dataDate ? `, data last changed ${coverage.dataDate}` : ""}.
Compiled from ${coverage.seeds} news articles. Every claim quotes the sentence it comes from.

## Files

- \`claims.csv\`: every curated claim.
  - \`id\`: stable identifier; the site's methodology page has an anchor \`#claim-<id>\`.
  - \`metric\`, \`period\`: what is measured and when (\`undated\` when the article gives no date).
  - \`value\`: normalised to whole units (dollars, tenge, USDT, counts); dates as YYYY-MM(-DD); empty for a statement.
  - \`unit\`: KZT (tenge), USD, USDT (a dollar stablecoin), count, percent, months, year, date; \`statement\` for a claim with no number, whose quote is the claim.
  - \`qualifier\`: exact, over ("more than"), at-least ("192,000+"), about, under, at-most.
  - \`as_written\`: the number as the article printed it.
  - \`source\`, \`quote\`: the article file and the exact text of the claim (empty for derived rows).
  - \`formula\`, \`inputs\`: for derived rows, the arithmetic over other claim ids.
  - \`conflicts\`: ids of disagreements this claim is part of.
- \`conflicts.csv\`: one row per quote in each disagreement, with the editorial decision.
  \`implied_rate_kzt_per_usd\` is the exchange rate implied by an article's own conversion.
- \`sources.csv\`: the articles, described only by what their own text states, with caveats.

Dollar figures are the articles' own; no article says at what rate it converted, and the rates
their figures imply differ (see \`implied_rate_kzt_per_usd\` in conflicts.csv).

## Editorial decisions

${decisions}
`;
}

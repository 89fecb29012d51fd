/**
 * The anchors of the methodology page, for links from anywhere on the site:
 *
 *   `${import.meta.env.BASE_URL}methodology/#${claimAnchor("crypto-seized-2025-000")}`
 */

/** `claim-<id>`: claim ids are already kebab-case. */
export const claimAnchor = (id: string): string => `claim-${id}`;

/** `conflict-<id>` with every ":" replaced by "-" (`value:exchangers-shut:2025` → `conflict-value-exchangers-shut-2025`). */
export const conflictAnchor = (id: string): string => `conflict-${id.replaceAll(":", "-")}`;

/** `source-<file name without .txt>`. */
export const sourceAnchor = (file: string): string => `source-${file.replace(/\.txt$/, "")}`;

/** A short name for a seed in tight places: `001_31deede589c63d02.txt` → "Article 001". */
export const sourceLabel = (file: string): string => {
  const stem = file.replace(/\.txt$/, "");
  const prefix = /^(\d+)_/.exec(stem)?.[1];
  return prefix ? `Article ${prefix}` : stem;
};

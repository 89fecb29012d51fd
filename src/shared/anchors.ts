/**
 * The anchors of the methodology page, for links from anywhere on the site (the story's citations,
 * the methodology's own cross-references):
 *
 *   `${base}methodology/#${claimAnchor("crypto-seized-2025-000")}`
 */

/** `claim-<id>`: claim ids are already kebab-case. */
export const claimAnchor = (id: string): string => `claim-${id}`;

/** `conflict-<id>` with every ":" replaced by "-" (`value:exchangers-shut:2025` → `conflict-value-exchangers-shut-2025`). */
export const conflictAnchor = (id: string): string => `conflict-${id.replaceAll(":", "-")}`;

/** `source-<file name without .txt>`. */
export const sourceAnchor = (file: string): string => `source-${file.replace(/\.txt$/, "")}`;

/**
 * The shapes that flow through the data pipeline, each inferred from its schema in `schema.ts` (the
 * one place a shape is declared; its fields are documented there):
 * seeds → {@link Source} + {@link Mention} → curated {@link Claim} → {@link Conflict} → chart datasets.
 */
import type { z } from "zod";
import type { QUALIFIERS, UNITS } from "./vocabulary.ts";
import type {
  claimRecordSchema,
  claimSchema,
  conflictItemSchema,
  conflictKindSchema,
  conflictSchema,
  conversionSchema,
  correctionSchema,
  decisionSchema,
  mentionRecordSchema,
  mentionSchema,
  sourceRecordSchema,
  sourceSchema,
} from "./schema.ts";

/** Units a number can be normalised to. Money is in whole currency units (not millions). */
export type Unit = (typeof UNITS)[number];
/** How the text hedges a number: "over 3,500", "about $913", "less than 5%", "192,000+". */
export type Qualifier = (typeof QUALIFIERS)[number];

/** One seed article, described only by what its own text states. */
export type Source = z.output<typeof sourceSchema>;
/** A dollar (or other) equivalent given in brackets right after an amount. */
export type Conversion = z.output<typeof conversionSchema>;
/** One number found automatically in a seed. */
export type Mention = z.output<typeof mentionSchema>;
/** A curated row of `data/claims.csv` once verified: a number, or a statement (no value, no unit). */
export type Claim = z.output<typeof claimSchema>;
export type ConflictKind = z.output<typeof conflictKindSchema>;
/** A disagreement between sources, with every quote involved. */
export type Conflict = z.output<typeof conflictSchema>;
export type ConflictItem = z.output<typeof conflictItemSchema>;
/** An editor's call on a conflict, from data/decisions.csv. */
export type Decision = z.output<typeof decisionSchema>;

/** One changed field of one claim, from data/corrections.csv. */
export type Correction = z.output<typeof correctionSchema>;

/** The published records: each shape with what the other datasets say about it. */
export type SourceRecord = z.output<typeof sourceRecordSchema>;
export type MentionRecord = z.output<typeof mentionRecordSchema>;
export type ClaimRecord = z.output<typeof claimRecordSchema>;

export type { ChartDataset, ChartPoint, Coverage, TriageFile } from "./schema.ts";

/** A seed's text after decoding, BOM removal and line-ending normalisation; offsets index this. */
export interface SeedText {
  id: string;
  text: string;
}

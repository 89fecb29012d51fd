/**
 * Schemas for every generated dataset: validated when written, trusted when read. Bump
 * SCHEMA_VERSION when a shape changes so readers can tell.
 */
import { z } from "zod";
import { DIFFERENCES } from "./conflicts.ts";
import { ITEM_KINDS, VERDICTS } from "./triage.ts";
import { QUALIFIERS, UNITS } from "./types.ts";

export const SCHEMA_VERSION = 2;

const unit = z.enum(UNITS as [string, ...string[]]);
const qualifier = z.enum(QUALIFIERS as [string, ...string[]]);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const file = z.string().regex(/^[^/\\]+\.txt$/);

export const sourceSchema = z.strictObject({
  id: file,
  title: z.string().min(1),
  author: z.string().nullable(),
  outlet: z.string().nullable(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  caveats: z.array(z.string()),
  chars: z.number().int().positive(),
  lines: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  claims: z.number().int().nonnegative(),
  mentions: z.number().int().nonnegative(),
});

const conversionSchema = z.strictObject({
  value: z.number(),
  unit,
  qualifier,
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const mentionSchema = z.strictObject({
  id: z.string(),
  source: file,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  line: z.number().int().positive(),
  text: z.string().min(1),
  sentence: z.string().min(1),
  value: z.number(),
  unit,
  qualifier,
  iso: z.string().nullable(),
  noun: z.string().nullable(),
  unitFrom: z.enum(["text", "context"]),
  conversion: conversionSchema.nullable(),
  usedBy: z.array(id),
});

export const claimSchema = z.strictObject({
  id,
  metric: id,
  period: z.string().min(1),
  value: z.number().nullable(),
  unit: unit.nullable(),
  qualifier,
  iso: z.string().nullable(),
  source: file.nullable(),
  quote: z.string().min(1).nullable(),
  note: z.string(),
  formula: z.string().nullable(),
  inputs: z.array(id),
  mention: z.string().nullable(),
  asWritten: z.string().nullable(),
  quoteStart: z.number().int().nonnegative().nullable(),
  quoteEnd: z.number().int().positive().nullable(),
  line: z.number().int().positive(),
  conflicts: z.array(z.string()),
});

export const conflictSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(["value", "qualifier", "conversion", "declared"]),
  subject: z.string(),
  title: z.string().min(1).nullable(),
  summary: z.string(),
  items: z
    .array(
      z.strictObject({
        source: file,
        quote: z.string().min(1),
        value: z.number().nullable(),
        unit: unit.nullable(),
        qualifier: qualifier.nullable(),
        claim: id.nullable(),
        mention: z.string().nullable(),
        rate: z.number().nullable(),
      }),
    )
    .min(2),
  decision: z
    .strictObject({ difference: z.string(), chosen: id.nullable(), reason: z.string().min(1) })
    .nullable(),
});

export const chartPointSchema = z.strictObject({
  key: z.string().min(1),
  label: z.string().min(1),
  group: z.string().nullable(),
  metric: id,
  period: z.string(),
  value: z.number(),
  unit,
  qualifier,
  iso: z.string().nullable(),
  asWritten: z.string().nullable(),
  formula: z.string().nullable(),
  claims: z.array(id).min(1),
  sources: z.array(z.strictObject({ claim: id, source: file, quote: z.string().min(1) })),
});

export const chartSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  title: z.string().min(1),
  subtitle: z.string(),
  notes: z.array(z.string()),
  points: z.array(chartPointSchema).min(1),
});

const envelope = <T extends z.ZodType>(key: string, item: T) =>
  z.strictObject({ schemaVersion: z.literal(SCHEMA_VERSION), version: z.string(), [key]: z.array(item) });

export const sourcesFileSchema = envelope("sources", sourceSchema);
export const mentionsFileSchema = envelope("mentions", mentionSchema);
export const claimsFileSchema = envelope("claims", claimSchema);
export const conflictsFileSchema = envelope("conflicts", conflictSchema);

export const coverageSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  version: z.string(),
  dataDate: z.string().nullable(),
  seeds: z.number().int(),
  mentions: z.number().int(),
  mentionsUsed: z.number().int(),
  claims: z.number().int(),
  /** Claims whose quote was found word for word in their seed (quoted numbers and statements). */
  quotesFound: z.number().int(),
  /** Claims whose value and unit were read from a number inside their quote. */
  valuesFound: z.number().int(),
  /** Derived claims, each recomputed from its formula. */
  derived: z.number().int(),
  conflicts: z.number().int(),
  conflictsUndecided: z.number().int(),
  charts: z.array(id),
});

const triageMentionSchema = z.strictObject({
  text: z.string().min(1),
  value: z.number(),
  unit,
  qualifier,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  line: z.number().int().positive(),
  sentence: z.string().min(1),
});

/** A claims.csv row as text, as triage suggests it: it must pass the claims checks once pasted. */
const claimRowSchema = z.strictObject({
  id,
  metric: id,
  period: z.string().min(1),
  value: z.string().min(1),
  unit,
  qualifier,
  source: file,
  quote: z.string().min(1),
  note: z.string(),
  formula: z.literal(""),
});

const decisionRowSchema = z.strictObject({
  conflict: z.string().regex(/^(?:value|qualifier|conversion):/),
  title: z.string().min(1),
  claims: z.string(),
  difference: z.enum(DIFFERENCES),
  chosen: z.union([id, z.literal("")]),
  reason: z.string().min(1),
  replaces: z.boolean(),
  csv: z.string().min(1),
});

export const triageItemSchema = z
  .strictObject({
    mention: triageMentionSchema,
    kind: z.enum(ITEM_KINDS),
    period: z.string().nullable(),
    verdict: z.enum(VERDICTS),
    claim: id.nullable(),
    claimQuote: z.string().nullable(),
    claimNumber: z.string().nullable(),
    reason: z.string().min(1),
    suggestion: z
      .strictObject({
        claim: claimRowSchema,
        claimCsv: z.string().min(1),
        decisions: z.array(decisionRowSchema),
      })
      .nullable(),
  })
  .refine((item) => (item.verdict === "new") === (item.claim === null), {
    message: "a confirming or disagreeing item names its claim; a new one names none",
  });

/** data/generated/triage/<seed>.json: an editor's worksheet, never published. */
export const triageFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The dataset version (of the claims) the article was read against. */
  version: z.string(),
  source: file,
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  counts: z.strictObject({
    confirms: z.number().int().nonnegative(),
    disagrees: z.number().int().nonnegative(),
    new: z.number().int().nonnegative(),
  }),
  items: z.array(triageItemSchema),
});

export type ChartPoint = z.infer<typeof chartPointSchema>;
export type ChartDataset = z.infer<typeof chartSchema>;
export type Coverage = z.infer<typeof coverageSchema>;
export type TriageFile = z.infer<typeof triageFileSchema>;

/**
 * The story's copy: its schema, its checks and the citations its numbers render as. Copy lives in
 * src/content/story/*.yaml; this module is pure so the build and the tests validate it the same way.
 *
 * Copy never types a number. It names a claim, `{claim-id}`, which renders as the claim's value (a
 * statement claim, which has none, renders as a citation mark), `{claim-id.period}`, which renders the
 * year the claim is about (for "in 2025" without typing it), or `{claim-id.source}`, which renders
 * the article the claim comes from, by outlet or headline.
 *
 *   storyProseProblems("Shut {exchangers-shut-2025-000} in 2025", ids)
 *   // → ['types the number "2025"; write {claim-id} or {claim-id.period} so it comes from the data']
 */
import { z } from "zod";
import type { Conflict } from "../pipeline/types.ts";
import { conflictAnchor } from "../shared/anchors.ts";
import type { ClaimRecord, SourceRecord } from "./generated.ts";
import { misreadReferences } from "../pipeline/prose-refs.ts";
import { formatClaimValue } from "../shared/format.ts";
import { conflictValues } from "./conflict-values.ts";

/** `{claim-id}`, `{claim-id.period}` or `{claim-id.source}`. */
export const STORY_REF = /\{([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.(period|source))?\}/g;

export type RefField = "value" | "period" | "source";
export type StoryPart = { text: string } | { claim: string; field: RefField };

/** Splits copy into text and claim references, for rendering. */
export function splitStoryProse(text: string): StoryPart[] {
  const parts: StoryPart[] = [];
  let last = 0;
  for (const m of text.matchAll(STORY_REF)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ claim: m[1]!, field: (m[2] as RefField | undefined) ?? "value" });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** What the checks need to know about the data: the claims, and each chart's states. */
export interface StoryContext {
  claims: ReadonlyMap<string, Pick<ClaimRecord, "id" | "period" | "source" | "unit">>;
  /** The states chart `id` can show; null for an id that is not a chart. */
  statesOf: (id: string) => readonly string[] | null;
  /** Dataset ids the story may put in a figure. */
  charts: ReadonlySet<string>;
  /** The checks on each piece of copy: storyProseProblems unless given (a translation brings its own). */
  proseProblems?: (text: string) => string[];
}

/** Problems with one piece of copy: typed digits, unknown claims, a `.period` that is not a year. */
export function storyProseProblems(text: string, claims: StoryContext["claims"]): string[] {
  const problems: string[] = [];
  for (const part of splitStoryProse(text)) {
    if ("text" in part) continue;
    const claim = claims.get(part.claim);
    if (!claim) problems.push(`names unknown claim {${part.claim}} (not in data/claims.csv)`);
    else if (part.field === "period" && !/^\d{4}$/.test(claim.period))
      problems.push(`asks for the year of {${part.claim}}, whose period "${claim.period}" is not a year`);
    else if (part.field === "source" && claim.source === null)
      problems.push(`asks for the source of {${part.claim}}, a derived claim with no article`);
  }
  problems.push(...misreadReferences(text, (id) => claims.get(id)?.unit));
  const bare = text.replace(STORY_REF, "");
  const digits = /[^\s]*\d[^\s]*/.exec(bare);
  if (digits)
    problems.push(
      `types the number "${digits[0]}"; write {claim-id} or {claim-id.period} so it comes from the data`,
    );
  const stray = /[{}]/.exec(bare);
  if (stray) problems.push(`has a stray "${stray[0]}": references look like {claim-id}`);
  return problems;
}

const slug = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "must be kebab-case, e.g. the-cash-out");

/**
 * The schema every file in src/content/story/ must pass. Built from the data so a typo in a claim id
 * or a chart state fails `astro build` with the file and field named.
 */
export function storyEntrySchema(ctx: StoryContext) {
  const problems = ctx.proseProblems ?? ((text: string) => storyProseProblems(text, ctx.claims));
  const prose = z
    .string()
    .min(1)
    .superRefine((text, c) => {
      for (const message of problems(text)) c.addIssue({ code: "custom", message });
    });
  // Labels for menus and buttons: short, plain, and no numbers at all.
  const label = z
    .string()
    .min(1)
    .max(40)
    .regex(/^[^\d{}]*$/, "may not contain digits or references");
  const chart = z.string().refine((id) => ctx.charts.has(id), {
    message: `must be a chart dataset (one of: ${[...ctx.charts].join(", ")})`,
  });

  /** A step without a state continues the step before it: another paragraph in the same card. */
  const step = z.strictObject({ id: slug, state: z.string().min(1).optional(), text: prose });
  const block = z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("text"), text: prose }),
    z.strictObject({ type: z.literal("figure"), chart }),
  ]);
  const switchOption = z.strictObject({ state: z.string().min(1), label });

  const opening = z.strictObject({
    kind: z.literal("opening"),
    kicker: label,
    headline: prose,
    dek: prose,
    byline: prose,
    intro: z.array(prose).min(1),
  });
  const chapter = z
    .strictObject({
      kind: z.literal("chapter"),
      id: slug,
      title: prose,
      chart,
      /**
       * The state shown with JavaScript off and before the first step; the first step's state unless
       * given (a chart with a currency switch shows both currencies there).
       */
      rest: z.string().min(1).optional(),
      /** A control that lets the reader switch the chart between states (e.g. tenge and dollars). */
      switch: z.strictObject({ legend: label, options: z.array(switchOption).min(2) }).optional(),
      steps: z.array(step).min(1),
      after: z.array(block).default([]),
    })
    .superRefine((ch, c) => {
      const states = ctx.statesOf(ch.chart);
      if (!states) return; // an unknown chart, which the chart check above already reports
      const check = (state: string, path: (string | number)[]) => {
        if (!states.includes(state))
          c.addIssue({
            code: "custom",
            path,
            message: `chart "${ch.chart}" has no state "${state}" (it has: ${states.join(", ")})`,
          });
      };
      if (ch.steps[0]!.state === undefined)
        c.addIssue({ code: "custom", path: ["steps", 0, "state"], message: "the first step needs a state" });
      ch.steps.forEach((s, i) => s.state !== undefined && check(s.state, ["steps", i, "state"]));
      if (ch.rest) check(ch.rest, ["rest"]);
      ch.switch?.options.forEach((o, i) => check(o.state, ["switch", "options", i, "state"]));
    });
  const watchItem = z.strictObject({ title: prose, text: prose });
  const ending = z.strictObject({
    kind: z.literal("ending"),
    id: slug,
    title: prose,
    intro: prose,
    watch: z.array(watchItem).min(1),
    closing: z.array(prose).default([]),
  });
  return z.discriminatedUnion("kind", [opening, chapter, ending], {
    error: (issue) =>
      issue.code === "invalid_union"
        ? 'unknown content block: "kind" must be "opening", "chapter" or "ending"'
        : undefined,
  });
}

export type StoryEntry = z.infer<ReturnType<typeof storyEntrySchema>>;
export type Opening = Extract<StoryEntry, { kind: "opening" }>;
export type Chapter = Extract<StoryEntry, { kind: "chapter" }>;
export type Ending = Extract<StoryEntry, { kind: "ending" }>;
export interface Story {
  opening: Opening;
  chapters: Chapter[];
  ending: Ending;
}

/**
 * Puts the files in reading order (by file name) and checks what no single file can: one opening
 * first, one ending last, and no id used twice (ids are anchors in the page).
 */
export function assembleStory(
  entries: ReadonlyArray<{ id: string; data: StoryEntry }>,
  dir = "src/content/story",
): Story {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const where = (i: number) => `${dir}/${sorted[i]!.id}.yaml`;
  const first = sorted[0]?.data;
  const last = sorted.at(-1)?.data;
  if (first?.kind !== "opening") throw new Error(`the story must start with an "opening" file`);
  if (last?.kind !== "ending") throw new Error(`the story must end with an "ending" file`);
  const chapters: Chapter[] = [];
  sorted.forEach((e, i) => {
    if (i === 0 || i === sorted.length - 1) return;
    if (e.data.kind !== "chapter")
      throw new Error(`${where(i)}: only chapters may sit between opening and ending`);
    chapters.push(e.data);
  });
  const seen = new Set<string>();
  const claim = (id: string) => {
    if (seen.has(id)) throw new Error(`the story uses the id "${id}" twice; ids are page anchors`);
    seen.add(id);
  };
  for (const ch of chapters) {
    claim(ch.id);
    for (const s of ch.steps) claim(s.id);
  }
  claim(last.id);
  return { opening: first, chapters, ending: last };
}

/** A step card: a step with a state and the steps without one that continue it. */
export interface StepCard {
  id: string;
  state: string;
  paragraphs: { id: string; text: string }[];
}

/** The chapter's steps as cards, in order: each continuation joins the card before it. */
export function stepCards(ch: Pick<Chapter, "steps">): StepCard[] {
  const cards: StepCard[] = [];
  for (const s of ch.steps) {
    if (s.state !== undefined) cards.push({ id: s.id, state: s.state, paragraphs: [] });
    const card = cards.at(-1);
    if (!card) throw new Error(`step "${s.id}" continues no step: the first step needs a state`);
    card.paragraphs.push({ id: s.id, text: s.text });
  }
  return cards;
}

/** The state a chapter's chart shows without JavaScript: `rest`, else what its first step describes. */
export const restState = (ch: Pick<Chapter, "steps" | "rest">): string => ch.rest ?? stepCards(ch)[0]!.state;

/** The claims a piece of copy cites by value (`{id}`; not `{id.period}` or `{id.source}`). */
export const citedValues = (text: string): string[] =>
  splitStoryProse(text).flatMap((p) => ("claim" in p && p.field === "value" ? [p.claim] : []));

/**
 * The state the social card draws the lead chart in: the step card that cites most of the claims the
 * headline and dek cite, the later one on a tie (the story builds towards it); the chart's rest state
 * if no card cites any.
 */
export function socialState(
  opening: Pick<Opening, "headline" | "dek">,
  lead: Pick<Chapter, "steps" | "rest">,
): string {
  const wanted = new Set([...citedValues(opening.headline), ...citedValues(opening.dek)]);
  let best = { state: restState(lead), score: 0 };
  for (const card of stepCards(lead)) {
    const score = new Set(card.paragraphs.flatMap((p) => citedValues(p.text)).filter((id) => wanted.has(id)))
      .size;
    if (score > 0 && score >= best.score) best = { state: card.state, score };
  }
  return best.state;
}

/** Every piece of copy in the story, with where it sits, e.g. for listing the claims it cites. */
export function storyTexts(story: Story): string[] {
  const { opening, chapters, ending } = story;
  return [
    opening.headline,
    opening.dek,
    opening.byline,
    ...opening.intro,
    ...chapters.flatMap((ch) => [
      ch.title,
      ...ch.steps.map((s) => s.text),
      ...ch.after.flatMap((b) => (b.type === "text" ? [b.text] : [])),
    ]),
    ending.title,
    ending.intro,
    ...ending.watch.flatMap((w) => [w.title, w.text]),
    ...ending.closing,
  ];
}

/** What a reader sees in place of `{claim-id}`: its value, or null for a statement. */
export const claimText = (c: ClaimRecord): string | null => formatClaimValue(c);

/** What a reader sees in place of `{claim-id.source}`: the outlet, else the headline in quotes. */
export function sourceInProse(s: Pick<SourceRecord, "outlet" | "title">): string {
  return s.outlet ?? `the article “${s.title}”`;
}

/** Copy with its references replaced by plain values: for <title>, meta tags and notes in popovers. */
export function plainText(
  text: string,
  claims: ReadonlyMap<string, ClaimRecord>,
  sources?: ReadonlyMap<string, SourceRecord>,
): string {
  return splitStoryProse(text)
    .map((p) => {
      if ("text" in p) return p.text;
      const c = claims.get(p.claim);
      if (!c) throw new Error(`copy names unknown claim {${p.claim}}`);
      if (p.field === "period") return c.period;
      if (p.field === "source") {
        const s = c.source ? sources?.get(c.source) : undefined;
        if (!s) throw new Error(`copy asks for the source of {${p.claim}}, which is not known here`);
        return sourceInProse(s);
      }
      // A statement's reference is a citation mark: in plain text, nothing.
      return claimText(c) ?? "";
    })
    .join("")
    .replace(/\s+([.,;:])/g, "$1");
}

/**
 * The chapter menu, the story's and the methodology header's: each chapter and the ending by its
 * heading, so a reader finds under a name what it promised.
 */
export function chapterMenu(
  story: Story,
  claims: ReadonlyMap<string, ClaimRecord>,
): { id: string; label: string }[] {
  return [...story.chapters, story.ending].map((c) => ({ id: c.id, label: plainText(c.title, claims) }));
}

/** A short name for an article: its outlet, else its author, else its title. */
export function sourceName(s: Pick<SourceRecord, "outlet" | "author" | "title">): string {
  return s.outlet ?? s.author ?? s.title;
}

/** Everything a citation popover shows about one claim. */
export interface Citation {
  id: string;
  /** The value as the copy shows it; null for a statement, whose citation is a mark. */
  text: string | null;
  quote: string | null;
  /** The part of the quote that carries the number, to highlight; null when not found verbatim. */
  asWritten: string | null;
  /** The article as readers know it: headline, outlet, author and date where its text states them. */
  source: {
    title: string;
    outlet: string | null;
    author: string | null;
    date: string | null;
    caveats: string[];
  } | null;
  note: string;
  /** For derived values: the arithmetic in words over the input values. */
  derivation: string | null;
  conflicts: { id: string; anchor: string; values: string; chosen: boolean }[];
}

export function citationFor(
  id: string,
  data: {
    claims: ReadonlyMap<string, ClaimRecord>;
    sources: ReadonlyMap<string, SourceRecord>;
    conflicts: ReadonlyMap<string, Conflict>;
  },
): Citation {
  const c = data.claims.get(id);
  if (!c) throw new Error(`copy names unknown claim {${id}}`);
  const src = c.source ? data.sources.get(c.source) : undefined;
  const derivation = c.formula
    ? c.formula.replace(/[a-z0-9]+(?:-[a-z0-9]+)+/g, (ref) => {
        const input = data.claims.get(ref);
        return (input && claimText(input)) ?? ref;
      })
    : null;
  return {
    id,
    text: claimText(c),
    quote: c.quote,
    asWritten: c.asWritten && c.quote?.includes(c.asWritten) ? c.asWritten : null,
    source: src
      ? { title: src.title, outlet: src.outlet, author: src.author, date: src.date, caveats: src.caveats }
      : null,
    note: plainText(c.note, data.claims, data.sources),
    derivation: derivation?.replace(/ - /g, " less ").replace(/ \+ /g, " plus ") ?? null,
    // One box per disagreement a reader can tell apart: two conflicts over the same values (the
    // same dollar figures as a value conflict and as a conversion conflict) show once.
    conflicts: c.conflicts
      .map((cid) => {
        const conflict = data.conflicts.get(cid);
        return {
          id: cid,
          anchor: conflictAnchor(cid),
          title: conflict?.title ?? null,
          // A declared disagreement may span many figures or none: its title says what it is about.
          values: !conflict
            ? ""
            : conflict.kind === "declared" && conflict.title
              ? conflict.title
              : conflictValues(conflict),
          chosen: conflict?.decision?.chosen === id,
        };
      })
      .filter(
        (k, i, all) => k.values === "different accounts" || all.findIndex((o) => o.values === k.values) === i,
      ),
  };
}

/** Straight quotes to typographic ones, as a copy desk would set them. */
export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s(\u2014])"/g, "$1\u201c")
    .replace(/"/g, "\u201d")
    .replace(/(^|[\s(\u2014])'/g, "$1\u2018")
    .replace(/'/g, "\u2019");
}

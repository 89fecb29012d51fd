/**
 * The story's copy rules: numbers only as `{claim-id}` references, known claims, known chart states,
 * known block kinds. The schema is the one src/content.config.ts hands Astro, so the build applies
 * exactly these checks; the last test runs Astro on a copy of the project to prove the build fails.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import {
  assembleStory,
  plainText,
  splitStoryProse,
  storyEntrySchema,
  storyProseProblems,
  type StoryContext,
  type StoryEntry,
} from "../../src/data/story-copy.ts";
import { loadClaims } from "../../src/data/generated.ts";

const claims = new Map([
  ["shut-2025", { id: "shut-2025", period: "2025", unit: "count" as const, source: "a.txt" }],
  ["rule", { id: "rule", period: "new-rule", unit: null, source: "a.txt" }],
  ["derived", { id: "derived", period: "2023", unit: "KZT" as const, source: null }],
]);
const ctx: StoryContext = {
  claims,
  charts: new Set(["shutdowns"]),
  statesOf: (id) => (id === "shutdowns" ? ["2024", "2025"] : null),
};
const schema = storyEntrySchema(ctx);
const chapter = (overrides: Record<string, unknown> = {}) => ({
  kind: "chapter",
  id: "the-crackdown",
  title: "The exchangers",
  chart: "shutdowns",
  steps: [{ id: "step-a", state: "2025", text: "They shut {shut-2025} in {shut-2025.period}." }],
  ...overrides,
});
const messages = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("storyProseProblems(text, claims)", () => {
  it("accepts copy whose numbers are all {claim-id} or {claim-id.period} references", () => {
    expect(storyProseProblems("They shut {shut-2025} in {shut-2025.period}.", claims)).toEqual([]);
  });

  it("rejects a typed digit, naming it", () => {
    expect(storyProseProblems("They shut {shut-2025} in 2025.", claims)).toEqual([
      'types the number "2025."; write {claim-id} or {claim-id.period} so it comes from the data',
    ]);
  });

  it("rejects a reference to a claim that does not exist", () => {
    expect(storyProseProblems("They shut {shut-2052}.", claims)).toEqual([
      "names unknown claim {shut-2052} (not in data/claims.csv)",
    ]);
  });

  it("rejects a value reference where the sentence needs a noun: 'the figure in {id}' reads as 'in 36'", () => {
    expect(storyProseProblems("It matches the figure in {shut-2025}.", claims)).toEqual([
      'reads "in {shut-2025}" as a number where the sentence needs a noun; write {shut-2025.source} or reword',
    ]);
    expect(storyProseProblems("It matches the figure {shut-2025.source} gives.", claims)).toEqual([]);
  });

  it("rejects {id.source} for a derived claim, which has no article", () => {
    expect(storyProseProblems("As {derived.source} says.", claims)[0]).toMatch(
      /derived claim with no article/,
    );
  });

  it("rejects {id.period} when the claim's period is not a year, and a stray brace", () => {
    expect(storyProseProblems("From {rule.period}.", claims)[0]).toMatch(/period "new-rule" is not a year/);
    expect(storyProseProblems("A {Broken} ref.", claims)[0]).toMatch(/stray "\{"/);
  });
});

describe("splitStoryProse(text) and plainText(text, claims)", () => {
  it("splits copy into text, value references and period references", () => {
    expect(splitStoryProse("Shut {a-b} in {a-b.period}.")).toEqual([
      { text: "Shut " },
      { claim: "a-b", field: "value" },
      { text: " in " },
      { claim: "a-b", field: "period" },
      { text: "." },
    ]);
  });

  it("renders references as the values a reader sees", () => {
    const real = new Map(loadClaims().map((c) => [c.id, c]));
    expect(plainText("{atm-withdrawals-2024-kzt-001} in {atm-withdrawals-2024-kzt-001.period}", real)).toBe(
      "more than 13.2 trillion tenge in 2024",
    );
  });
});

describe("storyEntrySchema(ctx): the schema the build validates src/content/story/*.yaml with", () => {
  it("accepts a well-formed chapter", () => {
    expect(messages(chapter())).toEqual([]);
  });

  it("fails on a digit typed in a step, naming the field", () => {
    const bad = chapter({ steps: [{ id: "step-a", state: "2025", text: "They shut 130 platforms." }] });
    expect(messages(bad)).toEqual([
      'steps.0.text: types the number "130"; write {claim-id} or {claim-id.period} so it comes from the data',
    ]);
  });

  it("fails on an unknown claim id", () => {
    const bad = chapter({ title: "The {no-such-claim} exchangers" });
    expect(messages(bad)).toEqual(["title: names unknown claim {no-such-claim} (not in data/claims.csv)"]);
  });

  it("fails on a chart state the chart does not have", () => {
    const bad = chapter({ steps: [{ id: "step-a", state: "2026", text: "Later." }] });
    expect(messages(bad)).toEqual([
      'steps.0.state: chart "shutdowns" has no state "2026" (it has: 2024, 2025)',
    ]);
  });

  it("fails on an unknown chart, and on an unknown kind of block", () => {
    expect(messages(chapter({ chart: "pie" }))[0]).toMatch(/^chart: must be a chart dataset/);
    expect(messages({ kind: "sidebar", text: "x" })).toEqual([
      'kind: unknown content block: "kind" must be "opening", "chapter" or "ending"',
    ]);
  });
});

describe("assembleStory(entries)", () => {
  const opening = {
    kind: "opening",
    kicker: "K",
    headline: "H",
    dek: "D",
    byline: "B",
    intro: ["I"],
  } as StoryEntry;
  const ending = {
    kind: "ending",
    id: "end",
    title: "T",
    intro: "I",
    watch: [],
    closing: [],
  } as StoryEntry;
  const ch = schema.parse(chapter()) as StoryEntry;

  it("orders files by name: opening first, chapters, ending last", () => {
    const story = assembleStory([
      { id: "09-end", data: ending },
      { id: "01-ch", data: ch },
      { id: "00-open", data: opening },
    ]);
    expect(story.chapters.map((c) => c.id)).toEqual(["the-crackdown"]);
  });

  it("refuses an id used twice, since ids are page anchors", () => {
    expect(() =>
      assembleStory([
        { id: "00", data: opening },
        { id: "01", data: ch },
        { id: "02", data: ch },
        { id: "09", data: ending },
      ]),
    ).toThrow(/uses the id "the-crackdown" twice/);
  });
});

describe("the build", () => {
  it("fails when copy types a digit, names an unknown claim or an unknown chart state", async () => {
    const root = mkdtempSync(join(tmpdir(), "story-copy-"));
    try {
      for (const p of ["src", "data", "astro.config.mjs", "tsconfig.json", "package.json"])
        cpSync(p, join(root, p), { recursive: true });
      symlinkSync(join(process.cwd(), "node_modules"), join(root, "node_modules"));
      const file = join(root, "src/content/story/01-crackdown.yaml");
      writeFileSync(
        file,
        readFileSync(file, "utf8")
          .replace("{exchangers-shut-2025-000.period} the count", "2025 the count")
          .replace("{exchangers-shut-2025-004}", "{exchangers-shut-2099}")
          .replace('state: "2024"', "state: nineteen"),
      );
      const run = promisify(execFile)(process.execPath, ["node_modules/astro/bin/astro.mjs", "sync"], {
        cwd: root,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
      });
      const error = (await run.then(
        () => null,
        (e: { stdout: string; stderr: string }) => e,
      )) as { stdout: string; stderr: string } | null;
      expect(error, "astro sync should have failed").not.toBeNull();
      const out = (error!.stdout + error!.stderr).replace(/\s+/g, " ");
      expect(out).toMatch(/01-crackdown/);
      expect(out).toContain('types the number "2025"');
      expect(out).toContain("names unknown claim {exchangers-shut-2099}");
      expect(out).toContain('has no state "nineteen"');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});

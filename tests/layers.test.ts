/**
 * The project's one direction: each folder of src/ is a layer, and a module imports only from its
 * own layer or those below it. An import that runs back up (a chart reading a page, a helper
 * reaching into the renderer) fails here with the file and the import.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf } from "./helpers/imports.ts";

/** Bottom to top. A path belongs to the first layer with a prefix it starts with. */
const LAYERS: ReadonlyArray<readonly [name: string, prefixes: readonly string[]]> = [
  // The data step: pure functions from seeds and curated files to validated datasets.
  ["pipeline", ["src/pipeline/"]],
  // Helpers that know no page and no chart: number formats, text widths, anchors, addresses, tokens.
  ["shared", ["src/shared/", "src/styles/"]],
  // Code that runs in the reader's browser (bundled; never node:fs).
  ["client", ["src/client/"]],
  // The site's reading of the generated datasets and of the story's copy.
  ["data", ["src/data/"]],
  // Russian and Kazakh: formatting, copy checks and the glossary, above the data they translate.
  ["i18n", ["src/i18n/"]],
  // One module per chart: (data, options) → SVG.
  ["charts", ["src/charts/"]],
  // Charts drawn at build time: inline SVG, chart images, the social card, embed heights.
  ["render", ["src/render/"]],
  // Build steps around Astro: client bundles, the Content-Security-Policy.
  ["tooling", ["src/tooling/"]],
  ["components", ["src/components/"]],
  ["layouts", ["src/layouts/"]],
  ["pages", ["src/pages/", "src/content.config.ts", "src/content/"]],
];

/** The layer's index (0 = bottom) of a path relative to the project root, or -1 for none. */
function layerOf(path: string): number {
  return LAYERS.findIndex(([, prefixes]) => prefixes.some((p) => path.startsWith(p)));
}

interface LayerFault {
  file: string;
  imports: string;
  message: string;
}

/** Every import in `files` (path → text) that runs from a lower layer to a higher one. */
function layerFaults(files: ReadonlyMap<string, string>): LayerFault[] {
  const faults: LayerFault[] = [];
  for (const [file, text] of files) {
    const from = layerOf(file);
    for (const spec of importsOf(file, text)) {
      if (!spec.startsWith(".")) continue;
      const target = normalize(join(dirname(file), spec));
      const to = layerOf(target);
      if (to > from)
        faults.push({
          file,
          imports: target,
          message: `${file} (${LAYERS[from]?.[0]}) imports ${target} (${LAYERS[to]![0]}), a higher layer`,
        });
    }
  }
  return faults;
}

/** The src/ files a file imports by relative path, those in `files` only. */
function localImports(files: ReadonlyMap<string, string>, file: string): string[] {
  return importsOf(file, files.get(file)!)
    .filter((spec) => spec.startsWith("."))
    .map((spec) => normalize(join(dirname(file), spec)))
    .filter((target) => files.has(target));
}

/**
 * Every import cycle among `files` (path → text), type-only imports included, each as the path that
 * runs from a file back to it (`a → b → a`), each cycle named once from its first file in order.
 */
function importCycles(files: ReadonlyMap<string, string>): string[] {
  const graph = new Map([...files.keys()].map((f) => [f, localImports(files, f)]));
  const cycles = new Set<string>();
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      const loop = path.slice(at);
      const first = loop.indexOf([...loop].sort()[0]!);
      const turned = [...loop.slice(first), ...loop.slice(0, first)];
      cycles.add([...turned, turned[0]].join(" → "));
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const next of graph.get(file)!) visit(next);
    path.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file);
  return [...cycles].sort();
}

const ROOT = join(import.meta.dirname, "..");
const sources = new Map(
  readdirSync(join(ROOT, "src"), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|astro)$/.test(f))
    .map((f) => `src/${f.split("\\").join("/")}`)
    .sort()
    .map((f) => [f, readFileSync(join(ROOT, f), "utf8")] as const),
);

describe("layers", () => {
  it("every module in src/ belongs to a layer", () => {
    expect(sources.size).toBeGreaterThan(50);
    expect([...sources.keys()].filter((f) => layerOf(f) === -1)).toEqual([]);
  });

  it("no module imports from a layer above its own", () => {
    expect(layerFaults(sources).map((f) => f.message)).toEqual([]);
  });

  it("no module imports itself, directly or through others: every layer reads from the bottom up inside too", () => {
    expect(importCycles(sources)).toEqual([]);
  });

  it("importCycles names each cycle once, type-only imports included, and passes a diamond", () => {
    const files = new Map([
      ["src/pipeline/schema.ts", 'import { VERDICTS } from "./triage.ts";\nimport { z } from "zod";\n'],
      ["src/pipeline/triage.ts", 'import type { Claim } from "./types.ts";\n'],
      ["src/pipeline/types.ts", 'import type { claimSchema } from "./schema.ts";\n'],
      ["src/pipeline/units.ts", ""],
      ["src/shared/format.ts", 'import { UNITS } from "../pipeline/units.ts";\n'],
      ["src/charts/frame.ts", 'import "../shared/format.ts";\nimport "../pipeline/units.ts";\n'],
      ["src/charts/self.ts", 'import { again } from "./self.ts";\n'],
    ]);
    expect(importCycles(files)).toEqual([
      "src/charts/self.ts → src/charts/self.ts",
      "src/pipeline/schema.ts → src/pipeline/triage.ts → src/pipeline/types.ts → src/pipeline/schema.ts",
    ]);
  });

  it("layerFaults names an import that runs back up, in a module and in a component's frontmatter", () => {
    const files = new Map([
      ["src/shared/format.ts", 'import type { Unit } from "../pipeline/types.ts";\n'],
      ["src/charts/frame.ts", 'import { formatValue } from "../shared/format.ts";\n'],
      ["src/data/generated.ts", 'import {\n  renderChart,\n} from "../render/render-chart.ts";\n'],
      [
        "src/components/Figure.astro",
        '---\nimport Page from "../pages/index.astro";\n---\n<p>import x from "../pages/no.ts"</p>\n',
      ],
    ]);
    expect(layerFaults(files)).toEqual([
      {
        file: "src/data/generated.ts",
        imports: "src/render/render-chart.ts",
        message: "src/data/generated.ts (data) imports src/render/render-chart.ts (render), a higher layer",
      },
      {
        file: "src/components/Figure.astro",
        imports: "src/pages/index.astro",
        message:
          "src/components/Figure.astro (components) imports src/pages/index.astro (pages), a higher layer",
      },
    ]);
  });

  it("importsOf reads static, side-effect, re-export and dynamic imports, and a component's scripts", () => {
    const ts = [
      'import a from "./a.ts";',
      'import type { B } from "./b.ts";',
      'export { c } from "./c.ts";',
      'import "./d.css";',
      'const e = await import("./e.ts");',
    ].join("\n");
    expect(importsOf("src/x.ts", ts)).toEqual(["./a.ts", "./b.ts", "./c.ts", "./d.css", "./e.ts"]);
    const astro =
      '---\nimport A from "./A.astro";\n---\n<A />\n<script>\n  import "../client/f.ts";\n</script>\n';
    expect(importsOf("src/components/X.astro", astro)).toEqual(["./A.astro", "../client/f.ts"]);
  });
});

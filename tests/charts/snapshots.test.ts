import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DRAWINGS } from "../../src/charts/frame.ts";
import { charts } from "../../src/charts/index.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { chartDataIn, newDocument, normaliseSvg } from "./helpers.ts";

const DIR = "tests/charts/snapshots";
const WIDTHS = DRAWINGS.map((d) => d.width);
/** English snapshots at the top of the folder, as they always were; each translation in its own folder. */
const cases = LOCALES.flatMap((locale) =>
  Object.entries(charts).flatMap(([id, entry]) =>
    WIDTHS.flatMap((width) =>
      entry.states.map((state) => ({
        id,
        width,
        state,
        locale,
        name: `${locale === "en" ? "" : `${locale}/`}${id}-${width}-${state}`,
      })),
    ),
  ),
);

/**
 * Observable Plot's snapshot habit: compare with the stored SVG; on a difference write
 * `<name>-changed.svg` beside it for review and fail. Writing is a separate, explicit command:
 * `npm run snapshots` (UPDATE_SNAPSHOTS=1) stores new and changed pictures and the gallery page; a
 * plain test run only compares, so a missing or changed snapshot fails everywhere.
 */
const UPDATE = process.env["UPDATE_SNAPSHOTS"] === "1";
describe("chart snapshots (the stored SVGs double as a gallery: tests/charts/snapshots/index.html)", () => {
  it.each(cases)("$id in $locale at $width px in state $state matches its stored SVG", (c) => {
    const { id, width, state, name, locale } = c;
    const svg = charts[id]!.fn(chartDataIn(locale, id), {
      document: newDocument(),
      width,
      state,
      idPrefix: id,
      locale,
    });
    const actual = normaliseSvg(svg.outerHTML);
    const stored = join(DIR, `${name}.svg`);
    const changed = join(DIR, `${name}-changed.svg`);
    if (UPDATE) {
      mkdirSync(join(stored, ".."), { recursive: true });
      if (!existsSync(stored) || readFileSync(stored, "utf8") !== actual) {
        writeFileSync(stored, actual);
        console.warn(`wrote ${stored}`);
      }
      rmSync(changed, { force: true });
      return;
    }
    if (!existsSync(stored))
      throw new Error(`${stored} is missing; run npm run snapshots, review and commit it`);
    if (readFileSync(stored, "utf8") !== actual) {
      writeFileSync(changed, actual);
      expect.fail(
        `${name} differs from ${stored}; review ${changed} and replace the stored file if it is right`,
      );
    }
    rmSync(changed, { force: true });
  });

  it("the gallery page shows every stored snapshot and nothing else", () => {
    const stored = readdirSync(DIR, { recursive: true, encoding: "utf8" })
      .map((f) => f.split("\\").join("/"))
      .filter((f) => f.endsWith(".svg") && !f.endsWith("-changed.svg"));
    const gallery = join(DIR, "index.html");
    const html =
      '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Chart snapshots</title>\n' +
      "<style>body{font:14px system-ui;margin:24px}figure{margin:0 0 32px}img{border:1px dashed #ccc}</style></head>\n<body>\n" +
      cases
        .map(
          (c) =>
            `<figure><figcaption>${c.name}</figcaption><img src="${c.name}.svg" alt="${c.name}" width="${c.width}"></figure>`,
        )
        .join("\n") +
      "\n</body>\n</html>\n";
    if (UPDATE) {
      writeFileSync(gallery, html);
      // Snapshots of states or charts that no longer exist go with the update.
      const wanted = new Set(cases.map((c) => `${c.name}.svg`));
      for (const f of stored.filter((f) => !wanted.has(f))) rmSync(join(DIR, f));
      return;
    }
    expect(readFileSync(gallery, "utf8")).toBe(html);
    expect(stored.sort()).toEqual(cases.map((c) => `${c.name}.svg`).sort());
  });
});
